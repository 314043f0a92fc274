import {readFile} from 'node:fs/promises'
import {basename} from 'node:path'
import {parse as parseYaml, YAMLParseError} from 'yaml'
import {ConfigError} from './error.js'
import {packageField} from './files.js'

/**
 * Read the raw configuration in a file: an `.mtlintrc` (JSON or YAML, with
 * or without extension) or a `package.json`, whose `mtlint` field is the
 * configuration (`undefined` when it has none). Syntax errors name the file
 * and the line.
 */
export async function readConfigFile(path: string): Promise<unknown> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    throw new ConfigError(path, undefined, 'cannot read it (' + (error as Error).message + ')', {cause: error})
  }

  if (basename(path) === 'package.json') {
    let manifest: unknown
    try {
      manifest = JSON.parse(text)
    } catch (error) {
      throw new ConfigError(path, undefined, 'invalid JSON (' + (error as Error).message + ')', {cause: error})
    }

    return typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>)[packageField] : undefined
  }

  // YAML 1.2 reads JSON too, so one parser serves `.mtlintrc` in either syntax.
  try {
    return parseYaml(text) ?? {}
  } catch (error) {
    if (error instanceof YAMLParseError) {
      // The parser's first line says what and where: `… at line 2, column 15:`.
      throw new ConfigError(path, undefined, 'invalid YAML or JSON: ' + error.message.split('\n')[0]!.replace(/:$/u, ''), {cause: error})
    }

    throw new ConfigError(path, undefined, 'invalid YAML or JSON: ' + (error as Error).message, {cause: error})
  }
}
