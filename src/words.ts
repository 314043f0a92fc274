import type {DocumentContext, Segment} from './document.js'
import {SpellingMemo, spellingOf, startDocument} from './spellings.js'
import {isRegExpSpace} from './white-space.js'

/** A word of the document's prose, with its place and how it is written. */
export interface Word {
  value: string
  /** Index of the word in the document's list of words. */
  position: number
  /** Index of the word's spelling among the document's distinct spellings: words spelt alike share it (see `perForm`). */
  form: number
  /** The number of the word's spelling across documents (see `SpellingMemo`). */
  spelling: number
  /** File offsets. */
  start: number
  end: number
  segment: Segment
  /** Index of the word in `segment.text`. */
  index: number
  /** First word of a sentence, a line, a quotation or a label (`Chaos: …`). */
  sentenceStart: boolean
  /** `Effort`, not `effort`, `OpenAI` or `IA`. */
  titleCased: boolean
  /** Capitals inside the word (`OpenAI`, `iPhone`) or all capitals (`IA`, `NASA`): a name or an acronym. */
  markedCase: boolean
  hasDigit: boolean
}

/** The text between two words of the same segment, or `undefined` when they lie in different segments. */
export function between(previous: Word, next: Word): string | undefined {
  return previous.segment === next.segment ? next.segment.text.slice(previous.index + previous.value.length, next.index) : undefined
}

/** Whether two words follow each other in the same segment with only white space between. */
export function adjacent<W extends Word>(previous: W | undefined, next: Word): previous is W {
  if (previous === undefined) return false
  const gap = between(previous, next)
  return gap !== undefined && /^\s+$/u.test(gap)
}

const letterOrDigit = /^[\p{L}\p{N}]$/u
const mark = /^\p{M}$/u
/** What each UTF-16 code unit is, filled on first sight: 0 not known yet, else 1 plus `letterOrDigitBit` and `markBit`. */
const kinds = new Uint8Array(0x1_00_00)
const letterOrDigitBit = 4
const markBit = 8

function kindOf(character: string): number {
  return 1 + (letterOrDigit.test(character) ? letterOrDigitBit : 0) + (mark.test(character) ? markBit : 0)
}

/**
 * What the code point at `index` of `text` is: its length in code units
 * (`& 3`: 1, or 2 for a surrogate pair), whether it is a letter or a digit
 * (`& letterOrDigitBit`) and whether it is a combining mark (`& markBit`).
 */
function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index)
  if (code >= 0xd8_00 && code <= 0xdb_ff && index + 1 < text.length) {
    const low = text.charCodeAt(index + 1)
    if (low >= 0xdc_00 && low <= 0xdf_ff) return (kindOf(text.slice(index, index + 2)) & ~3) | 2
  }

  let kind = kinds[code]!
  if (kind === 0) {
    kind = kindOf(String.fromCharCode(code))
    kinds[code] = kind
  }

  return kind
}

/**
 * Where the word starting at `start` (a letter or digit) ends: letters,
 * digits and marks, joined by hyphens and apostrophes
 * (`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`).
 */
function wordEnd(text: string, start: number): number {
  let index = start + (codePointAt(text, start) & 3)
  for (;;) {
    while (index < text.length) {
      const point = codePointAt(text, index)
      if ((point & (letterOrDigitBit | markBit)) === 0) break
      index += point & 3
    }

    const joiner = text.charCodeAt(index)
    if ((joiner === 0x2d || joiner === 0x27 || joiner === 0x20_19) && index + 1 < text.length) {
      const next = codePointAt(text, index + 1)
      if (next & letterOrDigitBit) {
        index += 1 + (next & 3)
        continue
      }
    }

    return index
  }
}

/** The index of the next letter or digit of `text` at or after `from` (a whole code point), or `text.length`. */
function nextWordStart(text: string, from: number): number {
  let index = from
  while (index < text.length) {
    const point = codePointAt(text, index)
    if (point & letterOrDigitBit) return index
    index += point & 3
  }

  return text.length
}

/**
 * How many runs of letters and digits (`[\p{L}\p{N}]+`) `text` has,
 * counted up to `limit + 1`: enough to compare with `limit` without walking
 * a long paragraph to its end.
 */
export function countLetterRuns(text: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0
  let inRun = false
  for (let index = 0; index < text.length && count <= limit; ) {
    const point = codePointAt(text, index)
    const letter = (point & letterOrDigitBit) !== 0
    if (letter && !inRun) count++
    inRun = letter
    index += point & 3
  }

  return count
}

/** Not prose: URLs, e-mail addresses, domains, handles, hashtags, inline code. */
const notProse =
  /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+|`[^`]*`|(?<![\p{L}\p{N}])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|ai|fr|br|pt|de|co|app|dev|gov|edu|info|tv|me|ly|uk|eu|be|ch|ca)(?![\p{L}\p{N}])/gu
/** Something `notProse` could match starts with one of these: most lines have none and skip it. */
const mayNotBeProse = /[@#`]|\.[\p{L}\p{N}]|https?:\/\/|www\./u
const cache = new WeakMap<DocumentContext, Word[]>()

