/**
 * mtlint for browsers and workers (`mtlint/browser`): the library without
 * the command line, with the precompiled dictionaries fetched by URL
 * (`browserServices`) instead of read from disk. Nothing here imports a
 * Node-only module; `npm run build:browser` bundles it into dist/browser/.
 */
export * from './index.js'
export {browserServices, type BrowserServicesOptions} from './browser-services.js'
export type {Services} from './services.js'
export type {Lexicon} from './lexicon/lexicon.js'
export type {LexiconLanguage} from './lexicon/lexicon-language.js'
export type {EntityIndex} from './entities/index.js'
