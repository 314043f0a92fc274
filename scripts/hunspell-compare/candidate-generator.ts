/**
 * Generated test words for the comparison with native Hunspell: dictionary
 * roots with random affixes applied (own flags, and rules of other flags as
 * near-misses), typos of such forms, case variants and language-specific
 * constructions (elisions, enclitics, hyphenated pairs, ordinals,
 * abbreviations). Deterministic for a given seed.
 */
import type {LexiconLanguage} from '../../src/lexicon/lexicon-language.js'
import {toInitialCapital, toLower} from '../../src/lexicon/capitalisation.js'
import {parseAffixFile, type AffixRule} from '../lexicon-build/affix-file.js'
import {applyRule, indexAffixes} from '../lexicon-build/affix-expansion.js'
import {parseDictionaryFile} from '../lexicon-build/dictionary-file.js'
import type {LexiconSource} from '../lexicon-build/lexicon-builder.js'
import {buildRootTable, type Root} from '../lexicon-build/root-table.js'

/** mulberry32 */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const CONSTRUCTIONS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  fr: ['elision', 'elision', 'elision', 'hyphen', 'inversion', 'dot', 'number'],
  pt: ['enclitic', 'enclitic', 'hyphen', 'break-prefix', 'state', 'dot', 'number'],
  'pt-PT': ['enclitic', 'enclitic', 'hyphen', 'break-prefix', 'dot', 'number'],
  en: ['ordinal', 'ordinal', 'possessive', 'hyphen', 'contraction', 'dot', 'number']
}

