/**
 * Loading: from bytes, base64 or a file; errors on bad data; one load per
 * process; and no `node:fs` outside the Node loader.
 */
import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  LEXICON_LANGUAGES,
  createLexicon,
  lexiconDataPath,
  loadLexicon
} from '../../src/lexicon/index.js'
import {LEXICON_FORMAT_VERSION} from '../../src/lexicon/lexicon-format.js'

const frBytes = (): Uint8Array => new Uint8Array(readFileSync(lexiconDataPath('fr')))

describe('createLexicon', () => {
  it('reads the data from a Uint8Array, an ArrayBuffer or base64', () => {
    const bytes = frBytes()
    const copy = bytes.slice()
    for (const data of [bytes, copy.buffer, Buffer.from(bytes).toString('base64')]) {
      const lexicon = createLexicon(data)
      expect(lexicon.language).toBe('fr')
      expect(lexicon.has("l'ordinateur")).toBe(true)
      expect(lexicon.has('ordinatuer')).toBe(false)
    }
  })

  it('works on data that is not 4-byte aligned', () => {
    const bytes = frBytes()
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(createLexicon(shifted.subarray(1)).has('chevaux')).toBe(true)
  })

  it('refuses data for another language than expected', () => {
    expect(() => createLexicon(frBytes(), 'pt')).toThrow(/for fr, expected pt/)
  })

  it('refuses what is not lexicon data', () => {
    expect(() => createLexicon(new TextEncoder().encode('not a lexicon at all'))).toThrow(/bad magic/)
    const other = frBytes().slice()
    new DataView(other.buffer).setUint32(4, LEXICON_FORMAT_VERSION + 1, true)
    expect(() => createLexicon(other)).toThrow(/format version/)
    expect(() => createLexicon(frBytes().subarray(0, 1000))).toThrow(/wrong length/)
  })
})

describe('loadLexicon', () => {
  it('has data for every language', async () => {
    for (const language of LEXICON_LANGUAGES) {
      const lexicon = await loadLexicon(language)
      expect(lexicon.language).toBe(language)
      expect(lexicon.source).toMatch(/^dictionary-[a-z-]+@\d/)
    }
  })

  it('loads each language once per process', async () => {
    const [a, b] = await Promise.all([loadLexicon('en'), loadLexicon('en')])
    expect(a).toBe(b)
    expect(await loadLexicon('en')).toBe(a)
  })
})

describe('module boundaries', () => {
  it('only the Node loader imports node: modules', () => {
    const directory = new URL('../../src/lexicon/', import.meta.url)
    const offenders = readdirSync(directory)
      .filter((name) => name.endsWith('.ts') && name !== 'load-lexicon.ts' && name !== 'index.ts')
      .filter((name) => /from ['"]node:/u.test(readFileSync(new URL(name, directory), 'utf8')))
    expect(offenders).toEqual([])
  })
})
