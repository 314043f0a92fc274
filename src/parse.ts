import type {Paragraph, Root, RootContent, Sentence, WhiteSpace} from 'nlcst'
import type {Point} from 'unist'
import type {Plugin, Processor} from 'unified'
import type {} from 'retext-latin'
import type {VFile} from 'vfile'
import {ParseLatin} from 'parse-latin'
import {splitBlocks, type Block} from './blocks.js'
import {assertText} from './input.js'

/**
 * unified plugin: parse Latin-script prose block by block.
 *
 * The same tokens as `retext-latin`, at the same positions, but parsing
 * cost is linear in the size of the document: each block (a line, or a
 * bounded piece of a long line) is parsed on its own and its positions
 * shifted into the document. Every line is a paragraph of its own (a
 * heading stays apart from the text under it, where retext-latin joins a
 * line without final punctuation to the next). Binary input is refused with
 * a clear error.
 */
export const mtlintParse: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (value, file) => parseDocument(value, file, extensionsOf(self))
}

/** Extensions that retext plugins (retext-emoji, retext-syntax-urls…) register for parse-latin, honoured as retext-latin does. */
export interface ParseExtensions {
  paragraph?: Array<(node: Paragraph) => void>
  root?: Array<(node: Root) => void>
  sentence?: Array<(node: Sentence) => void>
}

function extensionsOf(processor: Processor<Root>): ParseExtensions {
  return {
    paragraph: processor.data('nlcstParagraphExtensions'),
    root: processor.data('nlcstRootExtensions'),
    sentence: processor.data('nlcstSentenceExtensions')
  }
}

function createParser(extensions: ParseExtensions): ParseLatin {
  const parser = new ParseLatin()
  if (extensions.paragraph) parser.tokenizeParagraphPlugins.unshift(...extensions.paragraph)
  if (extensions.root) parser.tokenizeRootPlugins.unshift(...extensions.root)
  if (extensions.sentence) parser.tokenizeSentencePlugins.unshift(...extensions.sentence)
  return parser
}

export function parseDocument(value: string, file?: VFile, extensions: ParseExtensions = {}): Root {
  if (file) assertText(value, file)
  const parser = createParser(extensions)
  const children: RootContent[] = []
  let previous = 0
  let previousPoint: Point = {line: 1, column: 1, offset: 0}

  for (const block of splitBlocks(value)) {
    if (block.start > previous) {
      children.push(whiteSpace(value, previous, block.start, previousPoint, blockPoint(block)))
    }

    for (const node of parser.parse(value.slice(block.start, block.end)).children) {
      shift(node, block)
      children.push(node)
    }

    previous = block.end
    previousPoint = {line: block.line, column: block.column + block.end - block.start, offset: block.end}
  }

  if (value.length > previous) {
    children.push(whiteSpace(value, previous, value.length, previousPoint, endPoint(value, previousPoint, previous)))
  }

  return {
    type: 'RootNode',
    children,
    position: {start: {line: 1, column: 1, offset: 0}, end: endPoint(value, {line: 1, column: 1, offset: 0}, 0)}
  }
}

function blockPoint(block: Block): Point {
  return {line: block.line, column: block.column, offset: block.start}
}

function whiteSpace(value: string, start: number, end: number, from: Point, to: Point): WhiteSpace {
  return {type: 'WhiteSpaceNode', value: value.slice(start, end), position: {start: from, end: to}}
}

/** The point after `value[from…]`, starting at `point`. */
function endPoint(value: string, point: Point, from: number): Point {
  let {line, column} = point
  for (let index = from; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13 || (code === 10 && value.charCodeAt(index - 1) !== 13)) {
      line++
      column = 1
    } else if (code !== 10) {
      column++
    }
  }

  return {line, column, offset: value.length}
}

interface Positioned {
  position?: {start: Point; end: Point}
  children?: Positioned[]
}

/**
 * Move a node parsed on its own into its block's place in the document.
 *
 * Leaves own their points, which are moved in place; parents share points
 * with their children (parse-latin's patchPosition), so each parent gets a
 * position spanning its first and last child. This allocates one object per
 * parent instead of three per node, which matters on large inputs.
 */
function shift(node: Positioned, block: Block) {
  const {children, position} = node
  if (children && children.length > 0) {
    for (const child of children) shift(child, block)
    const first = children[0]!.position
    const last = children.at(-1)!.position
    if (first && last) node.position = {start: first.start, end: last.end}
  } else if (position) {
    move(position.start, block)
    if (position.end !== position.start) move(position.end, block)
  }
}

function move(point: Point, block: Block) {
  point.line = block.line
  point.column += block.column - 1
  point.offset = (point.offset ?? 0) + block.start
}
