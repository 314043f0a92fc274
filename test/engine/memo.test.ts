import {describe, expect, it} from 'vitest'
import {memoize} from '../../src/memo.js'

describe('memoize', () => {
  it('computes each value once, including results that are undefined', () => {
    const seen: string[] = []
    const lookup = memoize((value: string) => {
      seen.push(value)
      return value === 'none' ? undefined : value.length
    })
    expect([lookup('abc'), lookup('abc'), lookup('none'), lookup('none')]).toEqual([3, 3, undefined, undefined])
    expect(seen).toEqual(['abc', 'none'])
  })

  it('starts over when full, so memory stays bounded, and still answers right', () => {
    let calls = 0
    const lookup = memoize((value: string) => {
      calls++
      return value.toUpperCase()
    }, 2)
    expect(['a', 'b', 'c', 'a'].map(lookup)).toEqual(['A', 'B', 'C', 'A'])
    // `c` filled the cache: it started over, so `a` was computed again.
    expect(calls).toBe(4)
    expect(lookup('a')).toBe('A')
    expect(calls).toBe(4)
  })
})
