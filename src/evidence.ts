import {franc} from 'franc-min'
import type {DocumentContext, Segment} from './document.js'
import {englishWords, targetWords, type WordList} from './lexicons.js'
import {loanwordSet} from './loanwords/index.js'
import type {Services} from './services.js'
import {withoutElision, wordsOf, type Word} from './words.js'

/** What the dictionaries say of a word of the document. */
export interface WordEvidence extends Word {
  /** Lowercase, without a leading elision (`l’Effort` → `effort`). */
  key: string
  /** A word of the document's language (either Portuguese dictionary for Portuguese). */
  target: boolean
  /** A word of English. */
  english: boolean
  /** An English loanword the language has adopted (`startup`, `e-mail`). */
  loanword: boolean
}

export interface LanguageEvidence {
  words: WordEvidence[]
  target: WordList
  english: WordList
  loanwords: ReadonlySet<string>
  /** Whole sentences that are English (a caption, a heading, a quote left untranslated), as file offsets. */
  englishSentences: Array<{start: number; end: number; segment: Segment}>
}

const cache = new WeakMap<DocumentContext, Promise<LanguageEvidence>>()

/** Dictionary evidence for every word of a document, computed once and shared by the rules that need it. */
export function evidenceOf(document: DocumentContext, services: Services): Promise<LanguageEvidence> {
  let evidence = cache.get(document)
  if (!evidence) {
    evidence = build(document, services)
    cache.set(document, evidence)
  }

  return evidence
}

async function build(document: DocumentContext, services: Services): Promise<LanguageEvidence> {
  const [target, english] = await Promise.all([targetWords(document.base, services), englishWords(services)])
  const loanwords = loanwordSet(document.language)
  // Words repeat (a few hundred make half of any text): look each form up once.
  const seen = new Map<string, Pick<WordEvidence, 'key' | 'target' | 'english' | 'loanword'>>()
  const words = wordsOf(document).map((word): WordEvidence => {
    let found = seen.get(word.value)
    if (!found) {
      const bare = withoutElision(word.value)
      const key = bare.toLowerCase()
      found = {
        key,
        target: target.has(word.value) || (bare !== word.value && target.has(bare)),
        english: english.has(bare),
        loanword: loanwords.has(key) || (key.endsWith('s') && loanwords.has(key.slice(0, -1)))
      }
      seen.set(word.value, found)
    }

    return {...word, ...found}
  })

  return {words, target, english, loanwords, englishSentences: englishSentencesOf(words)}
}

const sentenceEnd = /[.!?…]+["'»”’)]*(?=\s|$)/gu

/**
 * Sentences of four words or more that are English: at least three words
 * and half of all words only English, at most one word only French or
 * Portuguese, and franc (among English, French and Portuguese) agreeing.
 * Words both languages share (`a`, `on`, `final`) prove nothing either way;
 * sentences that are mostly names (capitalised) are lists, not prose.
 */
function englishSentencesOf(words: WordEvidence[]): LanguageEvidence['englishSentences'] {
  const sentences: LanguageEvidence['englishSentences'] = []
  const bySegment = new Map<Segment, WordEvidence[]>()
  for (const word of words) {
    const list = bySegment.get(word.segment) ?? []
    list.push(word)
    bySegment.set(word.segment, list)
  }

  for (const [segment, list] of bySegment) {
    for (const [from, to] of sentenceRanges(segment.text)) {
      const inside = list.filter((word) => word.index >= from && word.index < to && !word.hasDigit)
      if (inside.length < 4) continue
      const englishOnly = inside.filter((word) => word.english && !word.target && !word.loanword).length
      const targetOnly = inside.filter((word) => word.target && !word.english).length
      const names = inside.filter((word) => !word.sentenceStart && (word.titleCased || word.markedCase)).length
      if (englishOnly < 3 || englishOnly < inside.length / 2 || targetOnly > 1 || names > inside.length / 2) continue
      if (franc(segment.text.slice(from, to), {only: ['eng', 'fra', 'por'], minLength: 10}) !== 'eng') continue
      sentences.push({start: inside[0]!.start, end: inside.at(-1)!.end, segment})
    }
  }

  return sentences
}

function sentenceRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let start = 0
  for (const match of text.matchAll(sentenceEnd)) {
    ranges.push([start, match.index + match[0].length])
    start = match.index + match[0].length
  }

  if (start < text.length) ranges.push([start, text.length])
  return ranges
}
