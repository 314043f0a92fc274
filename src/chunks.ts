import {splitBlocks} from './blocks.js'

/** Largest piece of a document parsed at once: its nlcst tree takes about 60 MB. */
export const maxChunk = 256 * 1024

export interface Chunk {
  start: number
  end: number
}

/**
 * Cut a document into pieces of at most `size` characters, at line breaks,
 * or at block boundaries inside a longer line, so that each can be parsed
 * and linted on its own. Most documents are one chunk.
 */
export function splitChunks(value: string, size = maxChunk): Chunk[] {
  if (value.length <= size) return [{start: 0, end: value.length}]
  const chunks: Chunk[] = []
  let start = 0
  let end = 0

  for (const block of splitBlocks(value)) {
    if (block.end - start > size && end > start) {
      chunks.push({start, end})
      start = end
    }

    end = lineEnd(value, block.end)
  }

  chunks.push({start, end: value.length})
  return chunks
}

/** The offset after the line break that ends the line at `offset`, or `offset` when the line goes on. */
function lineEnd(value: string, offset: number): number {
  if (value[offset] === '\r') return value[offset + 1] === '\n' ? offset + 2 : offset + 1
  return value[offset] === '\n' ? offset + 1 : offset
}
