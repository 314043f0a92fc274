import {describe, expect, it} from 'vitest'
import {appendages} from '../rules/leaked-english/substitutions/appendages.js'
import {substitutions as french} from '../rules/leaked-english/substitutions/fr.js'
import {substitutions as portuguese} from '../rules/leaked-english/substitutions/pt.js'
import {loadLexicon} from '../src/lexicon/index.js'
import {loanwordSet} from '../src/loanwords/index.js'

const [en, fr, pt, ptPT] = await Promise.all([loadLexicon('en'), loadLexicon('fr'), loadLexicon('pt'), loadLexicon('pt-PT')])

type Language = 'fr' | 'pt'

/** A word of the language itself, either variety for Portuguese. */
const isTargetWord: Record<Language, (word: string) => boolean> = {
  fr: (word) => fr.has(word),
  pt: (word) => pt.has(word) || ptPT.has(word)
}

/**
 * Originals that are not English words: the plain translation of a key, listed
 * after the spinner's originals as a fallback (README.md, "Allowlist"). Keep it
 * short: a spinner can only replace a word that is also English.
 */
const notEnglish: Record<Language, ReadonlySet<string>> = {
  fr: new Set(),
  pt: new Set(['período'])
}

const packs: Array<[Language, Readonly<Record<string, readonly string[]>>]> = [
  ['fr', french],
  ['pt', portuguese]
]

describe.each(packs)('%s substitutions', (language, pack) => {
  const keys = Object.keys(pack)
  const loanwords = loanwordSet(language)

  it('has at least 300 English keys', () => {
    expect(keys.length).toBeGreaterThanOrEqual(300)
  })

  it('has keys that are lowercase single words and not names on Object.prototype', () => {
    expect(keys.filter((key) => !/^[a-z]+$/.test(key) || key in Object.prototype)).toEqual([])
  })

  it('has keys that are English, not words of the language and not loanwords', () => {
    expect(keys.filter((key) => !en.has(key))).toEqual([])
    expect(keys.filter((key) => isTargetWord[language](key))).toEqual([])
    expect(keys.filter((key) => loanwords.has(key))).toEqual([])
  })

  it('lists at least one original per key, lowercase, without duplicates, never the key itself', () => {
    const bad = Object.entries(pack).filter(
      ([key, originals]) =>
        originals.length === 0 ||
        new Set(originals).size !== originals.length ||
        originals.some((original) => original !== original.toLowerCase() || original === key)
    )
    expect(bad).toEqual([])
  })

  it('maps to originals that are words (or loanwords) of the language', () => {
    const bad = Object.entries(pack).flatMap(([key, originals]) =>
      originals.filter((original) => !isTargetWord[language](original) && !loanwords.has(original)).map((original) => `${key} → ${original}`)
    )
    expect(bad).toEqual([])
  })

  it('maps to originals that are also English, the spinner’s precondition, except the allowlist', () => {
    const originals = new Set(Object.values(pack).flat())
    expect([...originals].filter((original) => !en.has(original) && !notEnglish[language].has(original))).toEqual([])
    // The allowlist holds only originals that are used and really not English.
    expect([...notEnglish[language]].filter((original) => !originals.has(original) || en.has(original))).toEqual([])
  })

  it('lists an allowlisted original only after an English one', () => {
    const bad = Object.entries(pack).filter(([, originals]) => notEnglish[language].has(originals[0]!))
    expect(bad).toEqual([])
  })
})

describe('spot checks', () => {
  it('pt: the spinner’s swaps map back', () => {
    expect(portuguese.period?.[0]).toBe('era')
    expect(portuguese.periods?.[0]).toBe('eras')
    expect(portuguese.synthetic?.[0]).toBe('artificial')
    expect(portuguese.closing).toContain('final')
    expect(portuguese.dash).toContain('sprint')
  })

  it('fr: the spinner’s swaps map back', () => {
    expect(french.customer).toContain('client')
    expect(french.customers).toContain('clients')
    expect(french.picture?.[0]).toBe('image')
    expect(french.query).toContain('question')
    expect(french.vehicle).toContain('car')
  })

  it('appendages: software program', () => {
    expect(appendages.software).toContain('program')
  })
})

describe('appendages', () => {
  const heads = Object.keys(appendages)
  const frenchLoanwords = loanwordSet('fr')
  const portugueseLoanwords = loanwordSet('pt')
  const isTargetOrLoanword = (word: string) =>
    isTargetWord.fr(word) || isTargetWord.pt(word) || frenchLoanwords.has(word) || portugueseLoanwords.has(word)

  it('has at least 20 heads', () => {
    expect(heads.length).toBeGreaterThanOrEqual(20)
  })

  it('has heads that are lowercase words of French or Portuguese (or loanwords) and English', () => {
    expect(heads.filter((head) => head !== head.toLowerCase() || head in Object.prototype)).toEqual([])
    expect(heads.filter((head) => !isTargetOrLoanword(head))).toEqual([])
    expect(heads.filter((head) => !en.has(head))).toEqual([])
  })

  it('has tails that are lowercase single English words, words of neither language nor loanwords, without duplicates', () => {
    const bad = Object.entries(appendages).flatMap(([head, tails]) => [
      ...(tails.length === 0 || new Set(tails).size !== tails.length ? [`${head}: empty or duplicate tails`] : []),
      ...tails.filter((tail) => !/^[a-z]+$/.test(tail) || !en.has(tail) || isTargetOrLoanword(tail)).map((tail) => `${head} ${tail}`)
    ])
    expect(bad).toEqual([])
  })
})
