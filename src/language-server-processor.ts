import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor} from 'unified'
import type {VFile} from 'vfile'
import {clearConfigCache} from './config/load.js'
import {mtlintConfigured} from './configured.js'
import {mtlintTextParse} from './text-linter.js'

/**
 * unified plugin: make the errors `mtlintConfigured` held back fatal, as
 * `mtlintSettle` does, but for one kind. A text whose language cannot be
 * detected or is not supported fails on the command line; in an editor that
 * is every text while its first sentence is typed, so there the message is
 * information, not an error.
 */
const settleForEditor: Plugin<[], Root> = function () {
  return (_: Root, file: VFile) => {
    for (const message of file.data.mtlintErrors ?? []) message.fatal = message.ruleId === 'language' ? undefined : true
  }
}

/**
 * unified plugin: read configuration files afresh for each check. An
 * editor session outlives edits to `.mtlintrc`; finding and reading it
 * again costs far less than linting, and rules are still attached once per
 * distinct configuration.
 */
const freshConfiguration: Plugin<[], Root> = function () {
  return () => clearConfigCache()
}

/**
 * unified plugin: compile to the text as it is. mtlint only reports, and
 * the language server offers to format documents with the processor: the
 * document must come back unchanged.
 */
const unchangedText: Plugin<[], Root, string> = function (this: Processor) {
  const self = this as unknown as Processor<undefined, undefined, undefined, Root, string>
  self.compiler = (_, file) => String(file)
}

/**
 * The processor of `mtlint-language-server`: each document linted by its
 * syntax (plain text, Markdown, HTML) with the configuration that applies
 * to its path (`.mtlintrc*` or `package.json` from its directory up, as on
 * the command line), suppression comments honoured; the same text out.
 */
export const languageServerProcessor = unified().use(mtlintTextParse).use(unchangedText).use(freshConfiguration).use(mtlintConfigured).use(settleForEditor).freeze()
