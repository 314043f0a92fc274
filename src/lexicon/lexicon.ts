/**
 * The lexicon: whether Hunspell would accept a word, answered from
 * precompiled data. This module does not touch the file system; give it the
 * bytes (or fetch them) and it works the same in Node, a worker or a browser.
 */
import {createCompoundRules} from './compound-rules.js'
import {createInputConversion} from './input-conversion.js'
import {decodeLexiconData} from './lexicon-format.js'
import {isLexiconLanguage, type LexiconLanguage} from './lexicon-language.js'
import {createBreakPatterns, spell, type SpellingTables} from './spell.js'
import {createWordAutomaton} from './word-automaton.js'

export interface Lexicon {
  readonly language: LexiconLanguage
  /** The dictionary the data was built from, e.g. `dictionary-fr@3.0.0`. */
  readonly source: string
  /**
   * True when Hunspell would accept `word`, with Hunspell's rules: a
   * lower-case entry also accepts its Titlecase and UPPERCASE forms,
   * KEEPCASE/FORBIDDENWORD/NEEDAFFIX/ONLYINCOMPOUND are honoured, the
   * dictionary's input conversion applies (French ’ is read as '), trailing
   * dots, numbers and BREAK points (hyphenated words) are handled. Like
   * Hunspell, it accepts an empty string or one of only blanks and dots.
   */
  has(word: string): boolean
  /**
   * Like `has`, without splitting the word at BREAK points: true for forms
   * of the dictionary itself (`arranha-céu`, `gratte-ciel`), false for two
   * words joined by a hyphen (`Paris-Lyon`), which `has` accepts.
   */
  hasForm(word: string): boolean
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * Build a lexicon from precompiled data: the bytes of a `.lex` file, or the
 * same bytes in base64. Throws when the data is not lexicon data, or is for
 * another language than `expected`.
 */
export function createLexicon(
  data: Uint8Array | ArrayBuffer | string,
  expected?: LexiconLanguage
): Lexicon {
  const bytes =
    typeof data === 'string' ? decodeBase64(data) : data instanceof Uint8Array ? data : new Uint8Array(data)
  const {meta, slots} = decodeLexiconData(bytes)
  const language = meta.language
  if (!isLexiconLanguage(language)) throw new Error(`unknown lexicon language: ${language}`)
  if (expected !== undefined && language !== expected) {
    throw new Error(`lexicon data is for ${language}, expected ${expected}`)
  }
  const tables: SpellingTables = {
    automaton: createWordAutomaton(slots, meta.alphabet, meta.root),
    conversion: createInputConversion(meta.inputConversion),
    breaks: createBreakPatterns(meta.breaks),
    compound: meta.compound ? createCompoundRules(meta.compound) : undefined
  }
  return {
    language,
    source: meta.source,
    has: (word: string) => spell(tables, word),
    hasForm: (word: string) => spell(tables, word, false)
  }
}

/** Fetch precompiled data from a URL (browser, worker, Node's fetch). */
export async function fetchLexicon(url: string | URL, expected?: LexiconLanguage): Promise<Lexicon> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`could not fetch lexicon ${String(url)}: ${response.status}`)
  return createLexicon(await response.arrayBuffer(), expected)
}
