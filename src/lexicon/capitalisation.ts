/**
 * Hunspell's capitalisation classes and its one-to-one case mapping.
 *
 * Hunspell maps case one UTF-16 code unit at a time (it works on UCS-2), so
 * `ß` stays `ß` in upper case and `ŉ` keeps its length. JavaScript's
 * `toUpperCase()` would expand such characters; we keep the original code
 * unit whenever the JavaScript mapping is not one-to-one.
 */

/** NOCAP, INITCAP, ALLCAP, HUHCAP and HUHINITCAP in Hunspell's terms. */
export type Capitalisation = 'lower' | 'initial' | 'upper' | 'mixed' | 'mixed-initial'

const TABLE_SIZE = 0x0250
const lowerTable = new Uint16Array(TABLE_SIZE)
const upperTable = new Uint16Array(TABLE_SIZE)
const lowerCache = new Map<number, number>()
const upperCache = new Map<number, number>()

function mapCodeUnit(code: number, upper: boolean): number {
  const char = String.fromCharCode(code)
  const mapped = upper ? char.toUpperCase() : char.toLowerCase()
  return mapped.length === 1 ? mapped.charCodeAt(0) : code
}

for (let code = 0; code < TABLE_SIZE; code++) {
  lowerTable[code] = mapCodeUnit(code, false)
  upperTable[code] = mapCodeUnit(code, true)
}

export function lowerCodeUnit(code: number): number {
  if (code < TABLE_SIZE) return lowerTable[code] as number
  let mapped = lowerCache.get(code)
  if (mapped === undefined) {
    mapped = mapCodeUnit(code, false)
    lowerCache.set(code, mapped)
  }
  return mapped
}

export function upperCodeUnit(code: number): number {
  if (code < TABLE_SIZE) return upperTable[code] as number
  let mapped = upperCache.get(code)
  if (mapped === undefined) {
    mapped = mapCodeUnit(code, true)
    upperCache.set(code, mapped)
  }
  return mapped
}

/** Hunspell's get_captype_utf8. */
export function capitalisationOf(word: string): Capitalisation {
  let capitals = 0
  let neutral = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    const lower = lowerCodeUnit(code)
    if (code !== lower) capitals++
    if (upperCodeUnit(code) === lower) neutral++
  }
  if (capitals === 0) return 'lower'
  const first = word.charCodeAt(0)
  const firstCapital = first !== lowerCodeUnit(first)
  if (capitals === 1 && firstCapital) return 'initial'
  if (capitals === word.length || capitals + neutral === word.length) return 'upper'
  if (capitals > 1 && firstCapital) return 'mixed-initial'
  return 'mixed'
}

/**
 * Characters where JavaScript's whole-string lower-casing may differ from a
 * code unit by code unit mapping: Σ (final sigma is contextual) and
 * surrogates (astral letters).
 */
const CONTEXTUAL_CASE = /[\u03a3\ud800-\udfff]/

/** Hunspell's mkallsmall. */
export function toLower(word: string): string {
  // Fast path: when lengths match, every code unit was mapped one-to-one.
  const lower = word.toLowerCase()
  if (lower.length === word.length && !CONTEXTUAL_CASE.test(word)) return lower
  let result = ''
  let changed = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    const lower = lowerCodeUnit(code)
    if (lower !== code) changed = true
    result += String.fromCharCode(lower)
  }
  return changed ? result : word
}

/** Hunspell's mkinitcap: upper-cases the first code unit only. */
export function toInitialCapital(word: string): string {
  if (word === '') return word
  const first = word.charCodeAt(0)
  const upper = upperCodeUnit(first)
  return upper === first ? word : String.fromCharCode(upper) + word.slice(1)
}
