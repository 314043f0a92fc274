import type {DocumentContext} from './document.js'

/** How a word is written across a document. */
export interface WordCasing {
  /** Occurrences written in lowercase. */
  lower: number
  /** Occurrences capitalised in the middle of a sentence, where only names are. */
  capitalisedInside: number
}

const word = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu
const sentenceStart = /(?:^|[.!?…:;«“"(\[—–]|^\s*[-•*])\s*$/u
const cache = new WeakMap<DocumentContext, Map<string, WordCasing>>()
/** Only sentences count: headings and page furniture capitalise words for other reasons. */
const isSentence = (text: string) => /[.!?…]["»”)]*(?:\s|$)/u.test(text) && (text.match(/\p{L}+/gu)?.length ?? 0) >= 6

/**
 * Casing statistics of the words in a document's sentences, keyed by their
 * lowercase form, built once per document: evidence for telling a name
 * (`Segment` capitalised mid-sentence) from a common word (`segment`).
 */
export function casingOf(document: DocumentContext): Map<string, WordCasing> {
  let casing = cache.get(document)
  if (casing) return casing
  casing = new Map()

  for (const segment of document.segments) {
    if (!isSentence(segment.text)) continue
    for (const match of segment.text.matchAll(word)) {
      const value = match[0]
      const key = value.toLowerCase()
      let entry = casing.get(key)
      if (!entry) {
        entry = {lower: 0, capitalisedInside: 0}
        casing.set(key, entry)
      }

      if (value === key) entry.lower++
      else if (!sentenceStart.test(segment.text.slice(Math.max(0, match.index - 8), match.index))) entry.capitalisedInside++
    }
  }

  cache.set(document, casing)
  return casing
}

/** Whether a word is capitalised the way a common word is at the start of a sentence: `Effort`, not `OpenAI` or `IA`. */
export function isTitleCased(value: string): boolean {
  const letters = value.replace(/^\p{L}['’]/u, '')
  return /^\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{L}[\p{Ll}\p{M}]*)*$/u.test(letters)
}
