/**
 * Node loader: reads a language's precompiled data from disk, once per
 * process. The only lexicon module that uses `node:fs`.
 */
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {createLexicon, type Lexicon} from './lexicon.js'
import {lexiconFileName} from './lexicon-file-name.js'
import type {LexiconLanguage} from './lexicon-language.js'

/**
 * Where the data may be: beside this module (running the TypeScript sources
 * from src/lexicon/), or in the package's src/lexicon/data/ when running the
 * compiled dist/src/lexicon/ (tsc does not copy the data files).
 */
const DATA_DIRECTORIES = [
  new URL('./data/', import.meta.url),
  new URL('../../../src/lexicon/data/', import.meta.url)
]

/** Path of a language's `.lex` file. */
export function lexiconDataPath(language: LexiconLanguage): string {
  const name = lexiconFileName(language)
  for (const directory of DATA_DIRECTORIES) {
    const path = fileURLToPath(new URL(name, directory))
    if (existsSync(path)) return path
  }
  throw new Error(`no precompiled lexicon for ${language}: ${name} not found in src/lexicon/data/`)
}

const cache = new Map<LexiconLanguage, Promise<Lexicon>>()

/** The lexicon of `language`, loaded on first use and shared afterwards. */
export function loadLexicon(language: LexiconLanguage): Promise<Lexicon> {
  let lexicon = cache.get(language)
  if (!lexicon) {
    lexicon = (async () => createLexicon(await readFile(lexiconDataPath(language)), language))()
    // A failed load is not cached, so a later call can try again.
    lexicon.catch(() => cache.delete(language))
    cache.set(language, lexicon)
  }
  return lexicon
}
