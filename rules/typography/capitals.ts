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

/** A heading (a short line with no final full stop) in English Title Case: `L’Effort Humain Invisible`. */
export function* titleCase(segment: Segment, document: DocumentContext): Generator<Finding> {
  const {text} = segment
  if (!segment.wholeLine || text.length > 160 || /[.,;]$/u.test(text.trimEnd())) return
  const language = document.base
  const casing = casingOf(document)
  const words = [...text.matchAll(word)]
  if (words.length < 2 || words.length > 16) return
  /** `start`: where the word starts (`L’Effort`); `index`: its capital letter (`Effort`). */
  const capitalised: Array<{start: number; index: number; value: string; common: boolean}> = []
  let lowercaseContent = 0

  for (const match of words.slice(1)) {
    const subtitle = /[:?!—–]\s*$/u.test(text.slice(0, match.index)) && !elision.test(match[0])
    const value = match[0].replace(elision, '')
    const key = value.toLowerCase()
    if (functionWords[language].has(key) || subtitle) continue
    if (isTitleCased(value)) {
      if (casing.get(key)?.capitalisedInside) continue
      capitalised.push({start: match.index, index: match.index + match[0].length - value.length, value, common: isCommon(key, casing.get(key))})
    } else if (value === key && value.length > 2) {
      lowercaseContent++
    }
  }

  if (lowercaseContent > 0 || capitalised.length === 0) return
  const common = capitalised.filter((item) => item.common)
  // Fewer than three capitals is Title Case only when each is a common word, in a two-word heading (`Les Conséquences`):
  // longer ones are titles of works, which French capitalises up to their first noun (`Le Manifeste de Debian`).
  if (capitalised.length < 3 && (common.length !== capitalised.length || words.length > 2)) return
  const first = capitalised[0]!
  const last = capitalised.at(-1)!
  const end = last.index + last.value.length
  let expected = text.slice(first.start, end)
  for (const item of [...capitalised].reverse()) {
    const at = item.index - first.start
    expected = expected.slice(0, at) + item.value.charAt(0).toLowerCase() + expected.slice(at + 1)
  }

  yield {...spanIn(segment, first.start, end - first.start), reason: 'Unexpected Title Case in heading, write `' + expected + '`', expected: [expected], note: note.title}
}

/** A capitalised common word right after a semicolon: `; Ele era`. */
export function* capitalAfterSemicolon(segment: Segment, document: DocumentContext, language: BaseLanguage): Generator<Finding> {
  const casing = casingOf(document)
  for (const match of segment.text.matchAll(/;\s+(\p{Lu}[\p{Ll}\p{M}]*)(?![\p{L}\p{N}'’-])/gu)) {
    const value = match[1]!
    const key = value.toLowerCase()
    if (!neverNames[language].has(key) && !isCommon(key, casing.get(key))) continue
    const index = match.index + match[0].length - value.length
    yield {...spanIn(segment, index, value.length), reason: 'Unexpected capital after a semicolon, write `' + key + '`', expected: [key], note: note.semicolon}
  }
}
