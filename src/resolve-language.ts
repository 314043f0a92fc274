import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {documentContext, type DocumentContext} from './document.js'
import {detectLanguage, parseLanguage, type LanguageTag} from './language.js'

/** What mtlint keeps on a file while linting it. */
export interface MtlintData {
  /** The document's language, once resolved. */
  language?: LanguageTag
  /** Set when the file holds no words, so there is nothing to lint. */
  empty?: boolean
  /** Set when the file is one chunk of a larger document: whether it is the first and the last. */
  part?: {first: boolean; last: boolean}
  /** Set when the file is Markdown or HTML: its paragraphs sit among markup, not alone on lines. */
  markup?: boolean
}

declare module 'vfile' {
  interface DataMap {
    mtlint: MtlintData
  }
}

/**
 * The language of a file: the requested one, else the one detected in it
 * (in `prose`, when given: the text of a Markdown or HTML file without its
 * code and markup).
 *
 * Resolved once per file and kept in `file.data.mtlint`. A file without
 * words gets an informational message and no language; a file whose
 * language cannot be detected, or is not supported, fails with a message
 * that says how to set it.
 */
export function resolveLanguage(file: VFile, requested?: LanguageTag, prose?: string): LanguageTag | undefined {
  const data = (file.data.mtlint ??= {})
  if (data.language || data.empty) return data.language
  // The prose of a Markdown or HTML file, without its code and markup, when the caller has it.
  const value = prose ?? String(file)

  if (!/\p{L}/u.test(value)) {
    data.empty = true
    file.info(String(file).length === 0 ? 'Empty file, nothing to lint' : 'No words in this file, nothing to lint', {
      ruleId: 'empty',
      source: 'mtlint'
    })
    return undefined
  }

  if (requested) {
    data.language = requested
    return requested
  }

  const detection = detectLanguage(value)
  if (!detection.ok) file.fail(detection.reason, {ruleId: 'language', source: 'mtlint'})
  data.language = detection.language
  return detection.language
}

/**
 * unified plugin: set (or detect) the language of each file.
 *
 * The `mtlint` preset does this itself; use this plugin before rules that
 * are used one by one.
 */
export function mtlintLanguage(options?: {lang?: string} | null) {
  const requested = options?.lang === undefined ? undefined : parseLanguage(options.lang)
  return function (_: Root, file: VFile) {
    resolveLanguage(file, requested)
  }
}

/** The document context of a file whose language is resolved (rules call this). */
export function contextOf(tree: Root, file: VFile): DocumentContext {
  const language = file.data.mtlint?.language
  if (!language) throw new Error('mtlint: the language of `' + (file.path ?? 'the file') + '` is not resolved')
  return documentContext(tree, file, language, file.data.mtlint?.part)
}
