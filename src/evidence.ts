import {franc} from 'franc-min'
import type {DocumentContext, Segment} from './document.js'
import type {LanguageTag} from './language.js'
import {englishWords, targetWords, type WordList} from './lexicons.js'
import {loanwordSet} from './loanwords/index.js'
import {SpellingMemo} from './spellings.js'
import type {Services} from './services.js'
import {withoutElision, wordsOf, type AllocatedWord, type Word} from './words.js'

/** A word of the document with what the dictionaries say of it (the fields of `AllocatedWord`, filled by `evidenceOf`). */
export type WordEvidence = AllocatedWord

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

/** What the dictionaries say of one form, the same wherever it occurs. */
type FormEvidence = Pick<WordEvidence, 'key' | 'target' | 'english' | 'loanword'>

// Spellings repeat (a few hundred make half of any text): each is looked up once per
// set of services and language, across documents.
const forms = new WeakMap<Services, Map<LanguageTag, SpellingMemo<FormEvidence>>>()

function formEvidence(services: Services, language: LanguageTag, target: WordList, english: WordList): SpellingMemo<FormEvidence> {
  let byLanguage = forms.get(services)
  if (!byLanguage) forms.set(services, (byLanguage = new Map()))
  let lookup = byLanguage.get(language)
  if (!lookup) {
    const loanwords = loanwordSet(language)
    lookup = new SpellingMemo((value: string): FormEvidence => {
      const bare = withoutElision(value)
      const key = bare.toLowerCase()
      return {
        key,
        target: target.has(value) || (bare !== value && target.has(bare)),
        english: english.has(bare),
        loanword: loanwords.has(key) || (key.endsWith('s') && loanwords.has(key.slice(0, -1)))
      }
    })
    byLanguage.set(language, lookup)
  }

  return lookup
}

async function build(document: DocumentContext, services: Services): Promise<LanguageEvidence> {
  const [target, english] = await Promise.all([targetWords(document.base, services), englishWords(services)])
  const lookup = formEvidence(services, document.language, target, english)
  // Words are allocated with these fields (AllocatedWord): fill them in place.
  const words = wordsOf(document) as AllocatedWord[]
  for (const word of words) {
    const found = lookup.of(word)
    word.key = found.key
    word.target = found.target
    word.english = found.english
    word.loanword = found.loanword
  }

  return {words, target, english, loanwords: loanwordSet(document.language), englishSentences: englishSentencesOf(words)}
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
  let position = 0
  while (position < words.length) {
    const segment = words[position]!.segment
    let next = position
    while (next < words.length && words[next]!.segment === segment) next++
    // Words of a segment are in text order: walk them once, sentence by sentence.
    let at = position
    for (const [from, to] of sentenceRanges(segment.text)) {
      while (at < next && words[at]!.index < from) at++
      let count = 0
      let englishOnly = 0
      let targetOnly = 0
      let names = 0
      let first: WordEvidence | undefined
      let last: WordEvidence | undefined
      for (; at < next && words[at]!.index < to; at++) {
        const word = words[at]!
        if (word.hasDigit) continue
        count++
        first ??= word
        last = word
        if (word.english && !word.target && !word.loanword) englishOnly++
        if (word.target && !word.english) targetOnly++
        if (!word.sentenceStart && (word.titleCased || word.markedCase)) names++
      }

      if (count < 4 || englishOnly < 3 || englishOnly < count / 2 || targetOnly > 1 || names > count / 2) continue
      if (franc(segment.text.slice(from, to), {only: ['eng', 'fra', 'por'], minLength: 10}) !== 'eng') continue
      sentences.push({start: first!.start, end: last!.end, segment})
    }

    position = next
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
