/// <reference types="vite/client" />
import {describe, expect, it} from 'vitest'
import {rules} from '../src/registry.js'
import {docsUrl} from '../src/rule.js'
import type {RuleCases} from './helpers/rule-cases.js'
import {runRule} from './helpers/run-rule.js'

const tables = import.meta.glob<{cases: RuleCases}>('../rules/*/cases.ts', {eager: true})

describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
  const table = tables['../rules/' + id + '/cases.ts']

  it('has a valid/invalid table for every language it covers', () => {
    expect(table, 'rules/' + id + '/cases.ts').toBeDefined()
    const languages = Object.keys(table!.cases).map((tag) => tag.slice(0, 2))
    for (const language of rule.meta.languages) expect(languages).toContain(language)
  })

  for (const [lang, cases] of Object.entries(table?.cases ?? {})) {
    describe(lang, () => {
      if (cases.valid.length > 0) it.each(cases.valid)('is silent on %j', async (text) => {
        const file = await runRule(rule, text, lang)
        expect(file.messages.map(String)).toEqual([])
      })

      if (cases.invalid.length > 0) it.each(cases.invalid.map((item) => [item.text, item] as const))('flags %j', async (text, item) => {
        const file = await runRule(rule, text, lang)
        expect(file.messages.map((message) => message.actual)).toEqual(item.errors.map((error) => error.actual))
        for (const [index, message] of file.messages.entries()) {
          const error = item.errors[index]!
          const place = message.place as {start: {offset: number}; end: {offset: number}}
          expect(text.slice(place.start.offset, place.end.offset), 'place covers exactly the span').toBe(message.actual)
          if (error.expected) expect(message.expected).toEqual(error.expected)
          if (error.at) expect(`${message.line}:${message.column}-${message.place && 'end' in message.place ? message.place.end.line + ':' + message.place.end.column : ''}`).toBe(error.at)
          expect(message).toMatchObject({ruleId: id, source: 'mtlint', url: docsUrl + id + '/readme.md', fatal: false, category: rule.meta.category})
          expect(message.note).toBeTruthy()
          expect(message.reason).toMatch(/`/)
        }
      })
    })
  }
})
