import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import {parseLanguage, type LanguageTag} from './language.js'
import {getRule, ruleIds, rules} from './registry.js'
import {resolveLanguage} from './resolve-language.js'
import {rulePlugin, type RuleConfig} from './rule.js'
import type {Services} from './services.js'

export interface MtlintOptions {
  /** Language of the documents (`fr`, `pt`, `pt-BR`, `pt-PT`); detected per document when absent. */
  lang?: string
  /** Per-rule configuration by id: a severity (`'off'`, `'warn'`, `'error'`), options, or `[severity, options]`. */
  rules?: Record<string, RuleConfig>
  /** Where rules get their data (lexicons, entities, packs); by default read from disk in Node, fetched by URL in a browser bundle. */
  services?: Services
}

const optionKeys = ['lang', 'rules', 'services']

/** The configured rules, ready to run on a parsed document. */
export interface RuleRunner {
  /** The language from the options, if one was given. */
  language: LanguageTag | undefined
  /** Resolve the file's language, then run every enabled rule on the tree. */
  run(tree: Root, file: VFile): Promise<void>
}

/** Validate mtlint options and attach every enabled rule once. */
export function createRuleRunner(processor: Processor | undefined, options: MtlintOptions | null | undefined): RuleRunner {
  const settings = validatePresetOptions(options ?? {})
  if (options?.services && processor) processor.data('mtlintServices', options.services)
  const transformers: Array<(tree: Root, file: VFile) => Promise<void>> = []
  for (const rule of rules) {
    const transformer = rulePlugin(rule).call(processor as Processor, settings.rules[rule.meta.id])
    if (transformer) transformers.push(transformer as (tree: Root, file: VFile) => Promise<void>)
  }

  return {
    language: settings.lang,
    async run(tree, file) {
      resolveLanguage(file, settings.lang)
      for (const transformer of transformers) await transformer(tree, file)
    }
  }
}

/**
 * unified preset: every mtlint rule, with the document language resolved
 * once per file before they run.
 *
 * ```js
 * retext().use(mtlint, {lang: 'fr', rules: {typography: 'off'}})
 * ```
 */
export const mtlint: Plugin<[(MtlintOptions | null | undefined)?], Root> = function (this: Processor, options) {
  const runner = createRuleRunner(this, options)
  return (tree: Root, file: VFile) => runner.run(tree, file)
}

function validatePresetOptions(options: MtlintOptions): {lang?: LanguageTag; rules: Record<string, RuleConfig>} {
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new Error('Invalid mtlint options: expected an object with `lang` and `rules`')
  }

  for (const key of Object.keys(options)) {
    if (!optionKeys.includes(key)) throw new Error('Unknown mtlint option `' + key + '`; expected `lang`, `rules` or `services`')
  }

  const configs = options.rules ?? {}
  if (typeof configs !== 'object' || Array.isArray(configs)) throw new Error('Invalid `rules`: expected an object keyed by rule id')
  for (const id of Object.keys(configs)) {
    if (!getRule(id)) throw new Error('Unknown rule `' + id + '` in `rules`; mtlint has ' + ruleIds.map((name) => '`' + name + '`').join(', '))
  }

  return options.lang === undefined ? {rules: configs} : {lang: parseLanguage(options.lang), rules: configs}
}
