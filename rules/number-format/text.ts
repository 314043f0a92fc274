import type {Conventions} from './data.js'

/** A regular expression alternation of literal words, longest first so that `millions` wins over `million`. */
export function alternatives(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s'))
    .join('|')
}

/** The word just before `index`, lowercased (`jusqu’à` stays one word). */
export function wordBefore(text: string, index: number): string | undefined {
  return /([\p{L}'’]+)\s*$/u.exec(text.slice(Math.max(0, index - 40), index))?.[1]?.toLowerCase()
}

/**
 * Write an amount the language's way: `3.2` → `3,2`, `1,000` → `1 000`
 * (French) or `1.000` (Portuguese), `1,234.5` → `1 234,5`. An amount already
 * in the language's form is kept.
 */
export function localiseAmount(amount: string, language: Conventions): string {
  const comma = amount.lastIndexOf(',')
  const point = amount.lastIndexOf('.')
  let integer = amount
  let fraction: string | undefined

  if (comma !== -1 && point !== -1) {
    const decimalAt = Math.max(comma, point)
    integer = amount.slice(0, decimalAt)
    fraction = amount.slice(decimalAt + 1)
  } else if (point !== -1 && !/^\d{1,3}(?:\.\d{3})+$/.test(amount)) {
    integer = amount.slice(0, point)
    fraction = amount.slice(point + 1)
  } else if (comma !== -1 && !/^\d{1,3}(?:,\d{3})+$/.test(amount)) {
    integer = amount.slice(0, comma)
    fraction = amount.slice(comma + 1)
  }

  const digits = integer.replace(/\D/g, '')
  const grouped = digits.length > 3 ? digits.replace(/\B(?=(\d{3})+$)/g, language.thousands) : digits
  return fraction === undefined ? grouped : grouped + ',' + fraction
}
