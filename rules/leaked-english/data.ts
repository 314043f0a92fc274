import type {BaseLanguage} from '../../src/language.js'

/**
 * Words after which a verb must come: subject pronouns and negation. An
 * English word there (`quand on scale`, `Ele não period um`) is a verb or a
 * word a spinner swapped, never a loanword noun.
 */
export const verbCues: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: new Set(['je', 'j', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ne', 'n', 'qui']),
  pt: new Set(['eu', 'tu', 'ele', 'ela', 'nós', 'vós', 'eles', 'elas', 'você', 'vocês', 'não', 'nunca'])
}

/**
 * English endings and their French or Portuguese counterparts: an English
 * word whose counterpart is a word of the language (`monolith` →
 * `monolithe`, `program` → `programa`) is the English spelling of a
 * cognate, left untranslated.
 */
export const cognateEndings: Record<BaseLanguage, ReadonlyArray<readonly [string, string]>> = {
  fr: [
    ['', 'e'],
    ['ic', 'ique'],
    ['ical', 'ique'],
    ['ism', 'isme'],
    ['ist', 'iste'],
    ['ity', 'ité'],
    ['ous', 'eux'],
    ['ary', 'aire'],
    ['ory', 'oire'],
    ['er', 're'],
    ['or', 'eur']
  ],
  pt: [
    ['', 'o'],
    ['', 'a'],
    ['', 'e'],
    ['ic', 'ico'],
    ['ical', 'ico'],
    ['ism', 'ismo'],
    ['ist', 'ista'],
    ['ity', 'idade'],
    ['tion', 'ção'],
    ['sion', 'são'],
    ['ive', 'ivo'],
    ['ous', 'oso'],
    ['y', 'ia']
  ]
}
