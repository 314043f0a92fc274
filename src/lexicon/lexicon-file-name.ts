import type {LexiconLanguage} from './lexicon-language.js'

/** File name of a language's precompiled data in src/lexicon/data/. */
export function lexiconFileName(language: LexiconLanguage): string {
  return `${language}.lex`
}
