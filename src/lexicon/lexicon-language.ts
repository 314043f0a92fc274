/**
 * Languages with a precompiled lexicon, and the npm dictionary package each
 * is built from.
 */

export type LexiconLanguage = 'fr' | 'pt' | 'pt-PT' | 'en'

export const LEXICON_LANGUAGES: readonly LexiconLanguage[] = ['fr', 'pt', 'pt-PT', 'en']

/**
 * Source dictionary of each language: `pt` is Brazilian Portuguese (VERO),
 * `pt-PT` European Portuguese, `en` American English.
 */
export const LEXICON_SOURCES: Readonly<Record<LexiconLanguage, string>> = {
  fr: 'dictionary-fr',
  pt: 'dictionary-pt',
  'pt-PT': 'dictionary-pt-pt',
  en: 'dictionary-en'
}

export function isLexiconLanguage(value: string): value is LexiconLanguage {
  return (LEXICON_LANGUAGES as readonly string[]).includes(value)
}
