import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import type {MtlintOptions} from './preset.js'
import {mtlintText, mtlintTextParse} from './text-linter.js'

/**
 * A unified processor that lints plain text with mtlint, chunk by chunk.
 * To work on the nlcst tree, use `retext().use(mtlint)` instead.
 */
export function createProcessor(options?: MtlintOptions) {
  return unified().use(mtlintTextParse).use(retextStringify).use(mtlintText, options)
}
