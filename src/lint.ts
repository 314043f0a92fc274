import {VFile} from 'vfile'
import {toDiagnostic, type Diagnostic} from './diagnostic.js'
import type {MtlintOptions} from './preset.js'
import {createProcessor} from './processor.js'

export interface LintOptions extends MtlintOptions {
  /** A path for the text, used in messages only. */
  path?: string
}

/**
 * Lint a text and resolve to plain diagnostics, sorted by position.
 *
 * Rejects with a clear error for input mtlint cannot lint: a value that is
 * not a string, binary data, an unsupported language, bad options.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<Diagnostic[]> {
  if (typeof text !== 'string') throw new TypeError('lint(text): expected `text` to be a string, not `' + typeof text + '`')
  const {path, ...settings} = options
  const processor = createProcessor(settings)
  const file = new VFile({value: text, path})
  await processor.run(processor.parse(file), file)
  return file.messages
    .map((message) => toDiagnostic(message, text))
    .sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset)
}
