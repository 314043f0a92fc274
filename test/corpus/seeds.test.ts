import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {loadGold, score, type Score} from '../helpers/gold.js'

// The categories of the rules this release ships, and the recall each must reach on the seeds.
const targets = {
  'broken-hyphenation': 0.9,
  'markup-residue': 0.9,
  'number-format': 0.9,
  typography: 0.85,
  boilerplate: 0.85
}

const golds = loadGold()
const results = await Promise.all(golds.map(async (gold) => ({gold, diagnostics: await lint(gold.text, {lang: gold.lang})})))

describe('the seed corpus', () => {
  const totals = new Map<string, Score>()
  for (const {gold, diagnostics} of results) {
    for (const [category, entry] of score(gold, diagnostics, Object.keys(targets))) {
      const total = totals.get(category) ?? {required: 0, hit: 0, truePositives: 0, falsePositives: 0}
      for (const key of Object.keys(entry) as Array<keyof Score>) total[key] += entry[key]
      totals.set(category, total)
    }
  }

  it.each(Object.entries(targets))('finds %s with recall ≥ %d', (category, target) => {
    const entry = totals.get(category)!
    expect(entry.required).toBeGreaterThan(0)
    expect(entry.hit / entry.required).toBeGreaterThanOrEqual(target)
  })

  it('keeps precision ≥ 0.9 over all diagnostics', () => {
    let truePositives = 0
    let falsePositives = 0
    for (const entry of totals.values()) {
      truePositives += entry.truePositives
      falsePositives += entry.falsePositives
    }

    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(0.9)
  })

  it.each(results.map(({gold, diagnostics}) => [gold.file, gold.text, diagnostics] as const))('matches the snapshot of %s', (_, text, diagnostics) => {
    for (const diagnostic of diagnostics) expect(text.slice(diagnostic.start.offset, diagnostic.end.offset)).toBe(diagnostic.actual)
    expect(diagnostics.map((diagnostic) => `${diagnostic.start.line}:${diagnostic.start.column}-${diagnostic.end.line}:${diagnostic.end.column} ${diagnostic.ruleId} ${JSON.stringify(diagnostic.actual)} → ${JSON.stringify(diagnostic.expected)}`)).toMatchSnapshot()
  })
})