/**
 * A word as allocated: with room for what the dictionaries say of it,
 * which `evidenceOf` fills in place once per document. A second object per
 * word cost as much as finding the words.
 */
export interface AllocatedWord extends Word {
  /** Lowercase, without a leading elision (`l’Effort` → `effort`). */
  key: string
  /** A word of the document's language (either Portuguese dictionary for Portuguese). */
  target: boolean
  /** A word of English. */
  english: boolean
  /** An English loanword the language has adopted (`startup`, `e-mail`). */
  loanword: boolean
}

/** Every word of a document's prose, in order, built once per document. */
export function wordsOf(document: DocumentContext): Word[] {
  let words = cache.get(document)
  if (words) return words
  words = []
  startDocument()
  const forms = new Map<string, number>()
  const written: Array<{spelling: number; titleCased: boolean; markedCase: boolean; hasDigit: boolean}> = []

  for (const segment of document.segments) {
    const {text} = segment
    const skipped = mayNotBeProse.test(text) ? [...text.matchAll(notProse)].map((match) => [match.index, match.index + match[0].length] as const) : []
    let skip = 0
    let next = 0
    while ((next = nextWordStart(text, next)) < text.length) {
      const index = next
      next = wordEnd(text, index)
      while (skip < skipped.length && skipped[skip]![1] <= index) skip++
      if (skip < skipped.length && index >= skipped[skip]![0]) continue
      const value = text.slice(index, next)
      let form = forms.get(value)
      if (form === undefined) {
        form = written.length
        forms.set(value, form)
        const spelling = spellingOf(value)
        const {titleCased, markedCase, hasDigit} = writing.get(spelling, value)
        written.push({spelling, titleCased, markedCase, hasDigit})
      }

      const {spelling, titleCased, markedCase, hasDigit} = written[form]!
      const end = index + value.length
      const word: AllocatedWord = {
        value,
        position: words.length,
        form,
        spelling,
        start: segment.offset(index),
        end: segment.offset(end - 1) + 1,
        segment,
        index,
        sentenceStart: startsSentence(text, index),
        titleCased,
        markedCase,
        hasDigit,
        key: '',
        target: false,
        english: false,
        loanword: false
      }
      words.push(word)
    }
  }

  cache.set(document, words)
  return words
}

/**
 * Whether the word at `index` starts a sentence, a line, a quotation or a
 * label: within the eight characters before it, after white space only,
 * the start of the text, sentence or clause punctuation, an opening quote
 * or bracket, a dash, or a list bullet that begins the window.
 */
function startsSentence(text: string, index: number): boolean {
  const from = Math.max(0, index - 8)
  let at = index - 1
  while (at >= from && isRegExpSpace(text.charCodeAt(at))) at--
  if (at < from) return true
  const character = text[at]!
  if ('.!?…:;«“"([—–'.includes(character)) return true
  if (!'-•*'.includes(character)) return false
  while (--at >= from) if (!isRegExpSpace(text.charCodeAt(at))) return false
  return true
}

/** How a form is written: the same wherever it occurs. */
const writing = new SpellingMemo((value: string): Pick<Word, 'titleCased' | 'markedCase' | 'hasDigit'> => ({
  titleCased: isTitleCased(value),
  markedCase: /\p{Lu}/u.test(withoutElision(value).slice(1)),
  hasDigit: /\p{N}/u.test(value)
}))

/**
 * A function of a word's spelling, computed once per distinct spelling of
 * one document's words: words repeat, and reading an array by `word.form`
 * costs less than any lookup by string. Make one per document (form
 * indexes are the document's own); `compute` never returns `undefined`.
 */
export function perForm<Result extends NonNullable<unknown> | null>(compute: (value: string) => Result): (word: Word) => Result {
  const values: Result[] = []
  return (word) => {
    let value = values[word.form]
    if (value === undefined) {
      value = compute(word.value)
      values[word.form] = value
    }

    return value
  }
}

/** Whether a word is capitalised the way a common word is at the start of a sentence: `Effort`, `L’Effort`, not `OpenAI` or `IA`. */
export function isTitleCased(value: string): boolean {
  const letters = value.replace(/^\p{L}['’]/u, '')
  return /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{L}[\p{Ll}\p{M}]*)*$/u.test(letters)
}

/** French and Portuguese elided articles and pronouns before a word (`l’`, `d’`, `qu’`, `jusqu’`). */
export const elision = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’](?=\p{L})/iu

/** The word without a leading elision: `l’effort` → `effort`. */
export function withoutElision(value: string): string {
  // Most words have no apostrophe: spare them the expression.
  return value.includes("'") || value.includes('’') ? value.replace(elision, '') : value
}
