/**
 * Hunspell's COMPOUNDRULE check (AffixMgr::compound_check with a
 * `defcpdtable`): a word is accepted when it splits into dictionary parts
 * whose flags spell out one of the rules, a regular expression over flags
 * with `*` (any number) and `?` (optional).
 *
 * English uses it for ordinals: `n*1t` and `n*mp` accept 11th, 21st,
 * 101st… Parts are exact dictionary words here; Hunspell would also accept
 * affixed parts, which no dictionary we ship relies on (the build checks).
 */
import type {CompoundData} from './lexicon-format.js'

export interface CompoundRules {
  readonly min: number
  readonly rules: ReadonlyArray<readonly string[]>
  readonly parts: ReadonlyMap<string, ReadonlyArray<readonly string[]>>
  /** First code units of the parts, and their greatest length: cheap rejections. */
  readonly partStarts: ReadonlySet<number>
  readonly longestPart: number
}

export function createCompoundRules(data: CompoundData): CompoundRules {
  const parts = new Map(Object.entries(data.parts))
  const words = [...parts.keys()]
  return {
    min: data.min,
    rules: data.rules,
    parts,
    partStarts: new Set(words.map((word) => word.charCodeAt(0))),
    longestPart: Math.max(0, ...words.map((word) => word.length))
  }
}

const MAX_PARTS = 100

/** Whether `flagSets` (one set per part) fully matches `rule` from `r` on. */
function matches(
  rule: readonly string[],
  r: number,
  flagSets: ReadonlyArray<readonly string[]>,
  w: number,
  partial: boolean
): boolean {
  if (w === flagSets.length) {
    if (partial) return true
    // The rest of the rule must be able to match nothing.
    for (let k = r; k < rule.length; k++) {
      const next = rule[k + 1]
      if (next === '*' || next === '?') k++
      else return false
    }
    return true
  }
  if (r >= rule.length) return false
  const flag = rule[r] as string
  const operator = rule[r + 1]
  const has = (flagSets[w] as readonly string[]).includes(flag)
  if (operator === '*') {
    return (
      matches(rule, r + 2, flagSets, w, partial) || (has && matches(rule, r, flagSets, w + 1, partial))
    )
  }
  if (operator === '?') {
    return (
      matches(rule, r + 2, flagSets, w, partial) || (has && matches(rule, r + 2, flagSets, w + 1, partial))
    )
  }
  return has && matches(rule, r + 1, flagSets, w + 1, partial)
}

export function isRuleCompound(compound: CompoundRules, word: string): boolean {
  const flagSets: Array<readonly string[]> = []
  const search = (start: number): boolean => {
    if (flagSets.length >= MAX_PARTS || !compound.partStarts.has(word.charCodeAt(start))) return false
    const furthest = Math.min(word.length, start + compound.longestPart)
    for (let end = start + compound.min; end <= furthest; end++) {
      const last = end === word.length
      if (!last && word.length - end < compound.min) continue
      const homonyms = compound.parts.get(word.slice(start, end))
      if (!homonyms) continue
      for (const flags of homonyms) {
        flagSets.push(flags)
        const ok = last
          ? flagSets.length > 1 && compound.rules.some((rule) => matches(rule, 0, flagSets, 0, false))
          : compound.rules.some((rule) => matches(rule, 0, flagSets, 0, true)) && search(end)
        flagSets.pop()
        if (ok) return true
      }
    }
    return false
  }
  return search(0)
}
