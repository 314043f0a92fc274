import {VFile} from 'vfile'
import {toDiagnostic} from '../diagnostic.js'
import type {LanguageTag} from '../language.js'
import type {MtlintOptions} from '../preset.js'
import {createProcessor} from '../processor.js'
import type {DocumentTask, OutputRecord} from './records.js'
import {countWords, documentScore, emptyCounts} from './score.js'

export interface DocumentLinterOptions {
  /** Language of documents whose line gives none; detected per document when absent. */
  lang?: LanguageTag | undefined
  /** Per-rule configuration, as in `lint()`. */
  rules?: MtlintOptions['rules']
  /** Put the diagnostics in each record. */
  diagnostics?: boolean | undefined
}

/**
 * Make the function that lints one document and scores it. Processors
 * (and with them the rules and their data: lexicons, entities, phrase
 * packs) are made once per language and reused for every document, which
 * is what `lint()` does not do: a worker calls this once.
 *
 * It never throws: a document that cannot be linted (binary data, a
 * language mtlint does not lint) gets an error record.
 */
export function createDocumentLinter(options: DocumentLinterOptions = {}): (task: DocumentTask) => Promise<OutputRecord> {
  const processors = new Map<string, ReturnType<typeof createProcessor>>()

  function processorFor(lang: LanguageTag | undefined) {
    const key = lang ?? ''
    let processor = processors.get(key)
    if (!processor) {
      processor = createProcessor({...(lang ? {lang} : {}), ...(options.rules ? {rules: options.rules} : {})})
      processors.set(key, processor)
    }

    return processor
  }

  return async function lintDocument(task) {
    const {id, line, text} = task
    try {
      const processor = processorFor(task.lang ?? options.lang)
      const file = new VFile({value: text})
      await processor.run(processor.parse(file), file)
      const counts = emptyCounts()
      for (const message of file.messages) if (message.category) counts[message.category]++
      const words = countWords(text)
      return {
        id,
        line,
        lang: file.data.mtlint?.language ?? null,
        words,
        counts,
        score: documentScore(counts, words),
        ...(options.diagnostics
          ? {diagnostics: file.messages.filter((message) => message.category).map((message) => toDiagnostic(message, text)).sort((a, b) => a.start.offset - b.start.offset || a.end.offset - b.end.offset)}
          : {})
      }
    } catch (error) {
      return {id, line, error: error instanceof Error ? error.message : String(error)}
    }
  }
}