const ELISIONS = ['l', 'd', 'j', 'm', 't', 's', 'n', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']
const ENCLITICS = ['lo', 'la', 'los', 'las', 'se', 'me', 'te', 'lhe', 'lhes', 'nos', 'vos', 'o', 'a', 'no', 'na']
const BREAK_PREFIXES = ['ex', 'pós', 'pré', 'pró', 'recém', 'vice', 'não', 'quase', 'além', 'sem']
const STATES = ['SP', 'RJ', 'MG', 'BA', 'XX', 'sp']
const CONTRACTIONS = ["n't", "'ll", "'ve", "'re", "'d", "'m"]

export function generateCandidates(source: LexiconSource, count: number, seed: number): string[] {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T
  const affixes = parseAffixFile(source.affix)
  const entries = parseDictionaryFile(source.dictionary, affixes.flagType)
  const roots = buildRootTable(entries, affixes.forbiddenWord).roots
  const index = indexAffixes(affixes)
  const allRules = affixes.rules
  const alphabet = [...new Set(entries.slice(0, 5000).flatMap((entry) => [...entry.word]))]
  const apply = (rule: AffixRule | undefined, stem: string | undefined): string | undefined =>
    rule && stem !== undefined ? applyRule(rule, stem, affixes.fullStrip) : undefined
  const own = (root: Root, kind: 'SFX' | 'PFX', extra?: ReadonlySet<string>): AffixRule[] => {
    const map = kind === 'SFX' ? index.suffixesByFlag : index.prefixesByFlag
    const rules: AffixRule[] = []
    for (const flag of root.flags) rules.push(...(map.get(flag) ?? []))
    for (const flag of extra ?? []) rules.push(...(map.get(flag) ?? []))
    return rules
  }

  /** A form derived from a random root with its own affixes. */
  const derived = (): string => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const root = pick(roots)
      const suffixes = own(root, 'SFX')
      const prefixes = own(root, 'PFX')
      const path = next()
      let form: string | undefined
      if (path < 0.15) form = root.word
      else if (path < 0.6) form = apply(pick(suffixes), root.word)
      else if (path < 0.7) form = apply(pick(prefixes), root.word)
      else if (path < 0.9) {
        const suffix = pick(suffixes)
        const inner = apply(suffix, root.word)
        form = apply(pick(own(root, 'PFX', suffix?.continuation)), inner)
      } else {
        const suffix = pick(suffixes)
        const inner = apply(suffix, root.word)
        const outer = suffix ? pick([...suffix.continuation].flatMap((f) => index.suffixesByFlag.get(f) ?? [])) : undefined
        form = apply(outer, inner)
      }
      if (form !== undefined && form !== '') return form
    }
    return pick(roots).word
  }

  const typo = (word: string): string => {
    const chars = [...word]
    const at = Math.floor(next() * chars.length)
    const kind = Math.floor(next() * 5)
    if (kind === 0 && chars.length > 1) chars.splice(at, 1)
    else if (kind === 1) chars.splice(at, 0, pick(alphabet))
    else if (kind === 2) chars[at] = pick(alphabet)
    else if (kind === 3 && at + 1 < chars.length) {
      const c = chars[at] as string
      chars[at] = chars[at + 1] as string
      chars[at + 1] = c
    } else {
      const c = chars[at] as string
      const stripped = c.normalize('NFD').replace(/\p{M}/gu, '')
      chars[at] = stripped !== c ? stripped : pick(['é', 'è', 'ê', 'à', 'ç', 'ã', 'õ', 'á', 'ô', 'í'])
    }
    return chars.join('')
  }

  const recase = (word: string): string => {
    const kind = Math.floor(next() * 5)
    if (kind === 0) return toInitialCapital(word)
    if (kind === 1) return word.toUpperCase()
    if (kind === 2) return toLower(word)
    if (kind === 3) return toInitialCapital(toLower(word))
    const at = Math.floor(next() * word.length)
    return word.slice(0, at) + word.charAt(at).toUpperCase() + word.slice(at + 1)
  }

  const construction = (): string => {
    const kind = pick(CONSTRUCTIONS[source.language])
    const word = derived()
    const apostrophe = next() < 0.5 ? "'" : '’'
    switch (kind) {
      case 'elision': {
        const form = `${pick(ELISIONS)}${apostrophe}${word}`
        return next() < 0.2 ? recase(form) : form
      }
      case 'inversion':
        return `${word}-${pick(['t-il', 't-elle', 'il', 'elle', 'on', 'je', 'nous', 'vous', 'ils', 'moi', 'toi', 'le', 'la', 'en', 'y'])}`
      case 'enclitic':
        return `${word}-${pick(ENCLITICS)}`
      case 'break-prefix':
        return `${pick(BREAK_PREFIXES)}-${word}`
      case 'state':
        return `${word}-${pick(STATES)}`
      case 'hyphen':
        return `${word}-${derived()}`
      case 'ordinal': {
        const n = Math.floor(next() * 10 ** (1 + Math.floor(next() * 4)))
        return `${n}${pick(['st', 'nd', 'rd', 'th', 'ST', 'TH', 'Th'])}`
      }
      case 'possessive':
        return `${word}${apostrophe}s`
      case 'contraction':
        return `${word}${pick(CONTRACTIONS)}`
      case 'dot':
        return `${word}${pick(['.', '..', '...'])}`
      default: {
        const n = Math.floor(next() * 100000)
        return pick([`${n}`, `${n}.${n % 100}`, `${n},${n % 1000}`, `${n}-${n % 10}`, `-${n}`, `${n}--1`, `${n}x`])
      }
    }
  }

  const candidates = new Set<string>()
  while (candidates.size < count) {
    const kind = next()
    let word: string
    if (kind < 0.35) word = derived()
    else if (kind < 0.5) {
      // Near-miss: a rule of any flag, applied when its condition allows.
      const root = pick(roots)
      word = apply(pick(allRules), root.word) ?? typo(root.word)
    } else if (kind < 0.7) word = typo(derived())
    else if (kind < 0.85) word = recase(derived())
    else word = construction()
    if (word !== '' && !word.includes('\n')) candidates.add(word)
  }
  return [...candidates]
}
