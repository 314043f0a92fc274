import snowball from 'snowball-stemmers'
import type {BaseLanguage, LanguageTag} from '../language.js'
import {memoize} from '../memo.js'
import {SpellingMemo} from '../spellings.js'
import {adjacent, type Word} from '../words.js'
import type {PhraseEntry, PhrasePack} from './types.js'

/** A phrase found in a text. */
export interface PhraseMatch {
  /** File offsets of the first and after the last word. */
  start: number
  end: number
  entry: PhraseEntry
  pack: PhrasePack
}

interface Token {
  /** Lowercase, plain apostrophe. */
  plain: string
  /** Whether it starts with an elided article (`l'`, `d'`). */
  elided: boolean
  /** The stem, elided article kept: `d'extract`. */
  key: string
  exact: boolean
}

interface Compiled {
  entry: PhraseEntry
  pack: PhrasePack
  tokens: Token[]
  near: ReadonlySet<string> | undefined
  window: number
}

export interface PhraseMatcher {
  language: BaseLanguage
  byFirst: Map<string, Compiled[]>
  /** The entries whose first word a text word may be, by its spelling (once per spelling: most words start no phrase). */
  startingWith: SpellingMemo<readonly Compiled[]>
}

const stemmers: Record<BaseLanguage, {stem(word: string): string}> = {
  fr: snowball.newStemmer('french'),
  pt: snowball.newStemmer('portuguese')
}

const elided = /^(qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])'(?=\p{L})/u
/** Short words (articles, prepositions) are matched as they are: `des` is not `de`. */
const isShort = (plain: string) => plain.replace(elided, '').length <= 3

export const plain = (value: string) => value.toLowerCase().replace(/’/g, "'")

function stemKey(value: string, language: BaseLanguage): string {
  const lower = plain(value)
  const prefix = elided.exec(lower)?.[0] ?? ''
  const rest = lower.slice(prefix.length)
  return prefix + rest.split('-').map((part) => (part.length > 3 ? stemmers[language].stem(part) : part)).join('-')
}

const keys: Record<BaseLanguage, (value: string) => string> = {
  fr: memoize((value) => stemKey(value, 'fr'), 100_000),
  pt: memoize((value) => stemKey(value, 'pt'), 100_000)
}

/** The key a word matches on: its stem, part by part for compounds, with an elided article kept (`l'intelligenc`). */
export function keyOf(value: string, language: BaseLanguage): string {
  return keys[language](value)
}

const words = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

/** Compile packs for matching: each phrase split into words, keyed by its first one. */
export function compilePhrases(packs: readonly PhrasePack[], language: BaseLanguage): PhraseMatcher {
  const byFirst = new Map<string, Compiled[]>()
  for (const pack of packs) {
    if (pack.language !== language) continue
    for (const entry of pack.entries) {
      const tokens = (entry.phrase.match(words) ?? []).map((value): Token => {
        const lower = plain(value)
        return {plain: lower, elided: elided.test(lower), key: keyOf(value, language), exact: entry.exact === true || isShort(lower)}
      })
      if (tokens.length === 0) continue
      const near = entry.near ? new Set(entry.near.map((value) => keyOf(value, language))) : undefined
      const first = tokens[0]!.exact ? tokens[0]!.plain : tokens[0]!.key
      const list = byFirst.get(first) ?? []
      list.push({entry, pack, tokens, near, window: entry.window ?? 12})
      byFirst.set(first, list)
    }
  }

  return {language, byFirst, startingWith: new SpellingMemo((value) => candidatesOf(byFirst, value, language))}
}

const none: readonly Compiled[] = []

function candidatesOf(byFirst: Map<string, Compiled[]>, original: string, language: BaseLanguage): readonly Compiled[] {
  const value = plain(original)
  const bare = value.replace(elided, '')
  const firsts = new Set([value, keyOf(original, language), bare, keyOf(bare, language)])
  if (language === 'fr' && value.endsWith('ent') && value.length > 6) firsts.add(keyOf(value.slice(0, -2), language))
  const candidates = [...firsts].flatMap((first) => byFirst.get(first) ?? [])
  return candidates.length === 0 ? none : candidates
}

