import {readFileSync, readdirSync} from 'node:fs'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {textContext} from '../../src/document.js'
import {countLetterRuns, perForm, wordsOf} from '../../src/words.js'

/** The definition of a word, as one expression: wordsOf must find exactly these (outside URLs, handles and code). */
const reference = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

const wordsIn = (text: string) => wordsOf(textContext({type: 'RootNode', children: []} as Root, new VFile(text), 'fr'))

function expected(text: string): string[] {
  const context = textContext({type: 'RootNode', children: []} as Root, new VFile(text), 'fr')
  return context.segments.flatMap((segment) => [...segment.text.matchAll(reference)].map((match) => segment.offset(match.index) + ':' + match[0]))
}

/** A small deterministic generator (mulberry32), so a failure is reproducible. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d_2b_79_f5) | 0
    let value = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value
    return ((value ^ (value >>> 14)) >>> 0) / 4_294_967_296
  }
}

const pieces = ['a', 'É', 'ß', '1', '٣', '-', "'", '’', ' ', '\u0301', '\ud835\udc00', '\ud800', '\udc00', '😀', 'x', '.', '\u00ad', '漢', '\ufeff', '\n', 'ǅ', '\u0000']

describe('wordsOf', () => {
  const directories = ['corpus/seeds', 'clean/fr', 'clean/pt-BR'].map((path) => new URL('../../fixtures/' + path + '/', import.meta.url))
  const texts = directories.flatMap((directory) => readdirSync(directory).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, directory), 'utf8')))

  it('finds the words the reference expression finds, at the same offsets, in real text', () => {
    for (const text of texts.filter((text) => !/[@#`]|\.\p{L}|www|http/u.test(text))) {
      expect(wordsIn(text).map((word) => word.start + ':' + word.value)).toEqual(expected(text))
    }
  })

  it('finds them in arbitrary strings of letters, marks, digits, surrogates (paired and lone) and punctuation', () => {
    const next = random(42)
    for (let round = 0; round < 2000; round++) {
      let text = ''
      for (let length = Math.floor(next() * 40); length > 0; length--) text += pieces[Math.floor(next() * pieces.length)]
      expect(wordsIn(text).map((word) => word.start + ':' + word.value), JSON.stringify(text)).toEqual(expected(text))
    }
  })

  it('counts runs of letters and digits as the expression does, and stops past the limit', () => {
    const next = random(7)
    for (let round = 0; round < 2000; round++) {
      let text = ''
      for (let length = Math.floor(next() * 40); length > 0; length--) text += pieces[Math.floor(next() * pieces.length)]
      const runs = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
      expect(countLetterRuns(text), JSON.stringify(text)).toBe(runs)
      expect(countLetterRuns(text, 2), JSON.stringify(text)).toBe(Math.min(runs, 3))
    }
  })

  it('gives words spelt alike the same form index, and perForm computes once per spelling', () => {
    const words = wordsIn('Le chat et le chat. Le Chat.')
    expect(words.map((word) => word.form)).toEqual([0, 1, 2, 3, 1, 0, 4])
    const seen: string[] = []
    const length = perForm((value) => {
      seen.push(value)
      return value.length
    })
    expect(words.map(length)).toEqual([2, 4, 2, 2, 4, 2, 4])
    expect(seen).toEqual(['Le', 'chat', 'et', 'le', 'Chat'])
  })
})
