import type {VFile} from 'vfile'

export interface JsonReporterOptions {
  /** Leave out files without messages. */
  quiet?: boolean | null | undefined
  /** Report only fatal messages (and files with them). */
  silent?: boolean | null | undefined
}

/**
 * Report files as JSON in the shape of `vfile-reporter-json` (an array of
 * `{path, cwd, history, messages}`, each message with `place` offsets),
 * plus each message's `category`, which `vfile-reporter-json` leaves out.
 */
export function reporterJson(files: VFile[], options: JsonReporterOptions = {}): string {
  const result = []
  for (const file of files) {
    const messages = file.messages
      .filter((message) => !options.silent || message.fatal)
      .map((message) => ({
        column: message.column,
        fatal: message.fatal,
        line: message.line,
        place: message.place,
        reason: message.reason,
        ruleId: message.ruleId,
        source: message.source,
        category: message.category,
        actual: message.actual,
        expected: message.expected,
        note: message.note,
        url: message.url
      }))
    if (messages.length > 0 || (!options.quiet && !options.silent)) {
      result.push({path: file.path, cwd: file.cwd, history: file.history, messages})
    }
  }

  return JSON.stringify(result)
}
