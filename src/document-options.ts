import type {VFile} from 'vfile'
import type {MtlintOptions} from './preset.js'

/**
 * The mtlint options for one document open in an editor.
 *
 * The language server calls this before each lint of a document, so this is
 * the one place where per-document configuration (a file found upward from
 * `file.path`) comes in. For now every document gets the defaults: language
 * detected per document, every rule on as a warning.
 */
export async function documentOptions(file: VFile): Promise<MtlintOptions> {
  void file
  return {}
}
