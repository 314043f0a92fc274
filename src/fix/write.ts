import {randomBytes} from 'node:crypto'
import {rename, rm, stat, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'

/**
 * Replace a file's content atomically: write a temporary file in the same
 * directory (same file system), with the original's mode, then rename it
 * over the original. Readers see the old content or the new, never half.
 */
export async function writeFileAtomic(path: string, value: string): Promise<void> {
  const {mode} = await stat(path)
  const temporary = join(dirname(path), '.' + basename(path) + '.mtlint-' + randomBytes(6).toString('hex') + '.tmp')
  try {
    await writeFile(temporary, value, {mode, flag: 'wx'})
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, {force: true})
    throw error
  }
}
