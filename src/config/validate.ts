import {resolve} from 'node:path'
import {Minimatch} from 'minimatch'
import {parseLanguage, type LanguageTag} from '../language.js'
import {getRule, ruleIds} from '../registry.js'
import {parseSeverity, validateOptions, type RuleOptions, type Severity} from '../rule.js'
import {ConfigError} from './error.js'
import {presetNames, type PresetName} from './presets.js'

/** A rule's setting in a configuration: a severity, options, or both. */
export interface RuleSetting {
  severity?: Severity
  options?: Partial<RuleOptions>
}

/** Settings for the files matching `files` (globs relative to the configuration's directory). */
export interface Override {
  files: string[]
  lang?: LanguageTag
  rules: Record<string, RuleSetting>
}

/** A configuration file's content, checked, with its paths made absolute. */
export interface ConfigContent {
  preset: PresetName
  lang?: LanguageTag
  rules: Record<string, RuleSetting>
  overrides: Override[]
  /** Word-list files (one word a line, `#` comments). */
  lexicon: string[]
  /** Phrase packs to add, by rule. */
  packs: Record<string, string[]>
}

const topKeys = ['preset', 'lang', 'rules', 'overrides', 'lexicon', 'packs']
const overrideKeys = ['files', 'lang', 'rules']
const packFile = /\.(?:json|ya?ml)$/iu

/**
 * Check a configuration as read from `file`, throwing a `ConfigError` that
 * names the file and the key at fault. Relative paths (lexicons, packs) are
 * resolved against `directory`.
 */
export function validateConfig(raw: unknown, file: string, directory: string): ConfigContent {
  const at = (key: string | undefined, reason: string): never => {
    throw new ConfigError(file, key, reason)
  }

  if (!isRecord(raw)) return at(undefined, 'expected an object with ' + quoteAll(topKeys))
  for (const key of Object.keys(raw)) if (!topKeys.includes(key)) at(key, 'unknown key `' + key + '`; expected ' + quoteAll(topKeys))

  const preset = raw.preset ?? 'recommended'
  if (typeof preset !== 'string' || !(presetNames as readonly string[]).includes(preset)) {
    at('preset', 'unknown preset `' + String(preset) + '`; expected ' + quoteAll(presetNames))
  }

  const content: ConfigContent = {
    preset: preset as PresetName,
    rules: rulesOf(raw.rules, 'rules', file, directory),
    overrides: overridesOf(raw.overrides, file, directory),
    lexicon: stringList(raw.lexicon, 'lexicon', file).map((path) => resolve(directory, path)),
    packs: packsOf(raw.packs, file, directory)
  }

  if (raw.lang !== undefined) content.lang = languageOf(raw.lang, 'lang', file)
  return content
}

function overridesOf(raw: unknown, file: string, directory: string): Override[] {
  if (raw === undefined) return []
  if (!Array.isArray(raw)) throw new ConfigError(file, 'overrides', 'expected a list of `{files, lang, rules}`')
  return raw.map((entry: unknown, index) => {
    const key = 'overrides[' + index + ']'
    if (!isRecord(entry)) throw new ConfigError(file, key, 'expected an object with `files` and `lang` or `rules`')
    for (const name of Object.keys(entry)) {
      if (!overrideKeys.includes(name)) throw new ConfigError(file, key + '.' + name, 'unknown key `' + name + '`; expected ' + quoteAll(overrideKeys))
    }

    const files = typeof entry.files === 'string' ? [entry.files] : stringList(entry.files, key + '.files', file)
    if (files.length === 0) throw new ConfigError(file, key + '.files', 'expected a glob or a list of globs')
    for (const glob of files) checkGlob(glob, key + '.files', file)
    const override: Override = {files, rules: rulesOf(entry.rules, key + '.rules', file, directory)}
    if (entry.lang !== undefined) override.lang = languageOf(entry.lang, key + '.lang', file)
    return override
  })
}

