import type {LanguageTag} from '../../src/language.js'

/** One expected diagnostic: the exact text of its span, and optionally its suggestions and position. */
export interface ExpectedError {
  actual: string
  expected?: string[]
  /** `line:column-line:column`, as in `String(message)`. */
  at?: string
}

export interface InvalidCase {
  text: string
  errors: ExpectedError[]
}

/**
 * A rule's valid/invalid table (as ESLint's RuleTester takes), per language.
 * Every invalid case has its nearest valid neighbour (a name, a loanword, a
 * correct use of the same sign) in `valid`.
 */
export type RuleCases = Partial<Record<LanguageTag, {valid: string[]; invalid: InvalidCase[]}>>
