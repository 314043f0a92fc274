import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {DocumentContext, Segment} from './document.js'

/** A span of the file, as offsets (start inclusive, end exclusive). */
export interface Span {
  start: number
  end: number
}

export interface Finding extends Span {
  /** One sentence: ``Unexpected `x`, use `y` instead``. */
  reason: string
  /** Replacements, best first; `''` means delete; empty when the fix is unknown. */
  expected: string[]
  /** Why machine translation or scraping produces this. */
  note: string
}

/** The file span of `length` characters at `index` in a segment's text. */
export function spanIn(segment: Segment, index: number, length: number): Span {
  return {start: segment.offset(index), end: length > 0 ? segment.offset(index + length - 1) + 1 : segment.offset(index)}
}

/** Report a finding as a vfile message whose `place` covers exactly its span. */
export function report(file: VFile, document: DocumentContext, finding: Finding): VFileMessage {
  const message = file.message(finding.reason, {
    place: {start: document.point(finding.start), end: document.point(finding.end)}
  })
  message.actual = document.value.slice(finding.start, finding.end)
  message.expected = finding.expected
  message.note = finding.note
  return message
}
