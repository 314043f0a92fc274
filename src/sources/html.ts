import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {ParseLatin} from 'parse-latin'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {unified} from 'unified'
import type {VFile} from 'vfile'
import type {RuleRunner} from '../preset.js'
import {resolveLanguage} from '../resolve-language.js'
import {controlHtml} from '../suppressions/control.js'

/**
 * HTML to nlcst with positions into the HTML file: the text of the
 * document; `script`, `style`, `svg`, `math` and `del` are left out, and
 * `code` (with `pre > code`) becomes source, as hast-util-to-nlcst does.
 */
const html = unified().use(rehypeParse).use(rehypeRetext, ParseLatin).freeze()

/** Lint an HTML file: its prose, with `<!-- mtlint-disable … -->` markers honoured. */
export async function lintHtml(file: VFile, runner: RuleRunner): Promise<void> {
  const hast = html.parse(file)
  const tree = (await html.run(hast, file)) as unknown as Root
  file.data.mtlint = {...file.data.mtlint, markup: true}
  if (!resolveLanguage(file, runner.language, toString(tree))) return
  await runner.run(tree, file)
  controlHtml(hast, file)
}
