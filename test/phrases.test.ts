import {describe, expect, it} from 'vitest'
import calque from '../rules/calque/index.js'
import falseFriend from '../rules/false-friend/index.js'
import spinnerPhrase from '../rules/spinner-phrase/index.js'
import {entries as calqueFr} from '../rules/calque/fr.js'
import {entries as calquePt} from '../rules/calque/pt.js'
import {entries as falseFriendFr} from '../rules/false-friend/fr.js'
import {entries as falseFriendPt} from '../rules/false-friend/pt.js'
import {entries as spinnerFr} from '../rules/spinner-phrase/fr.js'
import {entries as spinnerPt} from '../rules/spinner-phrase/pt.js'
import type {PhraseEntry} from '../src/phrases/types.js'
import type {Rule, RuleOptions} from '../src/rule.js'
import {runRule} from './helpers/run-rule.js'

const asRule = (rule: unknown) => rule as Rule<RuleOptions>
const packs: Array<[string, 'fr' | 'pt', Rule<RuleOptions>, readonly PhraseEntry[]]> = [
  ['calque', 'fr', asRule(calque), calqueFr],
  ['calque', 'pt', asRule(calque), calquePt],
  ['false-friend', 'fr', asRule(falseFriend), falseFriendFr],
  ['false-friend', 'pt', asRule(falseFriend), falseFriendPt],
  ['spinner-phrase', 'fr', asRule(spinnerPhrase), spinnerFr],
  ['spinner-phrase', 'pt', asRule(spinnerPhrase), spinnerPt]
]

// Every entry of every built-in pack carries its own example and nearest correct neighbour; both are proven here, through the rule.
describe.each(packs.filter((pack) => pack[3].length > 0))('%s pack (%s)', (_, language, rule, entries) => {
  it.each(entries.map((entry) => [entry.phrase, entry] as const))('%s: its example fires and its neighbour stays silent', async (_phrase, entry) => {
    const lang = entry.variant ?? language
    const example = await runRule(rule, entry.example, lang)
    expect(example.messages.map((message) => message.note), 'example: ' + entry.example).toContain(entry.note)
    const neighbour = await runRule(rule, entry.neighbour, lang)
    expect(neighbour.messages.map(String), 'neighbour: ' + entry.neighbour).toEqual([])
  })
})

describe('pack sizes', () => {
  it('hold at least 300 entries per language', () => {
    for (const language of ['fr', 'pt'] as const) {
      const total = packs.filter((pack) => pack[1] === language).reduce((sum, pack) => sum + pack[3].length, 0)
      expect(total, language).toBeGreaterThanOrEqual(300)
    }
  })
})
