import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {RuleRunner} from '../preset.js'
import {resolveLanguage} from '../resolve-language.js'

/**
 * A linter for a markup syntax: parse the file with `processor` (markup to
 * nlcst through a retext bridge, positions into the original file), detect
 * the language on the prose alone, run the rules, then honour the
 * `<!-- mtlint-disable … -->` markers of the markup tree with `control`.
 */
export function markupLinter<Tree extends Node>(
  processor: {parse(file: VFile): Tree; run(tree: Tree, file: VFile): Promise<Node>},
  control: (tree: Tree, file: VFile) => void
): (file: VFile, runner: RuleRunner) => Promise<void> {
  return async (file, runner) => {
    const markup = processor.parse(file)
    const tree = (await processor.run(markup, file)) as unknown as Root
    file.data.mtlint = {...file.data.mtlint, markup: true}
    if (!resolveLanguage(file, runner.language, toString(tree))) return
    await runner.run(tree, file)
    control(markup, file)
  }
}
