/**
 * Compares the precompiled lexicons with native Hunspell, run on the same
 * .aff/.dic files from the dictionary-* packages.
 *
 *   npx tsx scripts/compare-hunspell.ts [--candidates N] [--seed S] [--out DIR] [languages…]
 *
 * Needs native Hunspell (apt-get install hunspell libhunspell-dev gcc) and,
 * for the prose part, the Debian documentation listed in
 * scripts/hunspell-compare/prose-corpus.ts. Not part of `npm test`.
 *
 * Two samples per language:
 *   prose      every word token of the Debian documentation, counted with
 *              its frequency (agreement per token and per distinct word);
 *   generated  N distinct generated candidates (random roots with random
 *              affixes, near-misses, typos, case variants, constructions).
 * With --exhaustive, a third sample: every word stored in the lexicon.
 * Every disagreement is written to DIR/<language>-<sample>.tsv.
 */
import {mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseArgs} from 'node:util'
import {capitalisationOf} from '../src/lexicon/capitalisation.js'
import {LEXICON_LANGUAGES, isLexiconLanguage, type LexiconLanguage} from '../src/lexicon/lexicon-language.js'
import {lexiconDataPath, loadLexicon} from '../src/lexicon/load-lexicon.js'
import {automatonWords} from './hunspell-compare/automaton-words.js'
import {generateCandidates} from './hunspell-compare/candidate-generator.js'
import {nativeSpell} from './hunspell-compare/native-hunspell.js'
import {readProse, tokenCounts} from './hunspell-compare/prose-corpus.js'
import {dictionaryDirectory, readDictionarySource} from './lexicon-build/dictionary-source.js'

const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    candidates: {type: 'string', default: '120000'},
    seed: {type: 'string', default: '20240611'},
    out: {type: 'string', default: '/tmp/mtlint-hunspell-compare'},
    exhaustive: {type: 'boolean', default: false}
  }
})
for (const name of positionals) {
  if (!isLexiconLanguage(name)) throw new Error(`unknown language ${name}`)
}
const languages = (positionals.length > 0 ? positionals : LEXICON_LANGUAGES) as LexiconLanguage[]
mkdirSync(values.out, {recursive: true})

/** A rough label for a disagreement, to group them in the report. */
function shape(word: string): string {
  const parts: string[] = []
  if (/\d/u.test(word)) parts.push('digits')
  if (/['’]/u.test(word)) parts.push('apostrophe')
  if (word.includes('-')) parts.push('hyphen')
  if (word.includes('.')) parts.push('dot')
  const capitalisation = capitalisationOf(word)
  if (capitalisation !== 'lower') parts.push(capitalisation)
  return parts.length > 0 ? parts.join('+') : 'plain'
}

interface Comparison {
  distinct: number
  distinctAgree: number
  tokens: number
  tokensAgree: number
  /** Distinct words that Hunspell accepts. */
  accepted: number
  disagreements: Array<{word: string; count: number; ours: boolean; hunspell: boolean}>
}

async function compare(
  language: LexiconLanguage,
  counts: ReadonlyMap<string, number>
): Promise<Comparison> {
  const lexicon = await loadLexicon(language)
  const directory = dictionaryDirectory(language)
  const words = [...counts.keys()]
  const native = nativeSpell(join(directory, 'index.aff'), join(directory, 'index.dic'), words)
  const result: Comparison = {distinct: 0, distinctAgree: 0, tokens: 0, tokensAgree: 0, accepted: 0, disagreements: []}
  words.forEach((word, i) => {
    const count = counts.get(word) as number
    const ours = lexicon.has(word)
    const hunspell = native[i] as boolean
    result.distinct++
    result.tokens += count
    if (hunspell) result.accepted++
    if (ours === hunspell) {
      result.distinctAgree++
      result.tokensAgree += count
    } else {
      result.disagreements.push({word, count, ours, hunspell})
    }
  })
  return result
}

function percent(part: number, whole: number): string {
  return `${((100 * part) / whole).toFixed(4)} %`
}

function report(language: LexiconLanguage, sample: string, comparison: Comparison): void {
  const {distinct, distinctAgree, tokens, tokensAgree, accepted, disagreements} = comparison
  console.log(
    `${language} ${sample}: ${tokens} tokens, agreement ${percent(tokensAgree, tokens)}; ` +
      `${distinct} distinct (${accepted} accepted by Hunspell), agreement ${percent(distinctAgree, distinct)}; ` +
      `${disagreements.length} disagreements`
  )
  const groups = new Map<string, typeof disagreements>()
  for (const d of disagreements) {
    const key = `${d.ours ? 'only we accept' : 'only Hunspell accepts'} · ${shape(d.word)}`
    let group = groups.get(key)
    if (!group) groups.set(key, (group = []))
    group.push(d)
  }
  for (const [key, group] of [...groups].sort((a, b) => b[1].length - a[1].length)) {
    const examples = group.slice(0, 8).map((d) => d.word).join(' ')
    console.log(`    ${String(group.length).padStart(6)}  ${key}: ${examples}`)
  }
  const file = join(values.out, `${language}-${sample}.tsv`)
  writeFileSync(
    file,
    'word\tcount\tours\thunspell\tshape\n' +
      disagreements.map((d) => `${d.word}\t${d.count}\t${+d.ours}\t${+d.hunspell}\t${shape(d.word)}`).join('\n') +
      '\n'
  )
}

for (const language of languages) {
  const prose = readProse(language)
  for (const path of prose.missing) console.warn(`${language}: missing prose source ${path}`)
  if (prose.files.length > 0) report(language, 'prose', await compare(language, tokenCounts(prose.text)))

  const candidates = generateCandidates(
    readDictionarySource(language),
    Number(values.candidates),
    Number(values.seed)
  )
  report(language, 'generated', await compare(language, new Map(candidates.map((word) => [word, 1]))))

  if (values.exhaustive) {
    const words = automatonWords(readFileSync(lexiconDataPath(language)))
    report(language, 'stored', await compare(language, new Map(words.map((word) => [word, 1]))))
  }
}
