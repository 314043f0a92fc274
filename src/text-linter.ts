import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Point} from 'unist'
import {splitChunks, type Chunk} from './chunks.js'
import {assertText} from './input.js'
import {textContext} from './document.js'
import {createRuleRunner, type MtlintOptions, type RuleRunner} from './preset.js'
import {resolveLanguage} from './resolve-language.js'

/**
 * unified plugin: read plain text, refusing binary data. The tree it
 * returns is empty: `mtlintText` parses the text itself, chunk by chunk.
 */
export const mtlintTextParse: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (value, file) => {
    assertText(value, file)
    return {type: 'RootNode', children: []}
  }
}

/**
 * unified plugin: lint a plain-text file with every mtlint rule, in bounded
 * chunks.
 *
 * The language is resolved once on the whole text; each chunk (most
 * documents are one) is cut into segments (`textContext`: no nlcst tree is
 * built, rules read segments and words), linted and dropped, and its
 * messages are moved into the file at their places in it. Memory stays bounded whatever
 * the size of the document.
 */
export const mtlintText: Plugin<[(MtlintOptions | null | undefined)?], Root> = function (this: Processor, options) {
  const runner = createRuleRunner(this, options)
  return (_: Root, file: VFile) => lintText(file, runner)
}

/** Lint a plain-text file with configured rules, chunk by chunk, moving each chunk's messages into the file. */
export async function lintText(file: VFile, runner: RuleRunner): Promise<void> {
  const language = resolveLanguage(file, runner.language)
  if (!language) return
  const value = String(file)
  const place = location(file)
  const chunks = splitChunks(value)

  for (const [index, chunk] of chunks.entries()) {
    const part = new VFile({value: value.slice(chunk.start, chunk.end), path: file.path, cwd: file.cwd})
    part.data.mtlint = {language, part: {first: index === 0, last: index === chunks.length - 1}}
    const tree: Root = {type: 'RootNode', children: []}
    textContext(tree, part, language, part.data.mtlint.part)
    await runner.run(tree, part)
    for (const message of part.messages) file.messages.push(moved(message, chunk, place))
  }
}

function moved<Message extends VFile['messages'][number]>(message: Message, chunk: Chunk, place: ReturnType<typeof location>): Message {
  if (chunk.start === 0) return message
  const point = (at: Point): Point => {
    const offset = (at.offset ?? 0) + chunk.start
    const found = place.toPoint(offset)
    return {line: found?.line ?? at.line, column: found?.column ?? at.column, offset}
  }

  if (message.place && 'start' in message.place) {
    message.place = {start: point(message.place.start), end: point(message.place.end)}
    message.line = message.place.start.line
    message.column = message.place.start.column
  }

  return message
}
