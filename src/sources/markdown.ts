import {ParseLatin} from 'parse-latin'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkRetext from 'remark-retext'
import {unified} from 'unified'
import {controlMarkdown} from '../suppressions/control.js'
import {markupLinter} from './markup.js'

/**
 * Markdown (with GitHub's extensions: tables, task lists, footnotes,
 * strikethrough, autolinks) to nlcst with positions into the Markdown file.
 * Only text is prose: code blocks, HTML, front matter (YAML, TOML), link
 * targets and tables (mdast-util-to-nlcst leaves them out) produce no
 * words; inline code becomes a source node.
 */
const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkRetext, ParseLatin).freeze()

/** Lint a Markdown file: its prose, with `<!-- mtlint-disable … -->` markers honoured. */
export const lintMarkdown = markupLinter(markdown, controlMarkdown)
