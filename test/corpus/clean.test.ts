import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'

// Human-written texts: every diagnostic on them is a false alarm.
const root = new URL('../../fixtures/clean/', import.meta.url)
const texts = (['fr', 'pt-BR', 'pt-PT'] as const).flatMap((lang) =>
  readdirSync(new URL(lang + '/', root))
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({lang, name: lang + '/' + name, text: readFileSync(new URL(lang + '/' + name, root), 'utf8')}))
)

const results = await Promise.all(texts.map(async (entry) => ({...entry, diagnostics: await lint(entry.text, {lang: entry.lang})})))

describe('clean human-written texts', () => {
  it('hold at least 5,000 words per language variant', () => {
    for (const lang of ['fr', 'pt-BR', 'pt-PT']) {
      const words = texts.filter((entry) => entry.lang === lang).reduce((sum, entry) => sum + (entry.text.match(/\p{L}+/gu)?.length ?? 0), 0)
      expect(words, lang).toBeGreaterThanOrEqual(5000)
    }
  })

  it('raise at most 1 diagnostic per 1,000 words', () => {
    const words = results.reduce((sum, entry) => sum + (entry.text.match(/\p{L}+/gu)?.length ?? 0), 0)
    const diagnostics = results.reduce((sum, entry) => sum + entry.diagnostics.length, 0)
    expect((diagnostics * 1000) / words).toBeLessThanOrEqual(1)
  })

  it('match the snapshot of their diagnostics', () => {
    const all = results.flatMap((entry) => entry.diagnostics.map((diagnostic) => `${entry.name} ${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.ruleId} ${JSON.stringify(diagnostic.actual)}`))
    expect(all).toMatchSnapshot()
  })
})
