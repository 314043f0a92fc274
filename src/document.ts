import type {Nodes, Paragraph, Root} from 'nlcst'
import type {Point} from 'unist'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {splitBlocks} from './blocks.js'
import {isParseLatinSpace} from './white-space.js'
import {baseLanguage, type BaseLanguage, type LanguageTag} from './language.js'

/**
 * The prose of one paragraph as a string, with a way back to file offsets.
 *
 * Rules match patterns against `text`; `offset()` turns an index in `text`
 * into an offset in the file, whatever markup sat between the words.
 */
export interface Segment {
  /** Index among the document's segments. */
  index: number
  /** The paragraph, when the segment comes from an nlcst tree (absent for plain text, which is not parsed into one). */
  node?: Paragraph
  /** The paragraph's leaves, concatenated. */
  text: string
  /** File offset of `text[0]`. */
  start: number
  /** File offset after the last character. */
  end: number
  /** Whether the segment is all of its line (nothing but white space beside it). */
  wholeLine: boolean
  /** File offset of `text[index]` (or of the end, for `index === text.length`). */
  offset(index: number): number
}

export interface DocumentContext {
  language: LanguageTag
  base: BaseLanguage
  /** The file's text. */
  value: string
  segments: Segment[]
  /** Line, column and offset of a file offset. */
  point(offset: number): Point
  /** Whether this text holds the start and the end of the document (false in middle chunks of a huge one). */
  part: {first: boolean; last: boolean}
}

const cache = new WeakMap<Root, DocumentContext>()

/** The context of a document, built once per tree and shared by every rule. */
export function documentContext(tree: Root, file: VFile, language: LanguageTag, part = {first: true, last: true}): DocumentContext {
  let context = cache.get(tree)
  if (!context || context.language !== language) {
    context = build(tree, file, language, part)
    cache.set(tree, context)
  }

  return context
}

/**
 * The context of a plain-text document, built from its lines without an
 * nlcst tree: each line (or bounded piece of a long line) without its
 * surrounding white space is a segment, exactly the paragraph's text that
 * `parseDocument` would give. Rules read segments and words, never the tree,
 * so plain text skips parse-latin, which would cost as much as every rule
 * together. The context is cached on `tree`, which the rules then receive.
 */
export function textContext(tree: Root, file: VFile, language: LanguageTag, part = {first: true, last: true}): DocumentContext {
  const value = String(file)
  const segments: Segment[] = []
  for (const block of splitBlocks(value)) {
    let start = block.start
    let end = block.end
    while (start < end && isParseLatinSpace(value.charCodeAt(start))) start++
    while (end > start && isParseLatinSpace(value.charCodeAt(end - 1))) end--
    if (start === end) continue
    segments.push({
      index: segments.length,
      text: value.slice(start, end),
      start,
      end,
      wholeLine: isLineStart(value, start) && isLineEnd(value, end),
      offset: (position) => start + position
    })
  }

  const context = withSegments(file, value, language, part, segments)
  cache.set(tree, context)
  return context
}

function build(tree: Root, file: VFile, language: LanguageTag, part: DocumentContext['part']): DocumentContext {
  const value = String(file)
  const segments: Segment[] = []

  for (const child of tree.children) {
    if (child.type === 'ParagraphNode') {
      const segment = toSegment(child, segments.length, value)
      if (segment) segments.push(segment)
    }
  }

  if (file.data.mtlint?.markup) markWholeLines(segments, location(file))
  return withSegments(file, value, language, part, segments)
}

function withSegments(file: VFile, value: string, language: LanguageTag, part: DocumentContext['part'], segments: Segment[]): DocumentContext {
  const place = location(file)
  return {
    language,
    base: baseLanguage(language),
    value,
    segments,
    part,
    point(offset) {
      const point = place.toPoint(Math.min(Math.max(offset, 0), value.length))
      return {line: point?.line ?? 1, column: point?.column ?? 1, offset}
    }
  }
}

/** A run of `text` that maps one-to-one onto the file. */
interface Run {
  index: number
  offset: number
}

function toSegment(node: Paragraph, index: number, value: string): Segment | undefined {
  const runs: Run[] = []
  let text = ''
  let previousEnd: number | undefined
  let afterSource = false

  for (const leaf of leaves(node)) {
    const offset = leaf.position?.start.offset
    if (offset === undefined) return undefined
    if (leaf.type === 'SourceNode') {
      // Code inside prose (Markdown's `inline code`, HTML's <code>): one placeholder, so rules read around it, not into it.
      runs.push({index: text.length, offset})
      text += sourcePlaceholder
      previousEnd = leaf.position?.end?.offset ?? offset
      afterSource = true
      continue
    }

    if (afterSource || offset !== previousEnd) runs.push({index: text.length, offset})
    afterSource = false
    text += leaf.value
    previousEnd = offset + leaf.value.length
  }

  const first = runs[0]
  if (!first || previousEnd === undefined) return undefined
  const start = first.offset
  const end = previousEnd

  return {
    index,
    node,
    text,
    start,
    end,
    wholeLine: isLineStart(value, start) && isLineEnd(value, end),
    offset:
      runs.length === 1
        ? (position) => start + position
        : (position) => {
            const run = runAt(runs, position)
            return run.offset + position - run.index
          }
  }
}

/**
 * In Markdown and HTML a paragraph sits among markup (`# Titre`, `<li>Accueil</li>`):
 * it is a whole line when no other paragraph shares its lines.
 */
function markWholeLines(segments: Segment[], place: ReturnType<typeof location>) {
  const lines = segments.map((segment) => [place.toPoint(segment.start)?.line ?? 0, place.toPoint(segment.end)?.line ?? 0] as const)
  for (const [index, segment] of segments.entries()) {
    const [first, last] = lines[index]!
    segment.wholeLine = (index === 0 || lines[index - 1]![1] < first) && (index === segments.length - 1 || lines[index + 1]![0] > last)
  }
}

function runAt(runs: Run[], position: number): Run {
  let low = 0
  let high = runs.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (runs[middle]!.index <= position) low = middle
    else high = middle - 1
  }

  return runs[low]!
}

type Leaf = {type: string; value: string; position?: {start: Point; end?: Point}}

/** What a segment's text holds in place of a source node (code): U+FFFC OBJECT REPLACEMENT CHARACTER. */
export const sourcePlaceholder = '\uFFFC'

function leaves(node: Nodes, result: Leaf[] = []): Leaf[] {
  if ('children' in node) {
    for (const child of node.children) leaves(child, result)
  } else {
    result.push(node)
  }

  return result
}

function isLineStart(value: string, offset: number): boolean {
  for (let index = offset - 1; index >= 0; index--) {
    const character = value[index]
    if (character === '\n' || character === '\r') return true
    if (character !== ' ' && character !== '\t') return false
  }

  return true
}

function isLineEnd(value: string, offset: number): boolean {
  for (let index = offset; index < value.length; index++) {
    const character = value[index]
    if (character === '\n' || character === '\r') return true
    if (character !== ' ' && character !== '\t') return false
  }

  return true
}
