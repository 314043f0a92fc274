import {resolve} from 'node:path'
import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {ConfigError} from './config/error.js'
import {configFor} from './config/load.js'
import type {ConfigOverrides} from './config/merge.js'
import {createRuleRunner, type RuleRunner} from './preset.js'
import {fixSource} from './fix/fix-source.js'
import {writeFileAtomic} from './fix/write.js'
import {lintSource} from './sources/lint-source.js'

export interface ConfiguredOptions {
  /** Settings that win over configuration files (the command line's flags). */
  overrides?: ConfigOverrides
  /**
   * Fix what has one replacement: `'write'` writes each fixed file in place
   * (atomically; unchanged files are not written), `'data'` leaves the fixed
   * text in `file.data.mtlintFixed` (for stdin). The messages reported are
   * those of the fixed text.
   */
  fix?: 'write' | 'data'
}

declare module 'vfile' {
  interface DataMap {
    /** Error messages held back as non-fatal until `mtlintSettle` (see there). */
    mtlintErrors: VFileMessage[]
    /** The fixed text, with `fix: 'data'`. */
    mtlintFixed: string
  }
}

/**
 * unified plugin (Node): lint each file, by its syntax (Markdown, HTML,
 * plain text), with the configuration that applies to it (`.mtlintrc*` or
 * `package.json` from the file's directory up) and `overrides` on top. One
 * set of rules is attached per distinct resolved configuration. An invalid
 * configuration fails the file with a message naming the configuration file
 * and the key.
 *
 * Use `mtlintSettle` after it.
 */
export const mtlintConfigured: Plugin<[(ConfiguredOptions | null | undefined)?], Root> = function (this: Processor, options) {
  const runners = new Map<string, RuleRunner>()
  const runnerFor = async (path: string) => {
    const settings = await configFor(path, options?.overrides)
    const key = JSON.stringify(settings)
    let runner = runners.get(key)
    if (!runner) {
      runner = createRuleRunner(this, settings)
      runners.set(key, runner)
    }

    return runner
  }

  return async (_: Root, file: VFile) => {
    // Linted into a scratch file, whose messages join the file at the end (see `mtlintSettle`).
    let scratch = new VFile({value: String(file), path: file.path, cwd: file.cwd})
    try {
      const runner = await runnerFor(resolve(file.cwd, file.path ?? 'stdin'))
      await lintSource(scratch, runner)
      if (options?.fix) scratch = await fixed(scratch, runner, file, options.fix)
    } catch (error) {
      if (error instanceof ConfigError) {
        scratch.message(error.message, {ruleId: 'config', source: 'mtlint'}).fatal = true
      } else if (!scratch.messages.includes(error as VFileMessage)) {
        throw error
      }
    }

    const errors: VFileMessage[] = []
    for (const message of scratch.messages) {
      if (message.fatal) {
        message.fatal = false
        errors.push(message)
      }
    }

    file.messages.push(...scratch.messages)
    file.data.mtlintErrors = errors
  }
}

/** Fix a linted file, write it or keep the text, and return a file with the messages of the fixed text. */
async function fixed(linted: VFile, runner: RuleRunner, file: VFile, mode: 'write' | 'data'): Promise<VFile> {
  const result = await fixSource(linted, runner)
  const next = new VFile({value: result.value, path: file.path, cwd: file.cwd})
  next.messages = result.messages
  if (mode === 'data') {
    file.data.mtlintFixed = result.value
  } else if (result.fixed > 0 && result.value !== String(linted) && file.path) {
    try {
      await writeFileAtomic(resolve(file.cwd, file.path), result.value)
    } catch (error) {
      next.message('Cannot write the fixes: ' + (error as Error).message, {ruleId: 'fix', source: 'mtlint'}).fatal = true
    }
  }

  return next
}

/**
 * unified plugin: make the errors `mtlintConfigured` held back fatal again.
 *
 * unified-engine takes a file that holds a fatal message for one that is
 * done, and flushes the files it has without it; if that file then reaches
 * the queue, the engine waits for the others forever (Node exits with code
 * 13). So errors stay non-fatal while linting runs asynchronously, and
 * become fatal in this synchronous step, right before the queue.
 */
export const mtlintSettle: Plugin<[], Root> = function () {
  return (_: Root, file: VFile) => {
    for (const message of file.data.mtlintErrors ?? []) message.fatal = true
  }
}
