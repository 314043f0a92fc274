import type {DocumentContext} from '../../src/document.js'
import {edits1, englishAlphabet} from '../../src/edits.js'
import type {LanguageEvidence, WordEvidence} from '../../src/evidence.js'
import type {WordList} from '../../src/lexicons.js'
import {memoize} from '../../src/memo.js'
import {quotationsOf, type Quotation} from '../../src/quotes.js'
import {cognateEndings} from './data.js'

/**
 * Whether a capitalised word stands where a translated title would be: a
 * heading line, a lead-in label before a colon (`Secrective Fishbowl: …`),
 * or a short quotation that opens the paragraph (`«Lancement Spirit» : …`).
 * There a capitalised English common word is a title left half-translated;
 * in running text it is a name.
 */
export function inTitle(word: WordEvidence, quotation: Quotation | undefined): boolean {
  const {text, wholeLine} = word.segment
  // A quotation is a title when it opens the paragraph (`«Lancement Spirit» : …`); inside a sentence it names something (`« Bo Beep »`).
  if (quotation) return quotation.start <= 1 && (text.slice(quotation.start, quotation.end).match(/\p{L}+/gu)?.length ?? 0) <= 5
  const colon = text.search(/:\s/u)
  if (colon > word.index && (text.slice(0, colon).match(/\p{L}+/gu)?.length ?? 0) <= 5) return true
  return wholeLine && (text.match(/\p{L}+/gu)?.length ?? 0) <= 10 && !/[.!?…]["»”]?\s*$/u.test(text)
}

/** The quotation a word stands in, if any. */
export function quotationOf(word: WordEvidence, quotations: Quotation[]): Quotation | undefined {
  return quotations.find((quotation) => word.index >= quotation.start && word.index < quotation.end)
}

/**
 * A quotation left in English on purpose: a quoted title or saying with no
 * word that is only French or Portuguese (`“Let it be”`, `“The Hard Thing
 * About Hard Things”`). A quotation mixing both (`«Lancement Spirit»`) is a
 * half-translated one.
 */
export function isEnglishQuotation(words: WordEvidence[]): boolean {
  return words.length > 0 && words.every((word) => !(word.target && !word.english) || word.loanword)
}

/** Words inside quotations left in English on purpose (a quoted title or saying). */
export function englishQuotations(evidence: LanguageEvidence): Set<WordEvidence> {
  const quoted = new Set<WordEvidence>()
  const {words} = evidence
  let position = 0
  while (position < words.length) {
    // The words of a segment are contiguous and in text order.
    const segment = words[position]!.segment
    let next = position
    while (next < words.length && words[next]!.segment === segment) next++
    for (const quotation of quotationsOf(segment.text)) {
      const inside = words.slice(position, next).filter((word) => quotationOf(word, [quotation]))
      if (isEnglishQuotation(inside)) for (const word of inside) quoted.add(word)
    }

    position = next
  }

  return quoted
}

/** A word one edit away from an English word: a misspelt English word (`secrective`). */
export function isGarbledEnglish(key: string, evidence: LanguageEvidence): boolean {
  if (key.length < 5) return false
  let test = garbled.get(evidence.english)
  if (!test) {
    const english = evidence.english
    // Trying every edit of a word costs a few hundred lookups: once per form and dictionary is enough.
    test = memoize((value) => {
      for (const candidate of edits1(value, englishAlphabet)) if (english.hasForm(candidate)) return true
      return false
    }, 10_000)
    garbled.set(english, test)
  }

  return test(key)
}

const garbled = new WeakMap<WordList, (key: string) => boolean>()

/** The word of the language an English word is the spelling of: `monolith` → `monolithe`. */
export function cognateOf(key: string, document: DocumentContext, evidence: LanguageEvidence): string | undefined {
  for (const [from, to] of cognateEndings[document.base]) {
    if (!key.endsWith(from) || key.length - from.length < 4) continue
    const candidate = key.slice(0, key.length - from.length) + to
    if (evidence.target.hasForm(candidate)) return candidate
  }

  return undefined
}
