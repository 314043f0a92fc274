/**
 * The lexicons against answers recorded from native Hunspell 1.7.1 on the
 * same dictionaries (fixtures/lexicon/hunspell-answers.json, re-recorded by
 * scripts/record-hunspell-answers.ts).
 */
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {loadLexicon, type LexiconLanguage} from '../../src/lexicon/index.js'

interface Fixture {
  readonly hunspell: string
  readonly answers: Record<LexiconLanguage, {source: string; words: Record<string, boolean>}>
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/lexicon/hunspell-answers.json', import.meta.url), 'utf8')
) as Fixture

describe('agreement with recorded native Hunspell answers', () => {
  for (const [language, {source, words}] of Object.entries(fixture.answers) as Array<
    [LexiconLanguage, Fixture['answers'][LexiconLanguage]]
  >) {
    it(`${language}: ${Object.keys(words).length} words as ${fixture.hunspell} answered`, async () => {
      const lexicon = await loadLexicon(language)
      expect(lexicon.source).toBe(source)
      const ours = Object.fromEntries(Object.keys(words).map((word) => [word, lexicon.has(word)]))
      expect(ours).toEqual(words)
    })
  }
})
