import {describe, expect, it} from 'vitest'
import {loanwords as french} from '../src/loanwords/fr.js'
import {loanwordDomains, loanwordForms, loanwordSet, type Loanword} from '../src/loanwords/index.js'
import {loanwords as portuguese} from '../src/loanwords/pt.js'

/** Loanwords always written with capitals (documented in src/loanwords/README.md); acronyms such as `CEO` or `smart TV` are allowed too. */
const properNames = new Set(['Black Friday', 'Cyber Monday'])
const acronym = /^[A-Z0-9&]{2,}$/

function forms(entry: Loanword): string[] {
  return [entry.word, ...(entry.variants ?? [])]
}

describe.each([
  ['fr', french],
  ['pt', portuguese]
] as const)('%s list', (language, list) => {
  it('has at least 600 entries', () => {
    expect(list.length).toBeGreaterThanOrEqual(600)
  })

  it('has no duplicate forms, case-insensitively, across words and variants', () => {
    const seen = new Set<string>()
    const duplicates: string[] = []
    for (const entry of list) {
      for (const form of forms(entry)) {
        const key = form.toLowerCase()
        if (seen.has(key)) duplicates.push(form)
        seen.add(key)
      }
    }

    expect(duplicates).toEqual([])
  })

  it('is lowercase except acronyms and documented proper names', () => {
    const capitalised = list
      .flatMap(forms)
      .filter((form) => !properNames.has(form) && !form.split(/[\s-]/).every((part) => part === part.toLowerCase() || acronym.test(part)))
    expect(capitalised).toEqual([])
  })

  it('has clean forms: trimmed, single spaces, letters first', () => {
    const bad = list.flatMap(forms).filter((form) => form !== form.trim() || /\s{2}/.test(form) || !/^\p{L}/u.test(form))
    expect(bad).toEqual([])
  })

  it('uses only the allowed domains', () => {
    const unknown = list.filter((entry) => !loanwordDomains.includes(entry.domain))
    expect(unknown).toEqual([])
  })

  it('lists no regular plural as a variant', () => {
    const plurals = list.filter((entry) => entry.variants?.some((variant) => variant.toLowerCase() === entry.word.toLowerCase() + 's'))
    expect(plurals).toEqual([])
  })

  it('keeps one block per domain, in order, alphabetised within', () => {
    const order = [...new Set(list.map((entry) => entry.domain))]
    expect(order).toEqual(loanwordDomains.filter((domain) => order.includes(domain)))
    const unsorted: string[] = []
    for (const [index, entry] of list.entries()) {
      const next = list[index + 1]
      if (next && next.domain === entry.domain && entry.word.localeCompare(next.word, language) > 0) unsorted.push(entry.word + ' > ' + next.word)
    }

    expect(unsorted).toEqual([])
  })
})

it('restricts variants to Portuguese', () => {
  expect(french.filter((entry) => entry.variant !== undefined)).toEqual([])
})

describe('loanwordSet', () => {
  it('is built once per language', () => {
    expect(loanwordSet('fr')).toBe(loanwordSet('fr'))
    expect(loanwordSet('pt-BR')).toBe(loanwordSet('pt-BR'))
  })

  it('holds only lowercase forms', () => {
    for (const language of ['fr', 'pt', 'pt-BR', 'pt-PT'] as const) {
      const upper = [...loanwordSet(language)].filter((form) => form !== form.toLowerCase())
      expect(upper).toEqual([])
    }
  })

  it('derives plurals and keeps variants and irregular plurals', () => {
    const fr = loanwordSet('fr')
    for (const form of ['startups', 'start-ups', 'smartphones', 'e-mails', 'emails', 'mails', 'week-ends', 'happy hours', 'hobbies', 'businessmen', 'self-made men', 'black friday', 'ceo']) {
      expect(fr.has(form), form).toBe(true)
    }

    for (const form of ['fake newss', 'businessmens', 'newss']) expect(fr.has(form), form).toBe(false)
    const pt = loanwordSet('pt')
    for (const form of ['sites', 'softwares', 'e-mails', 'emails', 'startups', 'commodities', 'shows', 'jeans']) expect(pt.has(form), form).toBe(true)
  })

  it('derives plurals from every form of an entry', () => {
    expect(loanwordForms({word: 'startup', variants: ['start-up'], domain: 'business'})).toEqual(['startup', 'startups', 'start-up', 'start-ups'])
    expect(loanwordForms({word: 'Black Friday', domain: 'business'})).toEqual(['black friday', 'black fridays'])
    expect(loanwordForms({word: 'fake news', domain: 'media'})).toEqual(['fake news'])
    expect(loanwordForms({word: 'fax', domain: 'general'})).toEqual(['fax'])
  })

  it('respects the Portuguese variant filter', () => {
    const pt = loanwordSet('pt')
    const brazil = loanwordSet('pt-BR')
    const portugal = loanwordSet('pt-PT')
    for (const form of ['software', 'site', 'e-mail', 'startup', 'marketing']) {
      expect(brazil.has(form), form).toBe(true)
      expect(portugal.has(form), form).toBe(true)
    }

    for (const form of ['mouse', 'home office', 'freela', 'notebook', 'delivery']) {
      expect(pt.has(form), form).toBe(true)
      expect(brazil.has(form), form).toBe(true)
      expect(portugal.has(form), form).toBe(false)
    }

    for (const form of ['take-away', 'stock', 'rent-a-car', 'stress']) {
      expect(pt.has(form), form).toBe(true)
      expect(portugal.has(form), form).toBe(true)
      expect(brazil.has(form), form).toBe(false)
    }

    for (const form of brazil) expect(pt.has(form), form).toBe(true)
    for (const form of portugal) expect(pt.has(form), form).toBe(true)
    expect(pt.size).toBeGreaterThan(brazil.size)
    expect(pt.size).toBeGreaterThan(portugal.size)
  })
})

describe('spot checks', () => {
  it('French keeps adopted loanwords and leaves out native and non-adopted words', () => {
    const fr = loanwordSet('fr')
    for (const form of ['startup', 'start-up', 'e-mail', 'week-end', 'burn-out', 'smartphone', 'software', 'parking', 'manager', 'open source', 'fake news', 'self-made man', 'best-seller', 'replay']) {
      expect(fr.has(form), form).toBe(true)
    }

    for (const form of ['logiciel', 'period', 'synthetic', 'closing', 'scale']) expect(fr.has(form), form).toBe(false)
  })

  it('Portuguese keeps adopted loanwords and leaves out non-adopted words', () => {
    const pt = loanwordSet('pt')
    for (const form of ['software', 'site', 'e-mail', 'startup', 'marketing', 'show', 'shopping', 'home office', 'coffee break', 'happy hour', 'fake news']) {
      expect(pt.has(form), form).toBe(true)
    }

    for (const form of ['period', 'dash', 'synthetic', 'closing', 'program', 'stakes']) expect(pt.has(form), form).toBe(false)
  })
})
