import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {RuleRunner} from '../preset.js'
import type {SourceKind} from '../sources/kind.js'
import {lintSource} from '../sources/lint-source.js'
import {applyEdits, chooseEdits} from './apply.js'

/** Passes after which fixing stops, as ESLint does: fixes that keep making new ones would otherwise never end. */
export const maxPasses = 10

export interface FixResult {
  /** The fixed text (the original when nothing was fixable). */
  value: string
  /** How many replacements were made. */
  fixed: number
  /** The messages of the fixed text: what is left to do. */
  messages: VFileMessage[]
}

/**
 * Fix a linted file: apply the fixable messages' replacements, lint the
 * result again, and repeat until nothing is fixable (at most `maxPasses`),
 * so that fixing the result again changes nothing. Overlapping fixes are
 * resolved by `chooseEdits`; the ones left out are taken in a later pass.
 */
export async function fixSource(linted: VFile, runner: RuleRunner, kind?: SourceKind): Promise<FixResult> {
  let value = String(linted)
  let messages = linted.messages
  let fixed = 0
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = chooseEdits(messages, value)
    if (edits.length === 0) break
    value = applyEdits(value, edits)
    fixed += edits.length
    const next = new VFile({value, path: linted.path, cwd: linted.cwd})
    await lintSource(next, runner, kind)
    messages = next.messages
  }

  return {value, fixed, messages}
}
