import type {Segment} from '../../src/document.js'
import {countLetterRuns} from '../../src/words.js'
import type {Furniture} from './phrases.js'

/** What a line of page furniture is, for the message. */
export type Kind =
  | 'page widget'
  | 'related-article teaser'
  | 'navigation label'
  | 'linked article title'
  | 'dangling label'
  | 'image credit'
  | 'counter'
  | 'breadcrumb'
  | 'truncated title'

const punctuationSeparator = /^\s*[:：|»›>–—-]\s*\S/u
const counter = /^\d{1,3}(?:[ .,\u00A0\u202F]?\d{3})*(?:[.,]\d)?\s?[kKM]?$/u
const crumbSeparators = /\s[»›>|/]\s/gu

/** Lowercase, apostrophes unified, white space collapsed, trailing punctuation and asterisks dropped. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/\s+/gu, ' ')
    .replace(/[\s*:.!…]+$/u, '')
    .trim()
}


/** Furniture lines are short: a long paragraph is normalised only as far as a phrase could reach. */
const longestPhrase = 400

/** The line is the phrase, or the phrase then punctuation (`Votre adresse e-mail ne sera pas publiée. Les champs…`), not a sentence going on. */
function startsWithPhrase(line: string, phrase: string): boolean {
  return line === phrase || (line.startsWith(phrase) && /^\s*[^\s\p{L}\p{N}]/u.test(line.slice(phrase.length)))
}

/** A language's furniture made ready for lookups: apostrophes plain, phrases grouped by their first two characters. */
interface Prepared {
  lines: Map<string, string[]>
  teasers: Map<string, string[]>
  navigation: ReadonlySet<string>
  sourceLabels: ReadonlySet<string>
  credits: readonly string[]
  /** The first word (plain apostrophes) of every line, label and credit: a line starting with another is none of them. */
  starts: ReadonlySet<string>
}

const prepared = new WeakMap<Furniture, Prepared>()
/** Letters, digits, apostrophes and hyphens at the start (empty when the text starts otherwise). */
const firstWord = (text: string) => /^[\p{L}\p{N}'-]*/u.exec(text)![0]
const startOf = (text: string) => text.slice(0, 2)

function byStart(phrases: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const phrase of phrases) map.set(startOf(phrase), [...(map.get(startOf(phrase)) ?? []), phrase])
  return map
}

function prepare(furniture: Furniture): Prepared {
  let ready = prepared.get(furniture)
  if (!ready) {
    const plain = (phrase: string) => phrase.replace(/’/g, "'")
    ready = {
      lines: byStart(furniture.lines.map(plain)),
      teasers: byStart(furniture.teasers),
      navigation: new Set(furniture.navigation),
      sourceLabels: new Set(furniture.sourceLabels),
      credits: furniture.credits.map(plain),
      starts: new Set([...furniture.lines, ...furniture.navigation, ...furniture.sourceLabels, ...furniture.credits].map((phrase) => firstWord(plain(phrase))))
    }
    prepared.set(furniture, ready)
  }

  return ready
}

/** Furniture recognised from the line alone, wherever it stands. */
export function classifyLine(segment: Segment, furniture: Furniture, lines: readonly Segment[]): Kind | undefined {
  const ready = prepare(furniture)
  // Normalising keeps the first word but for case and apostrophes: lines whose first word starts no phrase skip it.
  if (ready.starts.has(firstWord(segment.text.slice(0, 40).toLowerCase().replace(/’/g, "'")))) {
    const line = normalise(segment.text.length > longestPhrase ? segment.text.slice(0, longestPhrase) : segment.text)
    const key = line.replace(/'/g, '’')
    const has = (set: ReadonlySet<string>) => set.has(line) || set.has(key)
    if (ready.lines.get(startOf(line))?.some((phrase) => startsWithPhrase(line, phrase))) return 'page widget'
    if (has(ready.navigation)) return 'navigation label'
    if (has(ready.sourceLabels)) return 'dangling label'
    if (ready.credits.some((prefix) => line.startsWith(prefix)) && countLetterRuns(line, 15) <= 15) return 'image credit'
  }

  if (isTeaser(segment.text, ready.teasers)) return 'related-article teaser'
  if (isTruncatedCopy(segment, lines)) return 'truncated title'
  return undefined
}

/** Furniture recognised only outside the article body: generic words, counters, breadcrumbs. */
export function classifyZoneLine(segment: Segment, furniture: Furniture, first: boolean): Kind | undefined {
  const line = normalise(segment.text)
  if (furniture.zoneLines.includes(line)) return 'page widget'
  const [number, ...rest] = line.split(' ')
  if (number && counter.test(number) && (rest.length === 0 || (rest.length === 1 && furniture.counters.includes(rest[0]!)))) return 'counter'
  if (first && isBreadcrumb(segment.text, furniture)) return 'breadcrumb'
  return undefined
}

/** `Lire aussi : Titre`, `READ  Titre`: a label, a separator, then a title of at most 25 words. */
function isTeaser(text: string, teasers: Map<string, string[]>): boolean {
  const trimmed = text.trim()
  return (teasers.get(startOf(trimmed).toLowerCase()) ?? []).some((label) => {
    const head = trimmed.slice(0, label.length)
    if (head.toLowerCase() !== label) return false
    const rest = trimmed.slice(label.length)
    if (!rest || /^[\p{L}\p{N}]/u.test(rest) || countLetterRuns(rest, 25) > 25) return false
    if (punctuationSeparator.test(rest) || /^\s{2,}\S/u.test(rest)) return true
    // One space then a capital: only a shouted label (`READ Titre`) or one of several words (`Lire aussi Titre`) is a teaser.
    return /^\s[\p{Lu}\p{N}«“"]/u.test(rest) && (head === head.toUpperCase() || label.includes(' '))
  })
}

/** `Accueil » Tech » Titre…`, `Início Tecnologia O diário…`. */
function isBreadcrumb(text: string, furniture: Furniture): boolean {
  const line = text.trim()
  if ([...line.matchAll(crumbSeparators)].length >= 2) return true
  return furniture.home.some((home) => {
    const head = line.slice(0, home.length)
    return head.toLowerCase() === home && head !== home.toUpperCase() && /^\s+\p{Lu}/u.test(line.slice(home.length))
  })
}

/** A line cut short with an ellipsis whose last words stand in full in another line: a title repeated by a widget. */
function isTruncatedCopy(segment: Segment, lines: readonly Segment[]): boolean {
  const match = /(?:\.{3}|…)\s*$/u.exec(segment.text)
  if (!match || countLetterRuns(segment.text, 30) > 30) return false
  const words = segment.text.slice(0, match.index).trim().split(/\s+/u)
  if (words.length < 5) return false
  const tail = words.slice(-5).join(' ')
  return lines.some((other) => other !== segment && other.text.includes(tail))
}
