/**
 * Reads a language's Hunspell dictionary from its npm package.
 */
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {LEXICON_SOURCES, type LexiconLanguage} from '../../src/lexicon/lexicon-language.js'
import type {LexiconSource} from './lexicon-builder.js'

/** Directory of the dictionary package, holding index.aff and index.dic. */
export function dictionaryDirectory(language: LexiconLanguage): string {
  return dirname(fileURLToPath(import.meta.resolve(LEXICON_SOURCES[language])))
}

export function readDictionarySource(language: LexiconLanguage): LexiconSource {
  const directory = dictionaryDirectory(language)
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {
    name: string
    version: string
  }
  return {
    language,
    source: `${manifest.name}@${manifest.version}`,
    affix: readFileSync(join(directory, 'index.aff'), 'utf8'),
    dictionary: readFileSync(join(directory, 'index.dic'), 'utf8')
  }
}
