import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {firstInvalidUtf8} from './input.js'

/**
 * unified plugin for files read from disk: fail, with the offset of the
 * first bad byte, when a file is not UTF-8.
 *
 * unified-engine decodes files as UTF-8, turning bad bytes into U+FFFD;
 * only files whose text holds U+FFFD are read again to tell a real
 * replacement character from bytes in another encoding.
 */
export function checkEncoding() {
  return function (_: Root, file: VFile) {
    if (!file.path || !String(file).includes('\uFFFD')) return
    let bytes: Uint8Array
    try {
      bytes = readFileSync(resolve(file.cwd, file.path))
    } catch {
      return
    }

    const bad = firstInvalidUtf8(bytes)
    if (bad !== undefined) {
      file.fail(
        'Cannot lint this file: it is not valid UTF-8 (byte 0x' +
          bytes[bad]!.toString(16).toUpperCase().padStart(2, '0') +
          ' at byte offset ' +
          bad +
          '); convert it first, e.g. `iconv -f latin1 -t utf-8`',
        {ruleId: 'encoding', source: 'mtlint'}
      )
    }
  }
}
