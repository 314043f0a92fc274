/**
 * Services for browsers and workers: the precompiled data fetched by URL
 * instead of read from disk. No Node-only module is imported here.
 */
import {fetchLexicon, type Lexicon} from './lexicon/lexicon.js'
import {lexiconFileName} from './lexicon/lexicon-file-name.js'
import type {LexiconLanguage} from './lexicon/lexicon-language.js'
import type {Services} from './services.js'

export interface BrowserServicesOptions {
  /**
   * Where the `.lex` files are served (a directory URL, with or without the
   * final slash; relative URLs are taken from the page). By default,
   * `lexicon/` beside the module, as `npm run build:browser` lays it out.
   */
  baseUrl?: string | URL
}

/**
 * Services that fetch each lexicon (`fr.lex`, `pt.lex`, `pt-PT.lex`,
 * `en.lex`) from `baseUrl` on first use and keep it. Entities are bundled
 * data, loaded on first use; phrase packs are JSON or YAML fetched by URL,
 * relative to the page.
 */
export function browserServices(options: BrowserServicesOptions = {}): Services {
  const base = directory(options.baseUrl ?? new URL('lexicon/', import.meta.url))
  const lexicons = new Map<LexiconLanguage, Promise<Lexicon>>()

  return {
    lexicon(language) {
      let lexicon = lexicons.get(language)
      if (!lexicon) {
        lexicon = fetchLexicon(new URL(lexiconFileName(language), base()), language)
        // A failed fetch is not kept, so a later call can try again.
        lexicon.catch(() => lexicons.delete(language))
        lexicons.set(language, lexicon)
      }

      return lexicon
    },
    async entities() {
      const {getEntityIndex} = await import('./entities/index.js')
      return getEntityIndex()
    },
    async phrasePack(specifier) {
      const url = new URL(specifier, pageUrl())
      const response = await fetch(url)
      if (!response.ok) throw new Error('Cannot fetch phrase pack `' + specifier + '` (' + url.href + '): HTTP ' + response.status)
      const text = await response.text()
      try {
        if (/\.ya?ml$/iu.test(url.pathname)) {
          const {parse} = await import('yaml')
          return parse(text) as unknown
        }

        return JSON.parse(text) as unknown
      } catch (error) {
        throw new Error('Cannot parse phrase pack `' + specifier + '`: ' + (error as Error).message, {cause: error})
      }
    }
  }
}

/** The base URL as a directory, resolved against the page when relative (lazily: there may be no page when the module loads). */
function directory(baseUrl: string | URL): () => URL {
  return () => {
    const url = new URL(String(baseUrl), pageUrl())
    if (!url.pathname.endsWith('/')) url.pathname += '/'
    return url
  }
}

/** The page's URL, to resolve relative URLs against; the module's own outside a page. */
function pageUrl(): string {
  const location = (globalThis as {location?: {href: string}}).location
  return location?.href ?? import.meta.url
}
