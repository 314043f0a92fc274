import {access, readFile} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {configNames, packageField} from './files.js'

/**
 * The configuration file that applies in `directory`: the first of
 * `.mtlintrc`, `.mtlintrc.json`, `.mtlintrc.yaml`, `.mtlintrc.yml`, or a
 * `package.json` with an `mtlint` field, in that directory or the nearest
 * one above it. `undefined` when there is none up to the root.
 */
export async function findConfigFile(directory: string): Promise<string | undefined> {
  for (let current = directory; ; current = dirname(current)) {
    for (const name of configNames) {
      const path = join(current, name)
      if (await exists(path)) return path
    }

    const manifest = join(current, 'package.json')
    if (await hasField(manifest)) return manifest
    if (dirname(current) === current) return undefined
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path)
    return true
  } catch {
    return false
  }
}

/** Whether a `package.json` has an `mtlint` field (an unreadable or invalid one has none, as for npm). */
async function hasField(path: string): Promise<boolean> {
  try {
    const manifest = JSON.parse(await readFile(path, 'utf8')) as unknown
    return typeof manifest === 'object' && manifest !== null && packageField in manifest
  } catch {
    return false
  }
}
