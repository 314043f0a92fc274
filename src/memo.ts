/**
 * Memoisation of pure functions of a word. Texts repeat their words (a few
 * hundred forms make half of any text), so rules compute what a form says
 * once and look it up afterwards. Caches are bounded: when one holds
 * `limit` entries it starts over, so memory stays flat over a corpus of any
 * size.
 */
export function memoize<Result>(compute: (value: string) => Result, limit = 50_000): (value: string) => Result {
  let cache = new Map<string, Result>()
  return (value) => {
    let result = cache.get(value)
    if (result === undefined && !cache.has(value)) {
      result = compute(value)
      if (cache.size >= limit) cache = new Map()
      cache.set(value, result)
    }

    return result as Result
  }
}
