import type {EntityIndex} from './entities/index.js'
import type {Lexicon} from './lexicon/lexicon.js'
import type {LexiconLanguage} from './lexicon/lexicon-language.js'

/**
 * What rules may ask for beyond the text: data loaded once per process (or
 * worker) behind small interfaces. Rules receive services; they never load
 * data themselves, so the same rule runs in Node, a worker or a browser
 * with a different loader: `nodeServices` (node-services.ts) reads the data
 * from disk, `browserServices` (browser-services.ts) fetches it by URL.
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
    /** Services for mtlint rules; defaults to `defaultServices` (default-services.ts). */
    mtlintServices?: Services | undefined
  }
}
