import type {VFileMessage} from 'vfile-message'

/** One replacement in a text: `[start, end)` becomes `text`. */
export interface Edit {
  start: number
  end: number
  text: string
  message: VFileMessage
}

/**
 * The edit a message stands for, if it is fixable: exactly one expected
 * replacement, and a place whose text is still the message's `actual`. A
 * deletion (`''`) takes one neighbouring space with it, so no double space
 * is left (`software program` → `software`), and a whole line its line
 * break.
 */
export function editOf(message: VFileMessage, value: string): Edit | undefined {
  const place = message.place && 'start' in message.place ? message.place : undefined
  let start = place?.start.offset
  let end = place?.end.offset
  if (message.expected?.length !== 1 || start === undefined || end === undefined || message.actual === undefined) return undefined
  if (end <= start || value.slice(start, end) !== message.actual) return undefined
  const text = message.expected[0]!
  if (text === '') {
    const lineStart = start === 0 || value[start - 1] === '\n' || value[start - 1] === '\r'
    const lineEnd = /^(?:\r\n|\r|\n)/u.exec(value.slice(end, end + 2))
    // A whole line deleted (page furniture) goes with its line break.
    if (lineStart && lineEnd) end += lineEnd[0].length
    else if (value[start - 1] === ' ' && (end === value.length || /[\s.,;:!?)\]»”…]/u.test(value[end]!))) start--
    else if (value[end] === ' ' && (start === 0 || /[\n\r(«“]/u.test(value[start - 1]!))) end++
  }

  return {start, end, text, message}
}

/**
 * The edits to apply together: fixable messages, in order of place (then
 * rule id, then replacement, so the choice does not depend on the order of
 * the messages), each kept only when it does not overlap one kept before.
 * The others wait for the next pass.
 */
export function chooseEdits(messages: readonly VFileMessage[], value: string): Edit[] {
  const edits = messages
    .map((message) => editOf(message, value))
    .filter((edit): edit is Edit => edit !== undefined)
    .sort((a, b) => a.start - b.start || a.end - b.end || compare(a.message.ruleId ?? '', b.message.ruleId ?? '') || compare(a.text, b.text))
  const chosen: Edit[] = []
  for (const edit of edits) {
    const last = chosen.at(-1)
    if (!last || edit.start >= last.end) chosen.push(edit)
  }

  return chosen
}

/** Apply edits that do not overlap, sorted by place. */
export function applyEdits(value: string, edits: readonly Edit[]): string {
  let result = ''
  let at = 0
  for (const edit of edits) {
    result += value.slice(at, edit.start) + edit.text
    at = edit.end
  }

  return result + value.slice(at)
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
