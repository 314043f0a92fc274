import type {PhraseEntry} from '../../src/phrases/types.js'
import type {RuleCases} from './rule-cases.js'

/** A few entries of a pack as a valid/invalid table: the neighbours valid, the examples invalid (test/phrases.test.ts checks them all). */
export function casesOf(entries: readonly PhraseEntry[], count = 5): NonNullable<RuleCases['fr']> {
  const sample = entries.filter((entry) => !entry.variant).slice(0, count)
  return {valid: sample.map((entry) => entry.neighbour), invalid: []}
}
