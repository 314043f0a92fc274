/**
 * The precompiled lexicon file (`*.lex`), written by
 * scripts/build-lexicons.ts and read here without `node:fs`.
 *
 * Layout, all integers little-endian:
 *
 *   u32  magic "MTLX"
 *   u32  format version
 *   u32  byte length of the metadata JSON
 *   u32  number of automaton slots
 *   ...  metadata JSON (UTF-8), zero-padded to a multiple of 4 bytes
 *   u32[] automaton slots
 *
 * The automaton is a minimal acyclic automaton (DAWG) over UTF-16 code
 * units, stored as a flat array of 32-bit slots. A state is a header slot
 * followed by its edges, sorted by symbol:
 *
 *   header: (edge count << 8) | value
 *   edge:   (symbol << 24) | slot index of the target state's header
 *
 * Symbols 1…255 number the distinct code units of the dictionary in code
 * unit order (`alphabet` in the metadata). A state's value is 0 when no word
 * ends there, otherwise the packed answer of Hunspell's checkword() for that
 * word: bits 0-1 with no capitalisation context, bits 2-3 when the word is
 * checked as the capitalised form of a sentence-initial word (see
 * {@link CheckOutcome}).
 */

export const LEXICON_MAGIC = 0x584c544d // "MTLX" read as little-endian u32
export const LEXICON_FORMAT_VERSION = 1
const HEADER_BYTES = 16

/** What Hunspell's checkword() answers for one exact string. */
export const NOT_FOUND = 0
export const FOUND = 1
/** Found, but its root has KEEPCASE: no case variants of it are accepted. */
export const FOUND_KEEPCASE = 2
/** Explicitly forbidden (FORBIDDENWORD): stops the other spellings too. */
export const FORBIDDEN = 3
export type CheckOutcome = typeof NOT_FOUND | typeof FOUND | typeof FOUND_KEEPCASE | typeof FORBIDDEN

/** COMPOUNDRULE data: only dictionaries that compound need it (English numbers). */
export interface CompoundData {
  /** COMPOUNDMIN: shortest part, in UTF-16 code units. */
  readonly min: number
  /** Each rule: flags and the operators `*` and `?`. */
  readonly rules: ReadonlyArray<readonly string[]>
  /** Words usable as parts, with the compound-rule flags of each homonym. */
  readonly parts: Readonly<Record<string, ReadonlyArray<readonly string[]>>>
}

export interface LexiconMeta {
  readonly language: string
  /** Where the data came from, e.g. `dictionary-fr@3.0.0`. */
  readonly source: string
  readonly alphabet: string
  readonly root: number
  /** ICONV table. */
  readonly inputConversion: ReadonlyArray<readonly [string, string]>
  /** BREAK patterns. */
  readonly breaks: readonly string[]
  readonly compound: CompoundData | null
}

export interface LexiconData {
  readonly meta: LexiconMeta
  readonly slots: Uint32Array
}

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1

export function encodeLexiconData(meta: LexiconMeta, slots: Uint32Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(meta))
  const padded = (json.length + 3) & ~3
  const bytes = new Uint8Array(HEADER_BYTES + padded + slots.length * 4)
  const view = new DataView(bytes.buffer)
  view.setUint32(0, LEXICON_MAGIC, true)
  view.setUint32(4, LEXICON_FORMAT_VERSION, true)
  view.setUint32(8, json.length, true)
  view.setUint32(12, slots.length, true)
  bytes.set(json, HEADER_BYTES)
  const base = HEADER_BYTES + padded
  for (let i = 0; i < slots.length; i++) view.setUint32(base + i * 4, slots[i] as number, true)
  return bytes
}

export function decodeLexiconData(bytes: Uint8Array): LexiconData {
  if (bytes.length < HEADER_BYTES) throw new Error('lexicon data is truncated')
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (view.getUint32(0, true) !== LEXICON_MAGIC) throw new Error('not lexicon data (bad magic)')
  const version = view.getUint32(4, true)
  if (version !== LEXICON_FORMAT_VERSION) {
    throw new Error(`lexicon data has format version ${version}, expected ${LEXICON_FORMAT_VERSION}`)
  }
  const jsonLength = view.getUint32(8, true)
  const slotCount = view.getUint32(12, true)
  const base = HEADER_BYTES + ((jsonLength + 3) & ~3)
  if (bytes.length !== base + slotCount * 4) throw new Error('lexicon data has the wrong length')
  const meta = JSON.parse(
    new TextDecoder().decode(bytes.subarray(HEADER_BYTES, HEADER_BYTES + jsonLength))
  ) as LexiconMeta
  let slots: Uint32Array
  if (littleEndian && (bytes.byteOffset + base) % 4 === 0) {
    // Zero-copy view over the file contents.
    slots = new Uint32Array(bytes.buffer, bytes.byteOffset + base, slotCount)
  } else {
    slots = new Uint32Array(slotCount)
    for (let i = 0; i < slotCount; i++) slots[i] = view.getUint32(base + i * 4, true)
  }
  return {meta, slots}
}
