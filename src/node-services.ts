import type {Services} from './services.js'

/**
 * Services that read the precompiled data from disk (Node). The loaders are
 * imported on first use, so a rule that needs no data loads none.
 */
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
