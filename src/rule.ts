import type {Root} from 'nlcst'
import type {Plugin, Processor} from 'unified'
import type {VFile} from 'vfile'
import type {Category} from './category.js'
import {defaultServices} from './default-services.js'
import type {BaseLanguage} from './language.js'
import {baseLanguage} from './language.js'
import {resolveLanguage} from './resolve-language.js'
import type {Services} from './services.js'

/** Option values a rule may take: plain data, so configuration files can hold them. */
export type OptionValue = boolean | number | string | readonly string[]
export type RuleOptions = Record<string, OptionValue>

export interface RuleMeta<Options extends RuleOptions = RuleOptions> {
  /** Kebab-case noun naming the artefact, the same in every language. */
  id: string
  category: Category
  languages: readonly BaseLanguage[]
  /** One sentence: what the rule finds. */
  description: string
  defaultOptions: Options
}

/** A transformer over a parsed document; it reports with `file.message` and never sets `ruleId`, `source`, `url` or `fatal`. */
export type RuleTransform = (tree: Root, file: VFile) => void | Promise<void>

export interface Rule<Options extends RuleOptions = RuleOptions> {
  meta: RuleMeta<Options>
  /** Called once per configuration, when the rule is attached, with the services its transformer may use. */
  create(options: Options, services: Services): RuleTransform
}

export type Severity = 'off' | 'warn' | 'error'
export type SeverityInput = Severity | 0 | 1 | 2 | boolean
export type RuleConfig<Options extends RuleOptions = RuleOptions> =
  | SeverityInput
  | readonly [SeverityInput]
  | readonly [SeverityInput, Partial<Options>]
  | Partial<Options>

export const docsUrl = 'https://github.com/mtlint/mtlint/blob/main/rules/'

/** Define a rule: checks its metadata once, at import time. */
export function defineRule<Options extends RuleOptions>(rule: Rule<Options>): Rule<Options> {
  if (!/^[a-z]+(?:-[a-z]+)*$/.test(rule.meta.id)) {
    throw new Error('Rule id `' + rule.meta.id + '` must be kebab-case')
  }

  return rule
}

/**
 * Turn a rule into a unified plugin, as `unified-lint-rule` does for
 * remark-lint: the plugin takes `severity`, `options` or `[severity, options]`,
 * rejects unknown options, creates the rule's transformer once, skips
 * documents in languages the rule does not cover, and stamps `ruleId`,
 * `source`, `url`, `fatal` and `category` on every message the rule made.
 */
export function rulePlugin<Options extends RuleOptions>(rule: Rule<Options>): Plugin<[(RuleConfig<Options> | null | undefined)?], Root> {
  const {id, category, languages} = rule.meta
  const url = docsUrl + id + '/readme.md'

  function plugin(this: Processor | void, config?: RuleConfig<Options> | null) {
    const [severity, options] = coerce(rule, config)
    if (severity === 'off') return
    const transform = rule.create(options, (this && this.data('mtlintServices')) || defaultServices)
    const fatal = severity === 'error'

    return async function (tree: Root, file: VFile) {
      const language = resolveLanguage(file)
      if (!language || !languages.includes(baseLanguage(language))) return
      const from = file.messages.length
      await transform(tree, file)
      for (const message of file.messages.slice(from)) {
        Object.assign(message, {ruleId: id, source: 'mtlint', url, fatal, category})
      }
    }
  }

  Object.defineProperty(plugin, 'name', {value: 'mtlint:' + id})
  return plugin
}

const severities: Record<string, Severity> = {
  off: 'off',
  0: 'off',
  false: 'off',
  warn: 'warn',
  on: 'warn',
  1: 'warn',
  true: 'warn',
  error: 'error',
  2: 'error'
}

/** The severity a configuration value stands for (`'warn'`, `1`, `true`…), or `undefined` when it is none. */
export function parseSeverity(value: unknown): Severity | undefined {
  return isSeverity(value) ? severities[String(value)] : undefined
}

function isSeverity(value: unknown): value is SeverityInput {
  return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && String(value) in severities
}

function coerce<Options extends RuleOptions>(rule: Rule<Options>, config: RuleConfig<Options> | null | undefined): [Severity, Options] {
  const id = rule.meta.id
  let severity: Severity = 'warn'
  let given: unknown = config

  if (Array.isArray(config)) {
    if (!isSeverity(config[0]) || config.length > 2) {
      throw new Error('Invalid configuration for rule `' + id + '`: expected `[severity, options]` with severity `off`, `warn` or `error`')
    }

    severity = severities[String(config[0])]!
    given = config[1]
  } else if (config !== null && config !== undefined && typeof config !== 'object') {
    if (!isSeverity(config)) {
      throw new Error('Invalid severity `' + String(config) + '` for rule `' + id + '`: expected `off`, `warn` or `error`')
    }

    severity = severities[String(config)]!
    given = undefined
  }

  return [severity, validateOptions(rule, given)]
}

/** Merge options over the rule's defaults, rejecting unknown keys and wrong types with a message naming the rule. */
export function validateOptions<Options extends RuleOptions>(rule: Rule<Options>, given: unknown): Options {
  const {id, defaultOptions} = rule.meta
  if (given === undefined || given === null) return {...defaultOptions}
  if (typeof given !== 'object' || Array.isArray(given)) {
    throw new Error('Invalid options for rule `' + id + '`: expected an object, not `' + JSON.stringify(given) + '`')
  }

  const known = Object.keys(defaultOptions)
  for (const [key, value] of Object.entries(given)) {
    if (!known.includes(key)) {
      throw new Error(
        'Unknown option `' + key + '` for rule `' + id + '`' +
          (known.length > 0 ? '; it takes ' + known.map((name) => '`' + name + '`').join(', ') : '; it takes no options')
      )
    }

    if (!sameShape(defaultOptions[key], value)) {
      throw new Error(
        'Invalid value `' + JSON.stringify(value) + '` for option `' + key + '` of rule `' + id + '`: expected ' + describe(defaultOptions[key])
      )
    }
  }

  return {...defaultOptions, ...given}
}

function sameShape(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.every((item) => typeof item === 'string')
  return typeof expected === typeof actual && !Array.isArray(actual)
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'an array of strings' : 'a ' + typeof value
}
