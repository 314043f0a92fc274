import {casingOf, isTitleCased, type WordCasing} from '../../src/casing.js'
import type {DocumentContext, Segment} from '../../src/document.js'
import type {BaseLanguage} from '../../src/language.js'
import {spanIn, type Finding} from '../../src/report.js'
import {functionWords, neverNames} from './data.js'

const word = /\p{L}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*/gu
const elision = /^\p{L}['’]/u
/** Plural endings of French and Portuguese common nouns; names are rarely plural. */
const commonPlural = /(?:ences|ances|tions|sions|ments|ités|ismes|eurs|ções|ências|âncias|mentos|dades|ismos)$/u

const note = {
  title: 'English Title Case survived the translation of a heading; French and Portuguese capitalise only the first word and names.',
  semicolon: 'A capital after a semicolon: the translation split and rejoined sentences, or kept the source punctuation.'
}

/** Evidence that a capitalised word is a common word: written lowercase elsewhere and never capitalised mid-sentence, or a plural noun form. */
function isCommon(key: string, casing: WordCasing | undefined): boolean {
  if (casing && casing.capitalisedInside > 0) return false
  return (casing !== undefined && casing.lower > 0) || commonPlural.test(key)
}

/** Whether `text[0, index)` ends with `:`, `?`, `!` or a dash, then white space only. */
function afterSubtitleMark(text: string, index: number): boolean {
  let at = index - 1
  while (at >= 0 && /\s/u.test(text[at]!)) at--
  return at >= 0 && ':?!—–'.includes(text[at]!)
}

/** A heading (a short line with no final full stop) in English Title Case: `L’Effort Humain Invisible`. */
export function* titleCase(segment: Segment, document: DocumentContext): Generator<Finding> {
  const {text} = segment
  if (!segment.wholeLine || text.length > 160 || /[.,;]$/u.test(text.trimEnd())) return
  const language = document.base
  const casing = casingOf(document)
  const words = [...text.matchAll(word)]
  if (words.length < 2 || words.length > 16) return
  /** Words after the first that a sentence-case heading would write in lowercase, and where their capital is. */
  const capitalised: Array<{start: number; end: number; common: boolean}> = []
  let lowercaseContent = 0

  for (const match of words.slice(1)) {
    // The first word after `:` or `?` starts a subtitle and keeps its capital; after an elision (`: L’Effort`) only the elided letter does.
    const subtitle = afterSubtitleMark(text, match.index)
    const value = match[0].replace(elision, '')
    const key = value.toLowerCase()
    const elided = value !== match[0]
    if (functionWords[language].has(key)) {
      if (!subtitle && /^\p{Lu}/u.test(match[0])) capitalised.push({start: match.index, end: match.index + match[0].length, common: true})
    } else if (isTitleCased(value)) {
      if (casing.get(key)?.capitalisedInside || (subtitle && !elided)) continue
      capitalised.push({start: match.index, end: match.index + match[0].length, common: isCommon(key, casing.get(key))})
    } else if (value === key && value.length > 2) {
      lowercaseContent++
    }
  }

  if (lowercaseContent > 0 || capitalised.length === 0) return
  const common = capitalised.filter((item) => item.common)
  // Fewer than three capitals is Title Case only when each is a common word, in a two-word heading (`Les Conséquences`):
  // longer ones are titles of works, which French capitalises up to their first noun (`Le Manifeste de Debian`).
  if (capitalised.length < 3 && (common.length !== capitalised.length || words.length > 2)) return
  const from = capitalised[0]!.start
  const to = capitalised.at(-1)!.end
  let expected = text.slice(from, to)
  for (const item of capitalised) {
    const original = text.slice(item.start, item.end)
    const subtitle = /[:?!—–]\s*$/u.test(text.slice(0, item.start))
    const lowered = subtitle ? original.replace(/(['’])(\p{Lu})/u, (_, mark: string, letter: string) => mark + letter.toLowerCase()) : lowerWord(original)
    expected = expected.slice(0, item.start - from) + lowered + expected.slice(item.end - from)
  }

  yield {...spanIn(segment, from, to - from), reason: 'Unexpected Title Case in heading, write `' + expected + '`', expected: [expected], note: note.title}
}

/** `D’Une` → `d’une`, `Humain` → `humain`. */
function lowerWord(value: string): string {
  return value.replace(/^\p{Lu}/u, (letter) => letter.toLowerCase()).replace(/(['’])(\p{Lu})/u, (_, mark: string, letter: string) => mark + letter.toLowerCase())
}

/** A capitalised common word right after a semicolon: `; Ele era`. */
export function* capitalAfterSemicolon(segment: Segment, document: DocumentContext, language: BaseLanguage): Generator<Finding> {
  if (!segment.text.includes(';')) return
  const casing = casingOf(document)
  for (const match of segment.text.matchAll(/;\s+(\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{N}'’-])/gu)) {
    const value = match[1]!
    const key = value.toLowerCase()
    if (!neverNames[language].has(key) && !isCommon(key, casing.get(key))) continue
    const index = match.index + match[0].length - value.length
    yield {...spanIn(segment, index, value.length), reason: 'Unexpected capital after a semicolon, write `' + key + '`', expected: [key], note: note.semicolon}
  }
}
