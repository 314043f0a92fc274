/**
 * Hunspell::spell() (Hunspell 1.7) on top of the precompiled word automaton:
 * input conversion, trailing-dot abbreviations, numbers, the capitalisation
 * rules (Titlecase and UPPERCASE spellings of lower-case words, KEEPCASE,
 * FORBIDDENWORD, French-style `L'ORDINATEUR`) and BREAK points.
 *
 * The automaton answers Hunspell's checkword() for an exact string (see
 * lexicon-format.ts); everything here is the logic around it.
 */
import {capitalisationOf, toInitialCapital, toLower, type Capitalisation} from './capitalisation.js'
import {isRuleCompound, type CompoundRules} from './compound-rules.js'
import {convertInput, type InputConversion} from './input-conversion.js'
import {FORBIDDEN, FOUND, FOUND_KEEPCASE, NOT_FOUND} from './lexicon-format.js'
import {automatonValue, type WordAutomaton} from './word-automaton.js'

export interface SpellingTables {
  readonly automaton: WordAutomaton
  readonly conversion: InputConversion | undefined
  readonly breaks: BreakPatterns
  readonly compound: CompoundRules | undefined
}

/** BREAK patterns, with a cheap test for words that contain none of them. */
export interface BreakPatterns {
  readonly patterns: readonly string[]
  /**
   * One character of each pattern (punctuation where there is some): a word
   * containing none of them cannot contain any pattern. Undefined when a
   * pattern has no character besides its anchor.
   */
  readonly keys: readonly string[] | undefined
}

export function createBreakPatterns(patterns: readonly string[]): BreakPatterns {
  const keys = new Set<string>()
  for (const pattern of patterns) {
    const body = pattern.replace(/^\^/u, '').replace(/\$$/u, '')
    if (body === '') return {patterns, keys: undefined}
    keys.add([...body].find((char) => !/\p{L}/u.test(char)) ?? (body[0] as string))
  }
  return {patterns, keys: [...keys]}
}

/** Hunspell's MAXWORDUTF8LEN: longer input is rejected outright. */
const MAX_WORD_UTF8_BYTES = 300
/** Hunspell gives up on words with this many break points. */
const MAX_BREAKS = 10

type Found = typeof NOT_FOUND | typeof FOUND | typeof FOUND_KEEPCASE

/** The `info` flags of one spell() call that matter for acceptance. */
interface SpellInfo {
  forbidden: boolean
  /** The (possibly re-cased) word that the BREAK step then splits. */
  word: string
}

function utf8Length(word: string): number {
  let bytes = 0
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4
      i++
    } else bytes += 3
  }
  return bytes
}

/** Digits with single `.`, `,` or `-` separators, not leading: 1,000.50 */
function isNumber(word: string): boolean {
  let separatorLast = false
  let digitLast = false
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i)
    if (code >= 48 && code <= 57) {
      digitLast = true
      separatorLast = false
    } else if (code === 44 || code === 46 || code === 45) {
      if (separatorLast || i === 0) return false
      separatorLast = true
      digitLast = false
    } else {
      return false
    }
  }
  return digitLast
}

/** Hunspell's checkword(): `initialCapital` is its SPELL_INITCAP info flag. */
function checkWord(
  tables: SpellingTables,
  word: string,
  initialCapital: boolean,
  info: SpellInfo
): Found {
  const value = automatonValue(tables.automaton, word)
  const outcome = initialCapital ? (value >>> 2) & 3 : value & 3
  if (outcome === FORBIDDEN) {
    info.forbidden = true
    return NOT_FOUND
  }
  if (outcome !== NOT_FOUND) return outcome as Found
  if (tables.compound && isRuleCompound(tables.compound, word)) return FOUND
  return NOT_FOUND
}

/** Records the word the BREAK step will split, and passes `found` on. */
function done(info: SpellInfo, word: string, found: boolean): boolean {
  info.word = word
  return found
}

