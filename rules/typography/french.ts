import type {Segment} from '../../src/document.js'
import {spanIn, type Finding} from '../../src/report.js'
import {punctuatedNames} from './data.js'
import {isEnglish} from './english.js'

const space = /\s/u
const nbsp = '\u00A0'
const thin = '\u202F'

const note = {
  guillemet: 'French puts a no-break space inside guillemets (« texte »); MT and English-trained tools drop it.',
  quote: 'English quotation marks survived the translation, where the rest of the text quotes with guillemets « » as French does (“ ” only inside quotes).',
  colon: 'French puts a no-break space before the colon; MT keeps the English spacing.',
  high: 'French puts a thin no-break space before ; ! and ?; MT keeps the English spacing.'
}

interface Range {
  start: number
  end: number
}

/**
 * Guillemets without their inner space, and English quotation marks (“ ”
 * and paired ") when the document quotes with guillemets elsewhere: a
 * French text that quotes with “ ” throughout follows a house style, one
 * that mixes them carries quotes over from an English source. Returns the
 * English-quoted ranges too.
 */
export function frenchQuotes(segment: Segment, usesGuillemets: boolean): {findings: Finding[]; english: Range[]} {
  const {text} = segment
  const findings: Finding[] = []
  const english: Range[] = []
  const curly: number[] = []
  const straight: number[] = []
  let depth = 0

  for (let index = 0; index < text.length; index++) {
    const character = text[index]
    if (character === '«') {
      depth++
      if (index + 1 < text.length && !space.test(text[index + 1]!)) findings.push(guillemet(segment, index, '«' + nbsp))
    } else if (character === '»') {
      depth = Math.max(0, depth - 1)
      if (index > 0 && !space.test(text[index - 1]!)) findings.push(guillemet(segment, index, nbsp + '»'))
    } else if (depth === 0 && (character === '“' || character === '”') && text[index + 1] !== '`') {
      curly.push(index)
    } else if (depth === 0 && character === '"' && !/[=\d]/.test(text[index - 1] ?? '')) {
      straight.push(index)
    }
  }

  const flag = usesGuillemets ? findings : []
  for (const [open, close] of pairs(text, curly)) quotePair(segment, open, close, flag, english)
  if (straight.length % 2 === 0) {
    for (let index = 0; index < straight.length; index += 2) quotePair(segment, straight[index], straight[index + 1], flag, english)
  }

  return {findings, english}
}

/** Pair `“` with the next `”`; a mark left alone is a pair with one side missing. */
function* pairs(text: string, positions: number[]): Generator<[number | undefined, number | undefined]> {
  let open: number | undefined
  for (const position of positions) {
    if (text[position] === '“') {
      if (open !== undefined) yield [open, undefined]
      open = position
    } else {
      yield [open, position]
      open = undefined
    }
  }

  if (open !== undefined) yield [open, undefined]
}

function quotePair(segment: Segment, open: number | undefined, close: number | undefined, findings: Finding[], english: Range[]) {
  const {text} = segment
  const from = open === undefined ? 0 : open + 1
  const to = close ?? text.length
  const content = text.slice(from, to)
  if (!/\p{L}/u.test(content) || isName(content)) return
  if (isEnglish(content, 'fr')) {
    english.push({start: from, end: to})
    return
  }

  if (open !== undefined) {
    const expected = space.test(text[open + 1] ?? '') ? '«' : '«' + nbsp
    findings.push({...spanIn(segment, open, 1), reason: 'Unexpected English quotation mark `' + text[open] + '`, use `«`', expected: [expected], note: note.quote})
  }

  if (close !== undefined) {
    const expected = space.test(text[close - 1] ?? '') ? '»' : nbsp + '»'
    findings.push({...spanIn(segment, close, 1), reason: 'Unexpected English quotation mark `' + text[close] + '`, use `»`', expected: [expected], note: note.quote})
  }
}

/** Quotes around a name or title, every word capitalised (`"Espy"`, `"Apache Software Foundation"`): a common way to mark names, not a quotation. */
function isName(content: string): boolean {
  const words = content.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []
  return words.length > 0 && words.length <= 6 && words.every((word) => /^\p{Lu}/u.test(word))
}

function guillemet(segment: Segment, index: number, expected: string): Finding {
  const mark = segment.text[index]!
  return {...spanIn(segment, index, 1), reason: 'Expected a no-break space ' + (mark === '«' ? 'after' : 'before') + ' `' + mark + '`', expected: [expected], note: note.guillemet}
}

const punctuation = /[:;!?]/g
/** What a glued mark follows: a letter, a digit, a closing quote or bracket, `%`. */
const glue = /^[\p{L}\p{N}»”"'’)\]%]$/u

/** Whether the character before `index` (a whole code point) is one a mark can be glued to. */
function gluedAt(text: string, index: number): boolean {
  if (index === 0) return false
  const code = text.charCodeAt(index - 1)
  const from = code >= 0xdc_00 && code <= 0xdf_ff && index >= 2 ? index - 2 : index - 1
  return glue.test(text.slice(from, index))
}

/** `: ; ! ?` glued to the word before them. */
export function* frenchPunctuation(segment: Segment, english: Range[], high: boolean): Generator<Finding> {
  const {text} = segment
  for (const match of text.matchAll(punctuation)) {
    const mark = match[0]
    const index = match.index
    if (!gluedAt(text, index)) continue
    const next = text[index + 1]
    if (!high && mark !== ':') continue
    if (english.some((range) => index >= range.start && index < range.end)) continue
    if (!isPunctuationUse(text, index, mark, next)) continue
    const before = mark === ':' ? nbsp : thin
    const after = next === undefined || space.test(next) || (mark !== ':' && /[»”"')\]!?.…]/.test(next)) ? '' : ' '
    yield {
      ...spanIn(segment, index, 1),
      reason: 'Expected a no-break space before `' + mark + '`',
      expected: [before + mark + after],
      note: mark === ':' ? note.colon : note.high
    }
  }
}

function isPunctuationUse(text: string, index: number, mark: string, next: string | undefined): boolean {
  const token = /\S*$/u.exec(text.slice(Math.max(0, index - 60), index))?.[0] ?? ''
  if (/https?$|www\.|\/\/|[\w-]+\.[a-z]{2,}\//iu.test(token)) return false
  if (mark === ':') return next === undefined || space.test(next) || /[«“"]/.test(next)
  if (mark === ';') return (next === undefined || space.test(next)) && !/&#?\w+$/u.test(token)
  if (punctuatedNames.has((/\p{L}+$/u.exec(token)?.[0] ?? '').toLowerCase() + mark)) return false
  return next === undefined || space.test(next) || /[»”"')\]!?.…]/.test(next)
}
