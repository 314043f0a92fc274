import type {Root} from 'nlcst'
import {unified, type Plugin, type Processor, type Transformer} from 'unified'
import type {VFile} from 'vfile'
import {documentOptions} from './document-options.js'
import {mtlintText, mtlintTextParse} from './text-linter.js'

/**
 * unified plugin: lint each file with the options `documentOptions` gives
 * for it, so every document can have its own configuration.
 */
const mtlintPerDocument: Plugin<[], Root> = function (this: Processor) {
  const processor = this
  return async function (tree: Root, file: VFile) {
    const transform = mtlintText.call(processor, await documentOptions(file)) as Transformer<Root>
    await transform(tree, file, () => {})
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
