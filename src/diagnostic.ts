import type {VFileMessage} from 'vfile-message'
import type {Category} from './category.js'

declare module 'vfile-message' {
  interface VFileMessage {
    /** mtlint: the kind of artefact, from the corpus taxonomy. */
    category?: Category | undefined
  }
}

export interface Position {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
  /** 0-based offset into the text, in UTF-16 code units. */
  offset: number
}

/** A diagnostic as plain JSON-serialisable data. */
export interface Diagnostic {
  /** Rule that reported it, or `language`, `binary`, `empty` for problems with the input. */
  ruleId: string
  category: Category | undefined
  severity: 'error' | 'warning' | 'info'
  /** One sentence: ``Unexpected `x`, use `y` instead``. */
  message: string
  start: Position
  end: Position
  /** The exact text of the span. */
  actual: string | undefined
  /** Replacements, best first; `''` means delete. */
  expected: string[]
  /** Why machine translation or scraping produces it. */
  note: string | undefined
  url: string | undefined
  source: string
}

export function toDiagnostic(message: VFileMessage, value: string): Diagnostic {
  const start = toPosition(message.place && 'start' in message.place ? message.place.start : message.place, value)
  const end = message.place && 'end' in message.place ? toPosition(message.place.end, value) : start
  return {
    ruleId: message.ruleId ?? 'mtlint',
    category: message.category,
    severity: message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info',
    message: message.reason,
    start,
    end,
    actual: message.actual,
    expected: message.expected ?? [],
    note: message.note,
    url: message.url,
    source: message.source ?? 'mtlint'
  }
}

function toPosition(point: {line: number; column: number; offset?: number | undefined} | undefined, value: string): Position {
  if (!point) return {line: 1, column: 1, offset: 0}
  return {line: point.line, column: point.column, offset: point.offset ?? offsetOf(value, point.line, point.column)}
}

function offsetOf(value: string, line: number, column: number): number {
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = value.indexOf('\n', offset)
    if (next === -1) return value.length
    offset = next + 1
  }

  return Math.min(value.length, offset + column - 1)
}
