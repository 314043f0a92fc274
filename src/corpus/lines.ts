/** One line of input, without its line break. */
export type InputLine =
  | {line: number; bytes: Buffer}
  /** A line longer than the limit: skipped without being held in memory. */
  | {line: number; oversized: number}

/** Where line numbering is: the number the next line gets (shared across inputs). */
export interface LineCounter {
  line: number
}

/**
 * Split a stream of byte chunks into lines (`\n`, with a `\r` before it
 * dropped), numbered on from `counter`. Lines are read one at a time as the
 * consumer asks for them, so a stream read this way is paused while the
 * consumer is busy: memory holds one chunk and one line, whatever the size
 * of the input. A line longer than `maxLineBytes` is skipped as it streams
 * by and reported with its size. Empty lines are skipped but counted.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLineBytes: number, counter: LineCounter = {line: 1}): AsyncGenerator<InputLine> {
  let parts: Buffer[] = []
  let size = 0
  let skipped = -1

  function* end(): Generator<InputLine> {
    const line = counter.line
    if (skipped >= 0) yield {line, oversized: skipped}
    else if (size > 0) {
      let bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size)
      if (bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1)
      if (bytes.length > 0) yield {line, bytes}
    }

    parts = []
    size = 0
    skipped = -1
    counter.line++
  }

  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    let start = 0
    while (start < buffer.length) {
      const newline = buffer.indexOf(0x0a, start)
      const stop = newline === -1 ? buffer.length : newline
      if (skipped >= 0) skipped += stop - start
      else if (size + stop - start > maxLineBytes) {
        skipped = size + stop - start
        parts = []
        size = 0
      } else if (stop > start) {
        parts.push(buffer.subarray(start, stop))
        size += stop - start
      }

      if (newline === -1) break
      yield* end()
      start = newline + 1
    }
  }

  if (size > 0 || skipped >= 0) yield* end()
}
