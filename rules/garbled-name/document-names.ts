import {foldName} from '../../src/entities/index.js'
import type {WordEvidence} from '../../src/evidence.js'
import type {BaseLanguage} from '../../src/language.js'
import {perForm, withoutElision} from '../../src/words.js'
import {translations} from './data.js'
import type {Garbling} from './garbling.js'

/** How a document writes its names mid-sentence: folded form → spellings, with counts. */
export function documentNames(words: WordEvidence[]): Map<string, Map<string, number>> {
  const names = new Map<string, Map<string, number>>()
  for (const word of words) {
    if (word.sentenceStart || !(word.titleCased || word.markedCase) || word.hasDigit) continue
    const value = withoutElision(word.value)
    const key = foldName(value)
    const spellings = names.get(key) ?? new Map<string, number>()
    spellings.set(value, (spellings.get(value) ?? 0) + 1)
    names.set(key, spellings)
  }

  return names
}

/** The spelling a document gives a name with capitals inside (`OpenAI`, `French-Owen`), when it gives exactly one such spelling. */
function markedSpelling(spellings: Map<string, number>): string | undefined {
  const marked = [...spellings.keys()].filter((spelling) => /\p{Lu}/u.test(spelling.slice(1)) && spelling !== spelling.toUpperCase())
  return marked.length === 1 ? marked[0] : undefined
}

/** `Deepmind` for `DeepMind`: a capital first letter, fewer inner capitals, in the same places. Lowercase spellings are identifiers (`powerpc`). */
function isFlattened(value: string, name: string): boolean {
  if (value.length !== name.length || !/^\p{Lu}/u.test(value) || value === value.toUpperCase()) return false
  const inner = (text: string) => [...text].flatMap((letter, index) => (index > 0 && /\p{Lu}/u.test(letter) ? [index] : []))
  const inValue = inner(value)
  const inName = inner(name)
  return inValue.length < inName.length && inValue.every((index) => inName.includes(index))
}

/**
 * A name the document also writes with its inner capitals: `Deepmind`
 * beside `DeepMind`. The marked spelling is the careful one; machine
 * translation flattens capitals, it does not add them.
 */
export function* inconsistent(words: WordEvidence[], names: Map<string, Map<string, number>>, known: (value: string) => boolean): Generator<Garbling> {
  const spellingsOf = perForm((value) => names.get(foldName(withoutElision(value))) ?? null)
  for (const word of words) {
    if (word.hasDigit) continue
    const spellings = spellingsOf(word)
    if (!spellings) continue
    const value = withoutElision(word.value)
    if (known(value)) continue
    const preferred = markedSpelling(spellings)
    if (!preferred || preferred === value || !isFlattened(value, preferred)) continue
    // A word of the language or of English (`Package` beside `PacKaGe`) is that word, not the name.
    if (word.target || word.english) continue
    yield {start: word.end - value.length, end: word.end, expected: [preferred], why: 'inconsistent', evidence: 'the text writes `' + preferred + '` elsewhere'}
  }
}

/**
 * A person's name with a word translated into a common word and its
 * capitals lost: `francês-owen` for `French-Owen`, found by translating its
 * words back (`francês` → `french`) and meeting a name of the document.
 */
export function* translatedPerson(words: WordEvidence[], names: Map<string, Map<string, number>>, language: BaseLanguage): Generator<Garbling> {
  const back = new Map<string, string>()
  for (const [english, list] of Object.entries(translations[language])) for (const translated of list) back.set(translated, english)

  for (const word of words) {
    if (!word.value.includes('-') || word.titleCased || word.markedCase) continue
    const parts = foldName(withoutElision(word.value)).split('-')
    if (!parts.some((part) => back.has(part))) continue
    const key = parts.map((part) => back.get(part) ?? part).join('-')
    const spellings = names.get(key)
    const preferred = spellings && (markedSpelling(spellings) ?? [...spellings.keys()][0])
    if (!preferred) continue
    yield {start: word.start, end: word.end, expected: [preferred], why: 'translated', evidence: 'the text names `' + preferred + '` elsewhere'}
  }
}
