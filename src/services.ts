import type {EntityIndex} from './entities/index.js'
import type {Lexicon} from './lexicon/lexicon.js'
import type {LexiconLanguage} from './lexicon/lexicon-language.js'

/**
 * What rules may ask for beyond the text: data loaded once per process (or
 * worker) behind small interfaces. Rules receive services; they never load
 * data themselves, so the same rule runs in Node, a worker or a browser
 * with a different loader.
 */
export interface Services {
  /** The lexicon of a language, loaded on first use and shared. */
  lexicon(language: LexiconLanguage): Promise<Lexicon>
  /** The entity lexicon (names with their correct and localised forms). */
  entities(): Promise<EntityIndex>
  /** A user's phrase pack, as read (validated by the rule): a JSON or YAML file, or an npm package `mtlint-pack-*`. */
  phrasePack?(specifier: string): Promise<unknown>
}

declare module 'unified' {
  interface Data {
    /** Services for mtlint rules; defaults to loading data from disk with Node. */
    mtlintServices?: Services | undefined
  }
}

/** Services that read the precompiled data from disk (Node). */
export const nodeServices: Services = {
  async lexicon(language) {
    const {loadLexicon} = await import('./lexicon/load-lexicon.js')
    return loadLexicon(language)
  },
  async entities() {
    const {getEntityIndex} = await import('./entities/index.js')
    return getEntityIndex()
  },
  async phrasePack(specifier) {
    const {readPhrasePack} = await import('./phrases/read-pack.js')
    return readPhrasePack(specifier)
  }
}
