import type {DocumentContext} from './document.js'
import {wordsOf, type Word} from './words.js'

export {isTitleCased} from './words.js'

/** How a word is written across a document. */
export interface WordCasing {
  /** Occurrences written in lowercase. */
  lower: number
  /** Occurrences capitalised in the middle of a sentence, where only names are. */
  capitalisedInside: number
}

const cache = new WeakMap<DocumentContext, Map<string, WordCasing>>()
/** Only sentences count: headings and page furniture capitalise words for other reasons. */
const isSentence = (text: string) => /[.!?…]["»”)]*(?:\s|$)/u.test(text) && hasWords(text, 6)
const letters = /\p{L}+/gu

/** Whether `text` has at least `count` runs of letters, without counting the rest of a long paragraph. */
function hasWords(text: string, count: number): boolean {
  letters.lastIndex = 0
  let found = 0
  while (found < count && letters.exec(text)) found++
  return found >= count
}

/**
 * Casing statistics of the words in a document's sentences, keyed by their
 * lowercase form, built once per document: evidence for telling a name
 * (`Segment` capitalised mid-sentence) from a common word (`segment`).
 */
export function casingOf(document: DocumentContext): Map<string, WordCasing> {
  let casing = cache.get(document)
  if (casing) return casing
  casing = new Map()
  // Counted by spelling (an array read per word), then summed by lowercase form (once per spelling).
  const lower: number[] = []
  const capitalisedInside: number[] = []
  const spellings: Word[] = []
  const lowercase: boolean[] = []

  // Words come segment by segment: whether a segment is a sentence is asked once, when its first word comes.
  let segment: Word['segment'] | undefined
  let sentence = false
  for (const word of wordsOf(document)) {
    if (word.segment !== segment) {
      segment = word.segment
      sentence = isSentence(segment.text)
    }

    if (!sentence || word.hasDigit) continue
    if (spellings[word.form] === undefined) {
      spellings[word.form] = word
      lower[word.form] = 0
      capitalisedInside[word.form] = 0
      lowercase[word.form] = word.value === word.value.toLowerCase()
    }

    if (lowercase[word.form]) lower[word.form]!++
    else if (!word.sentenceStart) capitalisedInside[word.form]!++
  }

  for (const [form, word] of spellings.entries()) {
    if (!word) continue
    const key = word.value.toLowerCase()
    let entry = casing.get(key)
    if (!entry) {
      entry = {lower: 0, capitalisedInside: 0}
      casing.set(key, entry)
    }

    entry.lower += lower[form]!
    entry.capitalisedInside += capitalisedInside[form]!
  }

  cache.set(document, casing)
  return casing
}

/** Whether the document capitalises this word mid-sentence somewhere else than at `word` itself. */
export function capitalisedElsewhere(document: DocumentContext, word: Word): boolean {
  const entry = casingOf(document).get(word.value.toLowerCase())
  const self = !word.sentenceStart && word.value !== word.value.toLowerCase() && isSentence(word.segment.text) ? 1 : 0
  return (entry?.capitalisedInside ?? 0) > self
}
