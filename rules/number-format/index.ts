import {defineRule} from '../../src/rule.js'
import {contextOf} from '../../src/resolve-language.js'
import type {Segment} from '../../src/document.js'
import {report, spanIn, type Finding, type Span} from '../../src/report.js'
import {conventions, type Conventions} from './data.js'
import {alternatives, localiseAmount, wordBefore} from './text.js'

const twelveHour = /(?<![\p{L}\p{N}:.,])(\d{1,2})(?:[:h.](\d{2}))?\s?([aApP])\.?\s?[mM](?![\p{L}\p{N}])/gu
const truncatedTime = /(?<![\p{L}\p{N}:.,])(\d{1,2})([aApP])(?![\p{L}\p{N}])/gu
const thousands = /(?<![\p{L}\p{N}.,])(\d{1,3})((?:,\d{3})+)(?:\.(\d{1,3}))?(?![\p{N}]|[.,]\p{N})/gu

const note = {
  time: 'A 12-hour English time (7am, 4 PM) was carried over or truncated by the translation; French and Portuguese write 24-hour times (7 h, 16h).',
  decimal: 'English writes decimals with a point; French and Portuguese use a comma.',
  thousands: 'English groups thousands with commas; French and Portuguese do not (1 000, 1.000), and read a comma as the decimal mark.',
  currency: 'English puts the currency sign before the amount ($3.2 billion); French and European Portuguese write it after, Brazilian Portuguese writes US$.'
}

export default defineRule({
  meta: {
    id: 'number-format',
    category: 'number-format',
    languages: ['fr', 'pt'],
    description: 'Times, decimals, thousands separators and currency signs left in English form.',
    defaultOptions: {}
  },
  create() {
    return function (tree, file) {
      const document = contextOf(tree, file)
      const language = conventions[document.language]
      for (const segment of document.segments) {
        for (const finding of findings(segment, language)) report(file, document, finding)
      }
    }
  }
})

interface Patterns {
  currency: RegExp
  decimal: RegExp
}

const compiled = new WeakMap<Conventions, Patterns>()

function patternsOf(language: Conventions): Patterns {
  let patterns = compiled.get(language)
  if (!patterns) {
    patterns = {
      currency: new RegExp('(?<![\\p{L}\\p{N}$])(' + language.symbolsBefore + ')\\s?(\\d[\\d,.]*\\d|\\d)(?:\\s?(' + alternatives(Object.keys(language.magnitudes)) + '))?(?![\\p{L}\\p{N}])', 'gu'),
      // Symbols may touch the number (`3.5%`); words and units must be spaced (`3.2 milliards`), since `1.44MB` is a product spec.
      decimal: new RegExp('(?<![\\p{L}\\p{N}.,])(\\d{1,3})\\.(\\d{1,2})(?:\\s?(?=[%€$£°])|\\s(?=(?:' + alternatives(language.amountWords.filter((word) => /\p{L}/u.test(word))) + ')(?![\\p{L}\\p{N}])))', 'gu')
    }
    compiled.set(language, patterns)
  }

  return patterns
}

function* findings(segment: Segment, language: Conventions): Generator<Finding> {
  const {text} = segment
  // Every pattern here has a digit: a line without one is done.
  if (!/\d/.test(text)) return
  const {currency, decimal} = patternsOf(language)
  const taken: Span[] = []
  const free = (start: number, end: number) => taken.every((span) => end <= span.start || start >= span.end)
  const take = (index: number, length: number): Span => {
    taken.push({start: index, end: index + length})
    return spanIn(segment, index, length)
  }

  for (const match of text.matchAll(currency)) {
    const symbol = match[1]!.replace(/\s/g, '')
    const amount = localiseAmount(match[2]!, language)
    const magnitude = match[3] ? language.magnitudes[match[3]] : undefined
    const expected = language.currency(symbol, amount, magnitude)
    yield {...take(match.index, match[0].length), reason: 'Unexpected currency sign before the amount in `' + match[0] + '`, write `' + expected + '`', expected: [expected], note: note.currency}
  }

  for (const match of text.matchAll(twelveHour)) {
    const hours = Number(match[1])
    if (hours < 1 || hours > 12 || Number(match[2] ?? 0) > 59 || !free(match.index, match.index + match[0].length)) continue
    const expected = language.time(to24(hours, match[3]!), match[2])
    yield {...take(match.index, match[0].length), reason: 'Unexpected 12-hour time `' + match[0] + '`, use `' + expected + '`', expected: [expected], note: note.time}
  }

  for (const match of text.matchAll(truncatedTime)) {
    const hours = Number(match[1])
    const suffix = match[2]!
    const cue = wordBefore(text, match.index)
    if (hours < 1 || hours > 12 || !cue || !language.timeCues.includes(cue)) continue
    const after = text.slice(match.index + match[0].length).trimStart()
    const timeOnly = suffix === suffix.toUpperCase() || language.pluralTimeCues.includes(cue) || !/^\p{L}/u.test(after)
    if (!timeOnly) continue
    const expected = language.time(to24(hours, suffix), undefined)
    yield {...take(match.index, match[0].length), reason: 'Unexpected truncated English time `' + match[0] + '`, use `' + expected + '`', expected: [expected], note: note.time}
  }

  for (const match of text.matchAll(decimal)) {
    const number = match[1] + '.' + match[2]
    if (!free(match.index, match.index + number.length)) continue
    const expected = match[1] + ',' + match[2]
    yield {...take(match.index, number.length), reason: 'Unexpected decimal point in `' + number + '`, use `' + expected + '`', expected: [expected], note: note.decimal}
  }

  for (const match of text.matchAll(thousands)) {
    const end = match.index + match[0].length
    if (!free(match.index, end)) continue
    const groups = match[2]!.split(',').length - 1
    const next = /^\s?(\p{L}+)/u.exec(text.slice(end))?.[1]
    const countable = next !== undefined && (language.amountWords.includes(next) || (/^\p{Ll}{3,}$/u.test(next) && /[sx]$/.test(next)))
    if (match[3] === undefined && groups < 2 && !countable) continue
    const expected = localiseAmount(match[0], language)
    yield {...take(match.index, match[0].length), reason: 'Unexpected English number format `' + match[0] + '`, use `' + expected + '`', expected: [expected], note: note.thousands}
  }
}

function to24(hours: number, suffix: string): number {
  const pm = suffix.toLowerCase() === 'p'
  if (hours === 12) return pm ? 12 : 0
  return pm ? hours + 12 : hours
}
