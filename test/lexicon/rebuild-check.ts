/**
 * Shared by the build-consistency tests: the committed
 * src/lexicon/data/<language>.lex must be exactly what
 * scripts/build-lexicons.ts makes from the installed dictionary package.
 */
import {createHash} from 'node:crypto'
import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {lexiconDataPath} from '../../src/lexicon/load-lexicon.js'
import type {LexiconLanguage} from '../../src/lexicon/lexicon-language.js'
import {readDictionarySource} from '../../scripts/lexicon-build/dictionary-source.js'
import {buildLexicon} from '../../scripts/lexicon-build/lexicon-builder.js'

const digest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex')

export function rebuildsIdentically(language: LexiconLanguage): void {
  it(`rebuilding ${language} gives the committed data`, {timeout: 300_000}, () => {
    const committed = readFileSync(lexiconDataPath(language))
    const {bytes} = buildLexicon(readDictionarySource(language))
    expect(digest(bytes), 'stale lexicon data: run npx tsx scripts/build-lexicons.ts').toBe(digest(committed))
  })
}
