import type {BaseLanguage} from './language.js'
import type {Lexicon} from './lexicon/lexicon.js'
import type {LexiconLanguage} from './lexicon/lexicon-language.js'
import type {Services} from './services.js'

/** Whether a word belongs to a language, as one or several Hunspell dictionaries answer. */
export interface WordList {
  has(word: string): boolean
  /** A form of a dictionary itself, not two words joined at a hyphen. */
  hasForm(word: string): boolean
}

/** Dictionaries of each base language: Portuguese takes both the Brazilian and the European one, so a variant's spelling is never an error in the other. */
const sources: Record<BaseLanguage, readonly LexiconLanguage[]> = {fr: ['fr'], pt: ['pt', 'pt-PT']}

/** The words of a document's language, from every dictionary of that language. */
export async function targetWords(language: BaseLanguage, services: Services): Promise<WordList> {
  const lexicons = await Promise.all(sources[language].map((source) => services.lexicon(source)))
  return union(lexicons)
}

/** English words (American English dictionary). */
export async function englishWords(services: Services): Promise<WordList> {
  return services.lexicon('en')
}

function union(lexicons: Lexicon[]): WordList {
  if (lexicons.length === 1) return lexicons[0]!
  return {has: (word) => lexicons.some((lexicon) => lexicon.has(word)), hasForm: (word) => lexicons.some((lexicon) => lexicon.hasForm(word))}
}
