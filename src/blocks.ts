/**
 * A piece of a document that is parsed on its own.
 *
 * parse-latin is super-linear in the size of what it parses (its
 * `mergeInnerWordSymbol` splices one array per elision), so documents are
 * cut into lines, and lines longer than `maxBlock` into pieces ending at a
 * sentence boundary, else at white space, else anywhere.
 */
export interface Block {
  /** Offset of the first character in the document. */
  start: number
  /** Offset after the last character. */
  end: number
  /** 1-based line of the block (a block never spans lines). */
  line: number
  /** 1-based column of the first character. */
  column: number
}

export const maxBlock = 2000

const lineBreak = /\r\n|\n|\r/g
const sentenceEnd = /[.!?…]["'»”’)\]]*\s+/g
const whiteSpace = /\s+/g

export function splitBlocks(value: string): Block[] {
  const blocks: Block[] = []
  let line = 1
  let lineStart = 0

  lineBreak.lastIndex = 0
  while (lineStart <= value.length) {
    const match = lineBreak.exec(value)
    const lineEnd = match ? match.index : value.length
    splitLine(value, lineStart, lineEnd, line, blocks)
    if (!match) break
    lineStart = match.index + match[0].length
    line++
  }

  return blocks
}

function splitLine(value: string, start: number, end: number, line: number, blocks: Block[]) {
  let from = start

  while (from < end) {
    let to = end
    if (to - from > maxBlock) to = cutPoint(value, from, from + maxBlock)
    if (/\S/.test(value.slice(from, to))) {
      blocks.push({start: from, end: to, line, column: from - start + 1})
    }
    from = to
  }
}

/** The last good place to cut in `value[from, limit)`, never splitting a surrogate pair. */
function cutPoint(value: string, from: number, limit: number): number {
  const window = value.slice(from, limit)
  const floor = Math.floor(maxBlock / 2)
  const best = lastMatchEnd(sentenceEnd, window, floor) ?? lastMatchEnd(whiteSpace, window, floor)
  let cut = best === undefined ? limit : from + best
  const code = value.charCodeAt(cut - 1)
  if (code >= 0xd8_00 && code <= 0xdb_ff) cut--
  return cut
}

function lastMatchEnd(expression: RegExp, window: string, floor: number): number | undefined {
  let last: number | undefined
  expression.lastIndex = floor
  let match: RegExpExecArray | null
  while ((match = expression.exec(window))) {
    last = match.index + match[0].length
  }

  return last
}
