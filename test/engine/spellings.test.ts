import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {textContext} from '../../src/document.js'
import {SpellingMemo, spellingOf} from '../../src/spellings.js'
import {wordsOf} from '../../src/words.js'

const wordsIn = (text: string) => wordsOf(textContext({type: 'RootNode', children: []} as Root, new VFile(text), 'fr'))

describe('spellings', () => {
  it('numbers a spelling the same in every document', () => {
    const [first] = wordsIn('Lanterne rouge.')
    const [again] = wordsIn('Lanterne verte.')
    expect(first!.spelling).toBe(again!.spelling)
    expect(spellingOf('Lanterne')).toBe(first!.spelling)
    expect(spellingOf('lanterne')).not.toBe(first!.spelling)
  })

  it('computes once per spelling across documents, including undefined results', () => {
    const seen: string[] = []
    const memo = new SpellingMemo((value) => {
      seen.push(value)
      return value === 'rouge' ? undefined : value.length
    })
    const results = [...wordsIn('Lanterne rouge, rouge.'), ...wordsIn('La lanterne rouge.')].map((word) => memo.of(word))
    expect(results).toEqual([8, undefined, undefined, 2, 8, undefined])
    expect(seen).toEqual(['Lanterne', 'rouge', 'La', 'lanterne'])
  })

  it('answers afresh when a number comes back for another spelling (after numbering starts over)', () => {
    const memo = new SpellingMemo((value) => value.toUpperCase())
    expect(memo.get(3, 'un')).toBe('UN')
    expect(memo.get(3, 'deux')).toBe('DEUX')
    expect(memo.get(3, 'deux')).toBe('DEUX')
  })
})
