/**
 * Hunspell's ICONV table (RepList::conv): at each position the longest
 * matching pattern is replaced, e.g. French ’ → ' and ﬁ → fi, or a letter
 * followed by a combining accent → the precomposed letter.
 */

export interface InputConversion {
  /** Patterns by their first code unit, longest first. */
  readonly byFirst: ReadonlyMap<number, ReadonlyArray<readonly [string, string]>>
  /** 1 for each code unit that starts a pattern. */
  readonly starts: Uint8Array
}

export function createInputConversion(
  table: ReadonlyArray<readonly [string, string]>
): InputConversion | undefined {
  if (table.length === 0) return undefined
  const byFirst = new Map<number, Array<readonly [string, string]>>()
  for (const [from, to] of table) {
    // An empty replacement is ignored by RepList::conv.
    if (from === '' || to === '') continue
    const first = from.charCodeAt(0)
    let list = byFirst.get(first)
    if (!list) byFirst.set(first, (list = []))
    list.push([from, to])
  }
  for (const list of byFirst.values()) list.sort((a, b) => b[0].length - a[0].length)
  const starts = new Uint8Array(65536)
  for (const code of byFirst.keys()) starts[code] = 1
  return {byFirst, starts}
}

export function convertInput(conversion: InputConversion, word: string): string {
  const {byFirst, starts} = conversion
  let i = 0
  while (i < word.length && starts[word.charCodeAt(i)] === 0) i++
  if (i === word.length) return word
  let result = ''
  let copiedUpTo = 0
  while (i < word.length) {
    const code = word.charCodeAt(i)
    const candidates = starts[code] === 0 ? undefined : byFirst.get(code)
    let matched: readonly [string, string] | undefined
    if (candidates) {
      for (const candidate of candidates) {
        if (word.startsWith(candidate[0], i)) {
          matched = candidate
          break
        }
      }
    }
    if (matched) {
      result += word.slice(copiedUpTo, i) + matched[1]
      i += matched[0].length
      copiedUpTo = i
    } else {
      i++
    }
  }
  return copiedUpTo === 0 ? word : result + word.slice(copiedUpTo)
}
