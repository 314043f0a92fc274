import {ParseLatin} from 'parse-latin'
import rehypeParse from 'rehype-parse'
import rehypeRetext from 'rehype-retext'
import {unified} from 'unified'
import {controlHtml} from '../suppressions/control.js'
import {markupLinter} from './markup.js'

/**
 * HTML to nlcst with positions into the HTML file: the text of the
 * document; `script`, `style`, `svg`, `math` and `del` are left out, and
 * `code` (with `pre > code`) becomes source, as hast-util-to-nlcst does.
 */
const html = unified().use(rehypeParse).use(rehypeRetext, ParseLatin).freeze()

/** Lint an HTML file: its prose, with `<!-- mtlint-disable … -->` markers honoured. */
export const lintHtml = markupLinter(html, controlHtml)
