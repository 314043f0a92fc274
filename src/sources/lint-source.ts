import type {VFile} from 'vfile'
import type {RuleRunner} from '../preset.js'
import {controlText} from '../suppressions/control.js'
import {lintText} from '../text-linter.js'
import {lintHtml} from './html.js'
import {sourceKind, type SourceKind} from './kind.js'
import {lintMarkdown} from './markdown.js'

/**
 * Lint a file as what it holds: Markdown and HTML through their syntax
 * trees (only prose is linted, positions point into the file), anything
 * else as plain text, in chunks. `kind` defaults to the one of the file's
 * extension. Suppression markers are honoured in all three.
 */
export async function lintSource(file: VFile, runner: RuleRunner, kind: SourceKind = sourceKind(file.path)): Promise<void> {
  if (kind === 'markdown') return lintMarkdown(file, runner)
  if (kind === 'html') return lintHtml(file, runner)
  await lintText(file, runner)
  controlText(file)
}
