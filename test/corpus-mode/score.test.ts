import {describe, expect, it} from 'vitest'
import {categories} from '../../src/category.js'
import {rocAuc} from '../../src/corpus/auc.js'
import {categoryWeights, countWords, documentScore, emptyCounts} from '../../src/corpus/score.js'

describe('documentScore', () => {
  it('is 0 without artefacts and weights artefacts per 1,000 words', () => {
    expect(documentScore(emptyCounts(), 500)).toBe(0)
    expect(documentScore({'leaked-english': 1}, 1000)).toBe(3)
    expect(documentScore({nonword: 2, calque: 1}, 2000)).toBe(1.5)
  })

  it('divides by at least 100 words, so a short snippet with one hit is not damned', () => {
    expect(documentScore({'garbled-name': 1}, 10)).toBe(30)
    expect(documentScore({'garbled-name': 1}, 0)).toBe(30)
  })

  it('has a weight for every category, strong evidence above weak', () => {
    for (const category of categories) expect(categoryWeights[category]).toBeGreaterThan(0)
    expect(categoryWeights['leaked-english']).toBeGreaterThan(categoryWeights.nonword)
    expect(categoryWeights['garbled-name']).toBeGreaterThan(categoryWeights.typography)
  })
})

describe('countWords', () => {
  it('counts runs of letters', () => {
    expect(countWords('')).toBe(0)
    expect(countWords('L’homme a 3 chats.')).toBe(4)
    expect(countWords('ação — não')).toBe(2)
  })
})

describe('rocAuc', () => {
  it('is 1 for a perfect separation, 0.5 for ties, 0 when inverted', () => {
    expect(rocAuc([3, 4], [1, 2])).toBe(1)
    expect(rocAuc([1], [1])).toBe(0.5)
    expect(rocAuc([1, 2], [3, 4])).toBe(0)
    expect(rocAuc([2, 5], [1, 3])).toBe(0.75)
    expect(rocAuc([], [1])).toBeNaN()
  })
})

describe('the package', () => {
  it('exports the document score', async () => {
    const api = await import('../../src/index.js')
    expect(api.documentScore).toBe(documentScore)
    expect(api.categoryWeights).toBe(categoryWeights)
    expect(api.countWords).toBe(countWords)
  })
})