function checkGlob(glob: string, key: string, file: string) {
  let valid = glob.trim() !== ''
  try {
    valid &&= new Minimatch(glob, {dot: true}).makeRe() !== false
  } catch {
    valid = false
  }

  if (!valid) throw new ConfigError(file, key, 'invalid glob `' + glob + '`')
  if (glob.startsWith('/') || glob.startsWith('../')) throw new ConfigError(file, key, 'glob `' + glob + '` must be relative to the directory of the configuration, inside it')
}

function rulesOf(raw: unknown, key: string, file: string, directory: string): Record<string, RuleSetting> {
  if (raw === undefined) return {}
  if (!isRecord(raw)) throw new ConfigError(file, key, 'expected an object keyed by rule id')
  const result: Record<string, RuleSetting> = {}
  for (const [id, value] of Object.entries(raw)) {
    const rule = getRule(id)
    const here = key + '.' + id
    if (!rule) throw new ConfigError(file, here, 'unknown rule `' + id + '`; mtlint has ' + quoteAll(ruleIds))
    const setting = settingOf(value, here, file)
    if (setting.options) {
      try {
        validateOptions(rule, setting.options)
      } catch (error) {
        throw new ConfigError(file, here, (error as Error).message, {cause: error})
      }

      if (Array.isArray(setting.options.packs)) setting.options = {...setting.options, packs: setting.options.packs.map((pack) => packPath(pack, directory))}
    }

    result[id] = setting
  }

  return result
}

/** `warn`, `[error, {…}]` or `{…}`. */
function settingOf(value: unknown, key: string, file: string): RuleSetting {
  const severityOf = (given: unknown): Severity =>
    parseSeverity(given) ?? (() => {
      throw new ConfigError(file, key, 'invalid severity `' + JSON.stringify(given) + '`; expected `off`, `warn` or `error`')
    })()

  if (Array.isArray(value)) {
    if (value.length === 0 || value.length > 2) throw new ConfigError(file, key, 'expected `[severity, options]`')
    const setting: RuleSetting = {severity: severityOf(value[0])}
    if (value[1] !== undefined) {
      if (!isRecord(value[1])) throw new ConfigError(file, key, 'expected the options in `[severity, options]` to be an object')
      setting.options = value[1] as Partial<RuleOptions>
    }

    return setting
  }

  if (isRecord(value)) return {options: value as Partial<RuleOptions>}
  return {severity: severityOf(value)}
}

function packsOf(raw: unknown, file: string, directory: string): Record<string, string[]> {
  if (raw === undefined) return {}
  if (!isRecord(raw)) throw new ConfigError(file, 'packs', 'expected an object such as `{calque: [house.yaml]}`')
  const result: Record<string, string[]> = {}
  for (const [id, list] of Object.entries(raw)) {
    const rule = getRule(id)
    if (!rule || !('packs' in rule.meta.defaultOptions)) {
      throw new ConfigError(file, 'packs.' + id, 'rule `' + id + '` takes no packs; packs go to `calque`, `false-friend` or `spinner-phrase`')
    }

    result[id] = (typeof list === 'string' ? [list] : stringList(list, 'packs.' + id, file)).map((pack) => packPath(pack, directory))
  }

  return result
}

/** A pack file relative to the configuration; package names stay as they are. */
function packPath(pack: string, directory: string): string {
  return packFile.test(pack) ? resolve(directory, pack) : pack
}

function languageOf(value: unknown, key: string, file: string): LanguageTag {
  try {
    return parseLanguage(value, key)
  } catch (error) {
    throw new ConfigError(file, key, (error as Error).message, {cause: error})
  }
}

function stringList(value: unknown, key: string, file: string): string[] {
  if (value === undefined) return []
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new ConfigError(file, key, 'expected a list of strings')
  return value as string[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function quoteAll(names: readonly string[]): string {
  return names.map((name) => '`' + name + '`').join(', ')
}
