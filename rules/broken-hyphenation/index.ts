import type {DocumentContext, Segment} from '../../src/document.js'
import type {BaseLanguage} from '../../src/language.js'
import {targetWords, type WordList} from '../../src/lexicons.js'
import {report, spanIn, type Finding} from '../../src/report.js'
import {contextOf} from '../../src/resolve-language.js'
import {defineRule} from '../../src/rule.js'
import {conjunctions, enclitics} from './data.js'
import {firstElements} from './elements.js'

/** `meia -noite`: a space slipped in before the hyphen. */
const spaceBefore = /(?<![\p{L}\p{N}\p{M}-])(\p{L}[\p{L}\p{M}]*) -(\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*)(?![\p{L}\p{N}\p{M}])/gu
/** `nome- adamente`, `inter-⏎national`: a space or line break after the hyphen. */
const spaceAfter = /(?<![\p{L}\p{N}\p{M}-])(\p{L}[\p{L}\p{M}]*)-([ \t]+|[ \t]*(?:\r\n|\n|\r)[ \t]*)(\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{N}\p{M}])/gu
const softHyphen = /(?<=\p{L})\u00AD(?=\p{L})/gu
const hyphenAtEnd = /(?<![\p{L}\p{N}\p{M}-])(\p{L}[\p{L}\p{M}]*)-$/u
const wordAtStart = /^(\p{Ll}[\p{L}\p{M}]*)(?![\p{L}\p{N}\p{M}])/u
const singleLineBreak = /^[ \t]*(?:\r\n|\n|\r)[ \t]*$/

const elements: Record<BaseLanguage, ReadonlySet<string>> = {fr: new Set(firstElements.fr), pt: new Set(firstElements.pt)}

const note = {
  space: 'A stray space broke the compound; MT and spinners re-tokenise hyphenated words and join them back with a space.',
  lineBreak: 'Hyphenation from a line break survived: the word was split at the end of a line in the source layout.',
  soft: 'A soft hyphen (U+00AD) from the source layout is hidden inside the word, where it breaks search and spelling.'
}

export default defineRule({
  meta: {
    id: 'broken-hyphenation',
    category: 'broken-hyphenation',
    languages: ['fr', 'pt'],
    description: 'Compounds broken by a stray space, and hyphenation left from line breaks or soft hyphens.',
    defaultOptions: {}
  },
  create(_, services) {
    return async function (tree, file) {
      const document = contextOf(tree, file)
      const words = await targetWords(document.base, services)
      for (const segment of document.segments) {
        for (const finding of withinSegment(segment, document.base, words)) report(file, document, finding)
      }

      for (const finding of acrossLines(document, words)) report(file, document, finding)
    }
  }
})

function* withinSegment(segment: Segment, language: BaseLanguage, words: WordList): Generator<Finding> {
  const {text} = segment
  // Most lines have no hyphen at all: a substring search spares them the expressions.
  if (!text.includes('-') && !text.includes('\u00AD')) return

  // A spaced dash (`mot - mot`) has the characters but not the shape: test the shape's core before the full expression.
  for (const match of text.includes(' -') && /\s-\p{L}/u.test(text) ? text.matchAll(spaceBefore) : []) {
    const [, first, rest] = match as unknown as [string, string, string]
    if (!isCompoundStart(first, rest, language) && !words.hasForm(first + '-' + rest)) continue
    const fixed = first + '-' + rest
    yield {...spanIn(segment, match.index, match[0].length), reason: 'Unexpected space in `' + match[0] + '`, write `' + fixed + '`', expected: [fixed], note: note.space}
  }

  for (const match of /[\p{L}\p{M}]-\s/u.test(text) ? text.matchAll(spaceAfter) : []) {
    const [, first, gap, rest] = match as unknown as [string, string, string, string]
    if (conjunctions[language].has(rest.toLowerCase())) continue
    yield {...spanIn(segment, match.index, match[0].length), ...joined(first, rest, language, words, /[\n\r]/.test(gap))}
  }

  for (const match of text.includes('\u00AD') ? text.matchAll(softHyphen) : []) {
    const word = /[\p{L}\p{M}\u00AD]*$/u.exec(text.slice(0, match.index))![0] + /^[\p{L}\p{M}\u00AD]*/u.exec(text.slice(match.index))![0]
    yield {...spanIn(segment, match.index, 1), reason: 'Unexpected soft hyphen (U+00AD) in `' + word.replaceAll('\u00AD', '') + '`, remove it', expected: [''], note: note.soft}
  }
}

/** A word hyphenated at the end of one line and finished at the start of the next. */
function* acrossLines(document: DocumentContext, words: WordList): Generator<Finding> {
  const {segments, value} = document
  for (let index = 1; index < segments.length; index++) {
    const before = segments[index - 1]!
    const after = segments[index]!
    if (!singleLineBreak.test(value.slice(before.end, after.start))) continue
    const head = hyphenAtEnd.exec(before.text)
    const tail = wordAtStart.exec(after.text)
    if (!head?.[1] || !tail?.[1] || conjunctions[document.base].has(tail[1].toLowerCase())) continue
    const start = before.offset(head.index)
    yield {start, end: after.offset(tail[1].length - 1) + 1, ...joined(head[1], tail[1], document.base, words, true)}
  }
}

/** Evidence that `first -rest` is a compound: a productive first element (`recém-`, `contre-`) or a pronoun after a verb (`dit -il`). */
function isCompoundStart(first: string, rest: string, language: BaseLanguage): boolean {
  return elements[language].has(first.toLowerCase()) || (enclitics[language].has(rest.toLowerCase()) && /[aeiouyàâéèêíóôúãõ]/iu.test(first) && first.length > 1)
}

/** Suggestions for a word split after its hyphen: the form the dictionary knows first (`international`, `arc-en-ciel`). */
function joined(first: string, rest: string, language: BaseLanguage, words: WordList, lineBreak: boolean) {
  const hyphenated = first + '-' + rest
  const solid = first + rest
  const hyphenFirst = words.hasForm(solid) ? false : words.hasForm(hyphenated) || isCompoundStart(first, rest, language)
  const expected = hyphenFirst ? [hyphenated, solid] : [solid, hyphenated]
  return {
    reason: 'Unexpected ' + (lineBreak ? 'line break' : 'space') + ' after the hyphen of `' + first + '-`, write `' + expected[0] + '`',
    expected,
    note: lineBreak ? note.lineBreak : note.space
  }
}
