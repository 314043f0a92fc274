import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor, type Transformer} from 'unified'
import type {VFile} from 'vfile'
import {documentOptions} from './document-options.js'
import {mtlintText, mtlintTextParse} from './text-linter.js'

/**
 * unified plugin: lint each file with the options `documentOptions` gives
 * for it, so every document can have its own configuration.
 *
 * A text whose language cannot be detected or is not supported fails on the
 * command line; in an editor that is every text while its first sentence is
 * typed, so there the message is information, not an error.
 */
const mtlintPerDocument: Plugin<[], Root> = function (this: Processor) {
  const processor = this
  return async function (tree: Root, file: VFile) {
    const transform = mtlintText.call(processor, await documentOptions(file)) as Transformer<Root>
    try {
      await transform(tree, file, () => {})
    } catch (error) {
      const message = file.messages.find((message) => message === error)
      if (message?.ruleId !== 'language') throw error
      message.fatal = undefined
    }
  }
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

/** The processor of `mtlint-language-server`: plain text in, messages and the same text out. */
export const languageServerProcessor = unified().use(mtlintTextParse).use(unchangedText).use(mtlintPerDocument).freeze()
