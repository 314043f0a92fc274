import type {VFile} from 'vfile'
import {location} from 'vfile-location'

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return. */
const control = /[\u0000-\u0008\u000E-\u001F]/g

/** Share of control characters above which a text is taken for binary data. */
const binaryRatio = 0.01

/**
 * Refuse input that is not text, with a message that says why.
 *
 * A NUL character, or more than 1 % of other control characters, means
 * binary data (an image, an archive, a UTF-16 file read as UTF-8).
 */
export function assertText(value: string, file: VFile) {
  control.lastIndex = 0
  let count = 0
  let first: number | undefined
  let match: RegExpExecArray | null

  while ((match = control.exec(value))) {
    first ??= match.index
    if (match[0] === '\u0000' || ++count > Math.max(8, value.length * binaryRatio)) {
      const place = location(file).toPoint(first)
      file.fail(
        'Cannot lint binary data (control character U+' +
          value.charCodeAt(first).toString(16).toUpperCase().padStart(4, '0') +
          ' at ' +
          (place ? place.line + ':' + place.column : 'offset ' + first) +
          '): mtlint lints UTF-8 text',
        {place, ruleId: 'binary', source: 'mtlint'}
      )
    }
  }
}

const decoder = new TextDecoder('utf-8', {fatal: true})

/**
 * Check that bytes are UTF-8, returning the offset of the first bad byte.
 *
 * Used by the command line on files whose decoded text holds U+FFFD, the
 * mark of bytes that were not UTF-8 (Latin-1, Windows-1252, binary).
 */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  try {
    decoder.decode(bytes)
    return undefined
  } catch {
    return findInvalid(bytes)
  }
}

function findInvalid(bytes: Uint8Array): number {
  let index = 0
  while (index < bytes.length) {
    const byte = bytes[index]!
    const size = byte < 0x80 ? 1 : byte >> 5 === 0b110 ? 2 : byte >> 4 === 0b1110 ? 3 : byte >> 3 === 0b11110 ? 4 : 0
    if (size === 0) return index
    try {
      decoder.decode(bytes.subarray(index, index + size))
    } catch {
      return index
    }

    index += size
  }

  return index
}
