/**
 * Load time, memory and lookup speed of the precompiled lexicons, next to
 * native Hunspell and nspell, each measured in a fresh process.
 *
 *   npm run build && npx tsx scripts/bench-lexicon.ts [--no-native] [--no-nspell] [languages…]
 *
 * "load" is import + loading the data + the first lookup. Lookups run over
 * the word tokens of real prose, in text order (Debian documentation, see
 * hunspell-compare/prose-corpus.ts), and over the generated candidates of
 * compare-hunspell.ts (mostly rare forms, typos and non-words). Native
 * Hunspell needs `apt-get install hunspell libhunspell-dev gcc`; nspell is
 * given --nspell-timeout seconds to build its dictionary (it never finishes
 * for Portuguese).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {parseArgs} from 'node:util'
import {LEXICON_LANGUAGES, LEXICON_SOURCES, isLexiconLanguage, type LexiconLanguage} from '../src/lexicon/lexicon-language.js'
import {generateCandidates} from './hunspell-compare/candidate-generator.js'
import {nativeBench} from './hunspell-compare/native-hunspell.js'
import {readProse} from './hunspell-compare/prose-corpus.js'
import {dictionaryDirectory, readDictionarySource} from './lexicon-build/dictionary-source.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    dist: {type: 'string', default: 'dist/src/lexicon/index.js'},
    native: {type: 'boolean', default: true},
    'no-native': {type: 'boolean', default: false},
    nspell: {type: 'boolean', default: true},
    'no-nspell': {type: 'boolean', default: false},
    'nspell-timeout': {type: 'string', default: '60'}
  }
})
const languages = (positionals.length > 0 ? positionals : LEXICON_LANGUAGES) as LexiconLanguage[]
for (const language of languages) if (!isLexiconLanguage(language)) throw new Error(`unknown language ${language}`)
if (!existsSync(values.dist)) throw new Error(`${values.dist} not found: run \`npm run build\` first`)
const entry = pathToFileURL(values.dist).href
const work = mkdtempSync(join(tmpdir(), 'mtlint-bench-'))

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu

/** Code run in a fresh Node process: prints one JSON line. */
const OURS = `
import {readFileSync} from 'node:fs'
const [entry, language, ...files] = process.argv.slice(1)
const lists = files.map((file) => readFileSync(file, 'utf8').split('\\n'))
const rss0 = process.memoryUsage().rss
const t0 = performance.now()
const {loadLexicon} = await import(entry)
const lexicon = await loadLexicon(language)
lexicon.has('a')
const loadMs = performance.now() - t0
const loadRss = process.memoryUsage().rss - rss0
const rates = lists.map((words) => {
  let n = 0, accepted = 0
  const start = performance.now()
  while (performance.now() - start < 2000) {
    for (const word of words) accepted += lexicon.has(word) ? 1 : 0
    n += words.length
  }
  return n / ((performance.now() - start) / 1000)
})
console.log(JSON.stringify({loadMs, loadRss, peakRss: process.resourceUsage().maxRSS * 1024 - rss0, rates}))
`

const NSPELL = `
import {readFileSync} from 'node:fs'
const [dictionaryName, ...files] = process.argv.slice(1)
const lists = files.map((file) => readFileSync(file, 'utf8').split('\\n'))
const rss0 = process.memoryUsage().rss
const t0 = performance.now()
const {default: nspell} = await import('nspell')
const {default: dictionary} = await import(dictionaryName)
const spell = nspell(dictionary)
spell.correct('a')
const loadMs = performance.now() - t0
const loadRss = process.memoryUsage().rss - rss0
const rates = lists.map((words) => {
  let n = 0
  const start = performance.now()
  while (performance.now() - start < 2000) {
    for (const word of words) spell.correct(word)
    n += words.length
  }
  return n / ((performance.now() - start) / 1000)
})
console.log(JSON.stringify({loadMs, loadRss, peakRss: process.resourceUsage().maxRSS * 1024 - rss0, rates}))
`

interface Measure {
  loadMs: number
  loadRss: number
  peakRss: number
  rates: number[]
}

function runNode(code: string, args: string[], timeoutSeconds: number): Measure | string {
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code, ...args], {
    encoding: 'utf8',
    timeout: timeoutSeconds * 1000,
    maxBuffer: 1 << 26
  })
  if (result.error || result.status !== 0) {
    return result.signal === 'SIGTERM' ? `did not load within ${timeoutSeconds} s` : `failed: ${result.stderr.slice(0, 200)}`
  }
  return JSON.parse(result.stdout.trim().split('\n').pop() as string) as Measure
}

const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(0)} MB`
const rate = (perSecond: number | undefined): string =>
  perSecond === undefined ? '-' : `${(perSecond / 1e6).toFixed(2)} M/s`

for (const language of languages) {
  const prose = readProse(language)
  const tokens = [...prose.text.matchAll(TOKEN)].map((match) => match[0])
  const candidates = generateCandidates(readDictionarySource(language), 120_000, 20240611)
  const proseFile = join(work, `${language}-prose.txt`)
  const candidateFile = join(work, `${language}-candidates.txt`)
  writeFileSync(proseFile, tokens.join('\n'))
  writeFileSync(candidateFile, candidates.join('\n'))
  console.log(`${language}: ${tokens.length} prose tokens, ${candidates.length} generated candidates`)

  const ours = runNode(OURS, [entry, language, proseFile, candidateFile], 120)
  if (typeof ours === 'string') console.log(`  mtlint   ${ours}`)
  else {
    console.log(
      `  mtlint   load ${ours.loadMs.toFixed(1)} ms, RSS +${mb(ours.loadRss)} (peak +${mb(ours.peakRss)}), ` +
        `prose ${rate(ours.rates[0])}, generated ${rate(ours.rates[1])}`
    )
  }

  if (values.native && !values['no-native']) {
    const directory = dictionaryDirectory(language)
    const aff = join(directory, 'index.aff')
    const dic = join(directory, 'index.dic')
    const onProse = nativeBench(aff, dic, tokens)
    const onCandidates = nativeBench(aff, dic, candidates)
    console.log(
      `  hunspell load ${onProse.loadMs.toFixed(1)} ms, ` +
        `prose ${rate(onProse.words / (onProse.checkMs / 1000))}, ` +
        `generated ${rate(onCandidates.words / (onCandidates.checkMs / 1000))}`
    )
  }

  if (values.nspell && !values['no-nspell']) {
    const measure = runNode(NSPELL, [LEXICON_SOURCES[language], proseFile, candidateFile], Number(values['nspell-timeout']))
    if (typeof measure === 'string') console.log(`  nspell   ${measure}`)
    else {
      console.log(
        `  nspell   load ${measure.loadMs.toFixed(0)} ms, RSS +${mb(measure.loadRss)} (peak +${mb(measure.peakRss)}), ` +
          `prose ${rate(measure.rates[0])}, generated ${rate(measure.rates[1])}`
      )
    }
  }
}
