/**
 * Every word stored in a precompiled lexicon, for exhaustive comparison.
 */
import {decodeLexiconData} from '../../src/lexicon/lexicon-format.js'

export function automatonWords(bytes: Uint8Array): string[] {
  const {meta, slots} = decodeLexiconData(bytes)
  const words: string[] = []
  const walk = (state: number, prefix: string): void => {
    const header = slots[state] as number
    if ((header & 0xff) !== 0) words.push(prefix)
    const count = header >>> 8
    for (let k = 1; k <= count; k++) {
      const edge = slots[state + k] as number
      walk(edge & 0xffffff, prefix + meta.alphabet.charAt((edge >>> 24) - 1))
    }
  }
  walk(meta.root, '')
  return words
}
