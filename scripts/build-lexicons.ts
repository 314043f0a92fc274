/**
 * Regenerates src/lexicon/data/*.lex from the Hunspell dictionaries in the
 * dictionary-* npm packages.
 *
 *   npx tsx scripts/build-lexicons.ts            # all languages
 *   npx tsx scripts/build-lexicons.ts fr en      # some of them
 *
 * The output is committed; test/lexicon/build-consistency.test.ts rebuilds
 * it and fails when it differs, e.g. after a dictionary package update.
 */
import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {LEXICON_LANGUAGES, isLexiconLanguage, type LexiconLanguage} from '../src/lexicon/lexicon-language.js'
import {lexiconFileName} from '../src/lexicon/lexicon-file-name.js'
import {readDictionarySource} from './lexicon-build/dictionary-source.js'
import {buildLexicon} from './lexicon-build/lexicon-builder.js'

const dataDirectory = new URL('../src/lexicon/data/', import.meta.url)

const requested = process.argv.slice(2)
for (const name of requested) {
  if (!isLexiconLanguage(name)) throw new Error(`unknown language ${name}; known: ${LEXICON_LANGUAGES.join(', ')}`)
}
const languages = (requested.length > 0 ? requested : LEXICON_LANGUAGES) as LexiconLanguage[]

for (const language of languages) {
  const started = performance.now()
  const source = readDictionarySource(language)
  const {bytes, statistics} = buildLexicon(source)
  const target = new URL(lexiconFileName(language), dataDirectory)
  writeFileSync(target, bytes)
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `${language}: ${source.source} → ${fileURLToPath(target)} ` +
      `(${(bytes.length / 1e6).toFixed(2)} MB, ${statistics.roots} roots, ${statistics.forms} forms, ` +
      `${statistics.states} states, ${statistics.ambiguousForms} ambiguous, ${seconds} s)`
  )
}
