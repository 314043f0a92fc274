import type {Category} from '../category.js'
import type {Diagnostic} from '../diagnostic.js'
import {firstInvalidUtf8} from '../input.js'
import {parseLanguage, type LanguageTag} from '../language.js'

/** A document to lint, validated from one input line. */
export interface DocumentTask {
  /** 1-based number of the input line (counted across every input). */
  line: number
  id: string | number | null
  text: string
  /** The language given on the line, if any. */
  lang: LanguageTag | undefined
}

/** The verdict on one document. */
export interface ResultRecord {
  id: string | number | null
  line: number
  /** The language linted in: given on the line, by `--lang`, or detected; `null` for a document without words. */
  lang: LanguageTag | null
  words: number
  counts: Record<Category, number>
  score: number
  diagnostics?: Diagnostic[]
}

/** A line that could not be scored: malformed, invalid, or a document that failed. */
export interface ErrorRecord {
  id: string | number | null
  line: number
  error: string
}

export type OutputRecord = ResultRecord | ErrorRecord

export function isError(record: OutputRecord): record is ErrorRecord {
  return 'error' in record
}

/**
 * Read one JSON Lines input line: `{"id", "text", "lang"?}`. Returns the
 * task, or the error record to write in its place.
 */
export function parseLine(bytes: Buffer, line: number): DocumentTask | ErrorRecord {
  const bad = firstInvalidUtf8(bytes)
  if (bad !== undefined) return {id: null, line, error: 'Line is not valid UTF-8 (bad byte at offset ' + bad + ')'}
  let value: unknown
  try {
    value = JSON.parse(bytes.toString('utf8'))
  } catch (error) {
    return {id: null, line, error: 'Malformed JSON: ' + (error as Error).message}
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {id: null, line, error: 'Expected a JSON object `{"id", "text", "lang"?}`, not ' + (Array.isArray(value) ? 'an array' : value === null ? 'null' : 'a ' + typeof value)}
  }

  const record = value as Record<string, unknown>
  const raw = record.id
  const id = typeof raw === 'string' || (typeof raw === 'number' && Number.isFinite(raw)) ? raw : null
  if (raw !== undefined && raw !== null && id === null) return {id: null, line, error: 'Invalid `id`: expected a string or a number'}
  if (typeof record.text !== 'string') {
    return {id, line, error: record.text === undefined ? 'Missing `text`' : 'Invalid `text`: expected a string, not ' + typeOf(record.text)}
  }

  let lang: LanguageTag | undefined
  if (record.lang !== undefined && record.lang !== null) {
    try {
      lang = parseLanguage(record.lang, 'lang')
    } catch (error) {
      return {id, line, error: (error as Error).message}
    }
  }

  return {id, line, text: record.text, lang}
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : 'a ' + typeof value
}
