import type {DocumentContext, Segment} from './document.js'

/** A word of the document's prose, with its place and how it is written. */
export interface Word {
  value: string
  /** Index of the word in the document's list of words. */
  position: number
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

const token = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu
/** Not prose: URLs, e-mail addresses, domains, handles, hashtags, inline code. */
const notProse =
  /https?:\/\/\S+|www\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\p{L}\p{N}])[@#][\p{L}\p{N}_]+|`[^`]*`|(?<![\p{L}\p{N}])[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|io|ai|fr|br|pt|de|co|app|dev|gov|edu|info|tv|me|ly|uk|eu|be|ch|ca)(?![\p{L}\p{N}])/gu
const startContext = /(?:^|[.!?…:;«“"(\[—–]|^\s*[-•*])\s*$/u
const cache = new WeakMap<DocumentContext, Word[]>()

/** Every word of a document's prose, in order, built once per document. */
export function wordsOf(document: DocumentContext): Word[] {
  let words = cache.get(document)
  if (words) return words
  words = []

  for (const segment of document.segments) {
    const {text} = segment
    const skipped = [...text.matchAll(notProse)].map((match) => [match.index, match.index + match[0].length] as const)
    for (const match of text.matchAll(token)) {
      const index = match.index
      if (skipped.some(([from, to]) => index >= from && index < to)) continue
      const value = match[0]
      const bare = withoutElision(value)
      words.push({
        value,
        position: words.length,
        start: segment.offset(index),
        end: segment.offset(index + value.length - 1) + 1,
        segment,
        index,
        sentenceStart: startContext.test(text.slice(Math.max(0, index - 8), index)),
        titleCased: isTitleCased(value),
        markedCase: /\p{Lu}/u.test(bare.slice(1)),
        hasDigit: /\p{N}/u.test(value)
      })
    }
  }

  cache.set(document, words)
  return words
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
  return value.replace(elision, '')
}
