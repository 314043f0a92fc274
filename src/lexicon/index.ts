export {createLexicon, fetchLexicon, type Lexicon} from './lexicon.js'
export {loadLexicon, lexiconDataPath} from './load-lexicon.js'
export {LEXICON_LANGUAGES, isLexiconLanguage, type LexiconLanguage} from './lexicon-language.js'
