/**
 * Lookups in the packed word automaton described in lexicon-format.ts.
 * Nothing is deserialised: a lookup walks the slot array directly.
 */

export interface WordAutomaton {
  readonly slots: Uint32Array
  /** Symbol of each UTF-16 code unit (0 = not in the dictionary). */
  readonly symbols: Uint8Array
  readonly root: number
}

const LINEAR_SCAN_LIMIT = 8

export function createWordAutomaton(slots: Uint32Array, alphabet: string, root: number): WordAutomaton {
  if (alphabet.length > 255) throw new Error('alphabet too large for 8-bit symbols')
  const symbols = new Uint8Array(65536)
  for (let i = 0; i < alphabet.length; i++) symbols[alphabet.charCodeAt(i)] = i + 1
  return {slots, symbols, root}
}

/** The value stored for `word`, or 0 when the automaton does not hold it. */
export function automatonValue(automaton: WordAutomaton, word: string): number {
  const {slots, symbols} = automaton
  let state = automaton.root
  for (let i = 0; i < word.length; i++) {
    const symbol = symbols[word.charCodeAt(i)] as number
    if (symbol === 0) return 0
    const count = (slots[state] as number) >>> 8
    let low = state + 1
    let high = state + count
    let next = -1
    if (count <= LINEAR_SCAN_LIMIT) {
      for (; low <= high; low++) {
        const edge = slots[low] as number
        const edgeSymbol = edge >>> 24
        if (edgeSymbol === symbol) {
          next = edge & 0xffffff
          break
        }
        if (edgeSymbol > symbol) break
      }
    } else {
      while (low <= high) {
        const middle = (low + high) >>> 1
        const edge = slots[middle] as number
        const edgeSymbol = edge >>> 24
        if (edgeSymbol < symbol) low = middle + 1
        else if (edgeSymbol > symbol) high = middle - 1
        else {
          next = edge & 0xffffff
          break
        }
      }
    }
    if (next < 0) return 0
    state = next
  }
  return (slots[state] as number) & 0xff
}
