import {loanwords as french} from './fr.js'
import {loanwords as portuguese} from './pt.js'

/** Subject area where a loanword is most at home in the press. */
export type LoanwordDomain = 'general' | 'tech' | 'business' | 'media' | 'sport' | 'culture' | 'food' | 'fashion'

/** The domains, in the order the blocks appear in `fr.ts` and `pt.ts`. */
export const loanwordDomains: readonly LoanwordDomain[] = ['general', 'tech', 'business', 'media', 'sport', 'culture', 'food', 'fashion']

export interface Loanword {
  /** The form as written in the target language, lowercase unless the loanword is always capitalised. */
  word: string
  /** Other spellings in use (`start-up` for `startup`, `e-mail`/`email`/`mail`), and irregular plurals if any. Regular plurals in -s are derived by the consumer; list only irregular ones (`leaders` no, `médias` no). */
  variants?: string[]
  /** For Portuguese: restrict to a variant when usage differs ('pt-BR' | 'pt-PT'); absent = both. */
  variant?: 'pt-BR' | 'pt-PT'
  /** Domain: 'general' | 'tech' | 'business' | 'media' | 'sport' | 'culture' | 'food' | 'fashion'. */
  domain: LoanwordDomain
}

export type LoanwordLanguage = 'fr' | 'pt' | 'pt-BR' | 'pt-PT'

export {french as frenchLoanwords, portuguese as portugueseLoanwords}

/**
 * The entries that apply to a language: for `pt`, both varieties; for
 * `pt-BR` and `pt-PT`, the shared entries plus that variety's own.
 */
export function loanwordsFor(language: LoanwordLanguage): readonly Loanword[] {
  if (language === 'fr') return french
  if (language === 'pt') return portuguese
  return portuguese.filter((entry) => entry.variant === undefined || entry.variant === language)
}

/**
 * Every lowercase form of an entry: the word, its variants, and the regular
 * plural of each (`-s` on the last word). Forms already ending in s, x or z
 * (`fake news`, `jeans`) take no `-s`, nor do English plurals in -men listed
 * as variants (`businessmen`).
 */
export function loanwordForms(entry: Loanword): string[] {
  const forms: string[] = []
  for (const form of [entry.word, ...(entry.variants ?? [])]) {
    const lower = form.toLowerCase()
    forms.push(lower)
    const plural = regularPlural(lower)
    if (plural) forms.push(plural)
  }

  return forms
}

const cache = new Map<LoanwordLanguage, ReadonlySet<string>>()

/** Every lowercase form of every loanword of a language, built once and cached. */
export function loanwordSet(language: LoanwordLanguage): ReadonlySet<string> {
  let set = cache.get(language)
  if (!set) {
    set = new Set(loanwordsFor(language).flatMap(loanwordForms))
    cache.set(language, set)
  }

  return set
}

function regularPlural(form: string): string | undefined {
  if (/[sxz]$/.test(form) || /men$/.test(form)) return undefined
  return form + 's'
}
