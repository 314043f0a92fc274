import {dirname, resolve} from 'node:path'
import type {LanguageTag} from '../language.js'
import type {MtlintOptions} from '../preset.js'
import {findConfigFile} from './find.js'
import {readLexicons} from './lexicon.js'
import {optionsFor, type ConfigOverrides} from './merge.js'
import {readConfigFile} from './read.js'
import {validateConfig, type ConfigContent} from './validate.js'

/** The configuration that applies to a file: its content, where it came from, and its word lists read. */
export interface ResolvedConfig extends ConfigContent {
  /** The file it was read from; `undefined` when none was found (mtlint's defaults: the `recommended` preset). */
  path: string | undefined
  /** The directory globs in `overrides` are relative to. */
  directory: string
  /** The words of the `lexicon` files. */
  words: string[]
}

const byDirectory = new Map<string, Promise<ResolvedConfig>>()
const byFile = new Map<string, Promise<ResolvedConfig>>()

/**
 * The configuration for a file (which need not exist): the nearest
 * `.mtlintrc`, `.mtlintrc.json`, `.mtlintrc.yaml`, `.mtlintrc.yml` or
 * `package.json` with an `mtlint` field, from the file's directory up.
 * Cached per directory and per configuration file; `clearConfigCache()`
 * forgets them (after an edit). Rejects with a `ConfigError` naming the
 * file and the key when the configuration is invalid.
 */
export function loadConfig(filePath: string): Promise<ResolvedConfig> {
  const directory = dirname(resolve(filePath))
  let config = byDirectory.get(directory)
  if (!config) {
    config = findConfigFile(directory).then((path) => (path ? readResolved(path) : defaults(directory)))
    byDirectory.set(directory, config)
  }

  return config
}

/** The configuration in one file, as `loadConfig` resolves it. */
export function readResolved(path: string): Promise<ResolvedConfig> {
  const absolute = resolve(path)
  let config = byFile.get(absolute)
  if (!config) {
    config = (async () => {
      const directory = dirname(absolute)
      const content = validateConfig(await readConfigFile(absolute), absolute, directory)
      return {...content, path: absolute, directory, words: await readLexicons(content.lexicon, absolute)}
    })()
    byFile.set(absolute, config)
  }

  return config
}

/** Forget every configuration read, so the next call reads the files again. */
export function clearConfigCache() {
  byDirectory.clear()
  byFile.clear()
}

/**
 * The `mtlint` / `lint()` options for one file: its configuration (preset,
 * rules, overrides matching the file, lexicons, packs), then `overrides`
 * (command-line flags) on top.
 */
export async function configFor(filePath: string, overrides?: ConfigOverrides): Promise<MtlintOptions & {lang?: LanguageTag}> {
  return optionsFor(await loadConfig(filePath), filePath, overrides)
}

function defaults(directory: string): ResolvedConfig {
  return {path: undefined, directory, preset: 'recommended', rules: {}, overrides: [], lexicon: [], packs: {}, words: []}
}