/** The capitalisation switch of Hunspell::spell(). */
function checkCapitalisations(
  tables: SpellingTables,
  word: string,
  capitalisation: Capitalisation,
  abbreviation: boolean,
  info: SpellInfo
): boolean {
  let scw = word
  let found: Found
  if (capitalisation === 'lower' || capitalisation === 'mixed' || capitalisation === 'mixed-initial') {
    found = checkWord(tables, scw, false, info)
    if (abbreviation && !found) found = checkWord(tables, scw + '.', false, info)
    return done(info, scw, found !== NOT_FOUND)
  }

  if (capitalisation === 'upper') {
    found = checkWord(tables, scw, false, info)
    if (found) return done(info, scw, true)
    if (abbreviation) {
      found = checkWord(tables, scw + '.', false, info)
      if (found) return done(info, scw, true)
    }
    // Prefixes separated by an apostrophe: L'ORDINATEUR -> l'Ordinateur, L'Ordinateur
    const apostrophe = scw.indexOf("'")
    if (apostrophe !== -1) {
      scw = toLower(scw)
      if (apostrophe < scw.length - 1) {
        scw = scw.slice(0, apostrophe + 1) + toInitialCapital(scw.slice(apostrophe + 1))
        found = checkWord(tables, scw, false, info)
        if (found) return done(info, scw, true)
        scw = toInitialCapital(scw)
        found = checkWord(tables, scw, false, info)
        if (found) return done(info, scw, true)
      }
    }
    // Falls through to the Titlecase handling.
  }

  const initial = capitalisation === 'initial'
  const lower = toLower(scw)
  scw = toInitialCapital(lower)
  found = checkWord(tables, scw, initial, info)
  if (info.forbidden) return done(info, scw, false)
  if (found === FOUND_KEEPCASE && !initial) found = NOT_FOUND
  if (found) return done(info, scw, true)

  found = checkWord(tables, lower, false, info)
  if (abbreviation && !found) {
    found = checkWord(tables, lower + '.', false, info)
    if (!found) {
      found = checkWord(tables, scw + '.', initial, info)
      if (found === FOUND_KEEPCASE && !initial) found = NOT_FOUND
      return done(info, scw, found !== NOT_FOUND)
    }
  }
  // A KEEPCASE word is not accepted in another case than its own.
  if (found === FOUND_KEEPCASE) found = NOT_FOUND
  return done(info, scw, found !== NOT_FOUND)
}

/**
 * Hunspell::spell(): true when Hunspell accepts `word`. With `breaks`
 * false, a word is not split at BREAK points (hyphens): only forms of the
 * dictionary itself are accepted (`arranha-céu`, not `Paris-Lyon`).
 */
export function spell(tables: SpellingTables, word: string, breaks = true): boolean {
  if (word.length * 3 >= MAX_WORD_UTF8_BYTES && utf8Length(word) >= MAX_WORD_UTF8_BYTES) return false
  const converted = tables.conversion ? convertInput(tables.conversion, word) : word

  // cleanword2: leading blanks and trailing dots are not part of the word.
  let start = 0
  while (converted.charCodeAt(start) === 32) start++
  let end = converted.length
  while (end > start && converted.charCodeAt(end - 1) === 46) end--
  if (end === start) return true
  const abbreviation = end < converted.length
  const scw = start === 0 && end === converted.length ? converted : converted.slice(start, end)

  if (isNumber(scw)) return true

  const info: SpellInfo = {forbidden: false, word: scw}
  if (checkCapitalisations(tables, scw, capitalisationOf(scw), abbreviation, info)) return true
  if (info.forbidden || !breaks) return false
  const {keys} = tables.breaks
  const recased = info.word
  if (keys !== undefined && !keys.some((key) => recased.includes(key))) return false
  return spellAtBreaks(tables, recased)
}

/** The recursive BREAK step of Hunspell::spell(). */
function spellAtBreaks(tables: SpellingTables, word: string): boolean {
  const breaks = tables.breaks.patterns
  let count = 0
  for (const pattern of breaks) {
    for (let at = word.indexOf(pattern); at !== -1; at = word.indexOf(pattern, at + pattern.length)) {
      count++
    }
  }
  if (count >= MAX_BREAKS) return false

  const length = word.length
  // Anchored patterns: ^pattern and pattern$
  for (const pattern of breaks) {
    const n = pattern.length
    if (n === 1 || n > length) continue
    if (pattern.startsWith('^') && word.startsWith(pattern.slice(1)) && spell(tables, word.slice(n - 1))) {
      return true
    }
    if (pattern.endsWith('$') && word.endsWith(pattern.slice(0, -1)) && spell(tables, word.slice(0, length - n + 1))) {
      return true
    }
  }
  // Other patterns: both sides of a break point must be words. Hunspell
  // tries the second occurrence first, so that a dictionary word containing
  // the pattern can stand on the left (tragi-comédie-elle), then the first.
  for (const pattern of breaks) {
    let at = word.indexOf(pattern)
    if (at > 0 && at < length - pattern.length) {
      const second = word.indexOf(pattern, at + 1)
      if (second > 0 && second < length - pattern.length) at = second
      if (spell(tables, word.slice(at + pattern.length)) && spell(tables, word.slice(0, at))) return true
    }
  }
  for (const pattern of breaks) {
    const at = word.indexOf(pattern)
    if (at > 0 && at < length - pattern.length) {
      if (spell(tables, word.slice(at + pattern.length)) && spell(tables, word.slice(0, at))) return true
    }
  }
  return false
}
