/**
 * How entity names are compared: `normaliseName` for exact lookups (NFC,
 * typographic apostrophes and spaces made plain), `foldName` for lookups
 * that ignore case and accents.
 */

import {memoize} from '../memo.js'

const APOSTROPHES = /[\u2019\u2018\u02bc\u02bb\u0060\u00b4]/g
const SPACES = /[\s\u00a0\u202f\u2009]+/g
const MARKS = /\p{M}+/gu

/** NFC, plain apostrophes, single plain spaces, trimmed. Case and accents are kept. */
export const normaliseName = memoize((text: string): string => text.normalize('NFC').replace(APOSTROPHES, "'").replace(SPACES, ' ').trim())

/** Case- and accent-insensitive key: NFD, combining marks removed, lowercase (then `normaliseName`). */
export const foldName = memoize((text: string): string => normaliseName(text.normalize('NFD').replace(MARKS, '').toLowerCase()))

/** The words of a name, folded: letters and digits between any other characters (`Coca-Cola` → coca, cola). */
export const nameTokens = memoize((text: string): readonly string[] =>
  foldName(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token !== '')
)
