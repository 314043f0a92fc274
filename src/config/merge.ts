import {relative, resolve, sep} from 'node:path'
import {minimatch} from 'minimatch'
import type {LanguageTag} from '../language.js'
import type {MtlintOptions} from '../preset.js'
import {ruleIds} from '../registry.js'
import type {RuleConfig, RuleOptions, Severity} from '../rule.js'
import type {ResolvedConfig} from './load.js'
import {presets} from './presets.js'
import type {RuleSetting} from './validate.js'

/** Settings that win over the configuration file: the command line's `--lang`, `--rule` and `--pack`. */
export interface ConfigOverrides {
  lang?: LanguageTag
  /** Severity by rule id. */
  rules?: Record<string, Severity>
  /** Phrase packs to add, by rule id. */
  packs?: Record<string, readonly string[]>
}

/** Rules that take the `lexicon` words as accepted words (their `words` option). */
const lexiconRules = ['leaked-english', 'nonword']

/**
 * The options for `filePath` under a resolved configuration: the preset's
 * severities, then the configuration's `rules`, then each override whose
 * `files` match the file (in order), lexicon words and packs, and last the
 * command-line `overrides`. Every rule gets an explicit `[severity, options]`.
 */
export function optionsFor(config: ResolvedConfig, filePath: string, overrides: ConfigOverrides = {}): MtlintOptions & {lang?: LanguageTag} {
  const preset = presets[config.preset]
  const settings = new Map<string, {severity: Severity; options: Partial<RuleOptions>}>()
  for (const id of ruleIds) settings.set(id, {severity: preset.rules[id] ?? preset.fallback, options: {}})

  const apply = (rules: Record<string, RuleSetting>) => {
    for (const [id, setting] of Object.entries(rules)) {
      const current = settings.get(id)!
      settings.set(id, {severity: setting.severity ?? current.severity, options: {...current.options, ...setting.options}})
    }
  }

  let lang = config.lang
  apply(config.rules)
  const path = toPosix(relative(config.directory, resolve(filePath)))
  for (const override of config.overrides) {
    if (!override.files.some((glob) => matches(path, glob))) continue
    if (override.lang) lang = override.lang
    apply(override.rules)
  }

  if (config.words.length > 0) {
    for (const id of lexiconRules) {
      const current = settings.get(id)!
      current.options = {...current.options, words: [...config.words, ...((current.options.words as readonly string[] | undefined) ?? [])]}
    }
  }

  const addPacks = (packs: Record<string, readonly string[]>) => {
    for (const [id, list] of Object.entries(packs)) {
      const current = settings.get(id)!
      current.options = {...current.options, packs: [...((current.options.packs as readonly string[] | undefined) ?? []), ...list]}
    }
  }

  addPacks(config.packs)
  addPacks(overrides.packs ?? {})
  for (const [id, severity] of Object.entries(overrides.rules ?? {})) settings.get(id)!.severity = severity
  if (overrides.lang) lang = overrides.lang

  const rules: Record<string, RuleConfig> = {}
  for (const [id, {severity, options}] of settings) {
    rules[id] = severity === 'off' ? 'off' : Object.keys(options).length > 0 ? ([severity, options] as RuleConfig) : severity
  }

  return lang ? {lang, rules} : {rules}
}

/** A glob without a slash matches the file's name in any directory (`*.md`), as in `.gitignore`. */
function matches(path: string, glob: string): boolean {
  return minimatch(path, glob, {dot: true, matchBase: !glob.includes('/')})
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
