import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {mtlintParse} from './parse.js'
import {mtlint, type MtlintOptions} from './preset.js'

/** A unified processor that parses prose block by block and runs mtlint. */
export function createProcessor(options?: MtlintOptions) {
  return unified().use(mtlintParse).use(retextStringify).use(mtlint, options)
}
