import {readFile} from 'node:fs/promises'
import {createRequire} from 'node:module'
import {join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parse as parseYaml} from 'yaml'

const packageName = /^(?:@[^/]+\/)?mtlint-pack-[\w.-]+$/

/**
 * Read a user's phrase pack (Node): a `.json`, `.yaml` or `.yml` file from
 * the working directory, or an npm package named `mtlint-pack-*` (its
 * default export: a pack or an array of packs). The rule validates it.
 */
export async function readPhrasePack(specifier: string, cwd = process.cwd()): Promise<unknown> {
  if (/\.(?:json|ya?ml)$/iu.test(specifier)) {
    const path = resolve(cwd, specifier)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw new Error('Cannot read phrase pack `' + specifier + '` (' + path + '): ' + (error as Error).message, {cause: error})
    }

    try {
      return /\.json$/iu.test(specifier) ? JSON.parse(text) : parseYaml(text)
    } catch (error) {
      throw new Error('Cannot parse phrase pack `' + specifier + '`: ' + (error as Error).message, {cause: error})
    }
  }

  if (!packageName.test(specifier)) {
    throw new Error('Cannot load phrase pack `' + specifier + '`: give a .json or .yaml file, or an npm package named `mtlint-pack-*`')
  }

  let path: string
  try {
    path = createRequire(join(cwd, 'package.json')).resolve(specifier)
  } catch (error) {
    throw new Error('Cannot find phrase pack package `' + specifier + '` from ' + cwd + ': install it with `npm install ' + specifier + '`', {cause: error})
  }

  const module = (await import(pathToFileURL(path).href)) as {default?: unknown}
  return module.default ?? module
}