/**
 * The forms of a text word a phrase word can match: the word, and without
 * its elided article when the phrase word has none (`l’intelligence`
 * matches `intelligence`); in French, a verb in `-ent` also as its
 * singular (`réalisent` as `réalise`), which the stemmer leaves whole.
 */
interface TextForms {
  plain: string
  key: string
  /** Without the elided article, if it has one. */
  bare?: {plain: string; key: string}
  /** The key of the singular of a French verb in `-ent`. */
  singularKey?: string
}

const textForms: Record<BaseLanguage, SpellingMemo<TextForms>> = {
  fr: new SpellingMemo((value) => formsOf(value, 'fr')),
  pt: new SpellingMemo((value) => formsOf(value, 'pt'))
}

function formsOf(original: string, language: BaseLanguage): TextForms {
  const value = plain(original)
  const forms: TextForms = {plain: value, key: keyOf(original, language)}
  const prefix = elided.exec(value)?.[0]
  if (prefix) {
    const bare = value.slice(prefix.length)
    forms.bare = {plain: bare, key: keyOf(bare, language)}
  }

  if (language === 'fr' && value.endsWith('ent') && value.length > 6) forms.singularKey = keyOf(value.slice(0, -2), language)
  return forms
}

/** How many characters of the word the match leaves out at its start: an elided article the phrase does not have. */
function skipped(forms: TextForms, token: Token): number {
  return forms.bare && !token.elided && forms.plain !== token.plain ? forms.plain.length - forms.bare.plain.length : 0
}

function matches(token: Token, forms: TextForms): boolean {
  const same = (form: {plain: string; key: string}) => form.plain === token.plain || (!token.exact && form.key === token.key)
  return same(forms) || (forms.bare !== undefined && !token.elided && same(forms.bare)) || (!token.exact && forms.singularKey === token.key)
}

/** Every phrase of the packs in a document's words, longest first where two start at the same word. */
export function* matchPhrases(matcher: PhraseMatcher, list: readonly Word[], tag: LanguageTag): Generator<PhraseMatch> {
  const {language} = matcher
  const {startingWith} = matcher
  const forms = textForms[language]
  const formsOf = (word: Word) => forms.of(word)
  // Whether word i and word i + 1 stand with only white space between, asked once per pair: 0 not asked, 1 yes, 2 no.
  const joined = new Uint8Array(list.length)
  const isJoined = (index: number) => {
    if (joined[index] === 0) joined[index] = adjacent(list[index], list[index + 1]!) ? 1 : 2
    return joined[index] === 1
  }

  for (let position = 0; position < list.length; position++) {
    const word = list[position]!
    const candidates = startingWith.of(word)
    if (candidates.length === 0) continue
    let best: {compiled: Compiled; last: Word} | undefined
    for (const compiled of candidates) {
      const {entry, tokens} = compiled
      // An entry for one variant fires only on a text known to be in it: what Brazil calls a calque, Portugal may write (`é suposto ser`).
      if (entry.variant && entry.variant !== tag) continue
      let last = word
      let ok = matches(tokens[0]!, formsOf(word))
      for (let index = 1; ok && index < tokens.length; index++) {
        const next = list[position + index]
        ok = next !== undefined && matches(tokens[index]!, formsOf(next)) && isJoined(position + index - 1)
        if (next) last = next
      }

      if (!ok || !isNear(compiled, list, position, position + tokens.length - 1, language)) continue
      if (!best || last.end > best.last.end) best = {compiled, last}
    }

    if (best) yield {start: word.start + skipped(formsOf(word), best.compiled.tokens[0]!), end: best.last.end, entry: best.compiled.entry, pack: best.compiled.pack}
  }
}

function isNear(compiled: Compiled, list: readonly Word[], first: number, last: number, language: BaseLanguage): boolean {
  if (!compiled.near) return true
  const segment = list[first]!.segment
  for (let index = Math.max(0, first - compiled.window); index <= Math.min(list.length - 1, last + compiled.window); index++) {
    if (index >= first && index <= last) continue
    const other = list[index]!
    const bare = plain(other.value).replace(elided, '')
    if (other.segment === segment && (compiled.near.has(keyOf(other.value, language)) || compiled.near.has(keyOf(bare, language)))) return true
  }

  return false
}
