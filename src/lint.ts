import {unified} from 'unified'
import {VFile} from 'vfile'
import {toDiagnostic, type Diagnostic} from './diagnostic.js'
import {assertText} from './input.js'
import {createRuleRunner, type MtlintOptions} from './preset.js'
import {sourceKind, type SourceKind} from './sources/kind.js'
import {lintSource} from './sources/lint-source.js'

export interface LintOptions extends MtlintOptions {
  /** A path for the text, used in messages, and for its syntax when `syntax` is not given (`.md`, `.html`). */
  path?: string
  /** How to read the text: `markdown`, `html` or `text` (default: from the extension of `path`, else `text`). */
  syntax?: SourceKind
}

/**
 * Lint a text and resolve to plain diagnostics, sorted by position.
 *
 * Rejects with a clear error for input mtlint cannot lint: a value that is
 * not a string, binary data, an unsupported language, bad options.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<Diagnostic[]> {
  if (typeof text !== 'string') throw new TypeError('lint(text): expected `text` to be a string, not `' + typeof text + '`')
  const {path, syntax, ...settings} = options
  if (syntax !== undefined && !['markdown', 'html', 'text'].includes(syntax)) {
    throw new Error('Unknown syntax `' + String(syntax) + '`: expected `markdown`, `html` or `text`')
  }

  // A processor only to carry the `services` option to the rules.
  const runner = createRuleRunner(unified(), settings)
  const file = new VFile({value: text, path})
  assertText(text, file)
  await lintSource(file, runner, syntax ?? sourceKind(path))
  return file.messages
    .map((message) => toDiagnostic(message, text))
    .sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset)
}
