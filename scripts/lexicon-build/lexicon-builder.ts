/**
 * Builds the precompiled lexicon (src/lexicon/lexicon-format.ts) for one
 * Hunspell dictionary: every accepted form with Hunspell's checkword()
 * answer for it, packed into a minimal automaton.
 */
import {
  FORBIDDEN,
  FOUND,
  FOUND_KEEPCASE,
  NOT_FOUND,
  encodeLexiconData,
  type CheckOutcome,
  type CompoundData,
  type LexiconMeta
} from '../../src/lexicon/lexicon-format.js'
import type {LexiconLanguage} from '../../src/lexicon/lexicon-language.js'
import {parseAffixFile, type AffixFile} from './affix-file.js'
import {expandAll} from './affix-expansion.js'
import {FormTrie, type BuiltAutomaton} from './form-trie.js'
import {parseDictionaryFile} from './dictionary-file.js'
import {ONLY_UPPERCASE, buildRootTable, type Root, type RootTable} from './root-table.js'

export interface LexiconSource {
  readonly language: LexiconLanguage
  /** `name@version` of the dictionary package. */
  readonly source: string
  readonly affix: string
  readonly dictionary: string
}

export interface LexiconStatistics {
  readonly roots: number
  readonly forms: number
  readonly states: number
  readonly slots: number
  /** Forms whose derivations disagree on KEEPCASE/FORBIDDEN/… (rank decides). */
  readonly ambiguousForms: number
  readonly ambiguousExamples: readonly string[]
}

interface RootClass {
  readonly normal: CheckOutcome
  readonly initialCapital: CheckOutcome
  readonly skippedDirect: boolean
  readonly skippedDirectInitial: boolean
  readonly forbidden: boolean
  readonly keepCase: boolean
}

function classify(affixes: AffixFile, root: Root): RootClass {
  const f = root.flags
  const is = (flag: string | undefined): boolean => flag !== undefined && f.has(flag)
  const forbidden = is(affixes.forbiddenWord)
  const onlyInCompound = is(affixes.onlyInCompound)
  const onlyUppercase = f.has(ONLY_UPPERCASE)
  const keepCase = is(affixes.keepCase)
  const found: CheckOutcome = forbidden ? FORBIDDEN : keepCase ? FOUND_KEEPCASE : FOUND
  return {
    // What checkword() makes of this root when affix_check() returns it.
    normal: onlyInCompound ? NOT_FOUND : found,
    initialCapital: onlyInCompound || onlyUppercase ? NOT_FOUND : found,
    // Homonyms that the direct hash lookup passes over.
    skippedDirect: is(affixes.needAffix) || onlyInCompound,
    skippedDirectInitial: is(affixes.needAffix) || onlyInCompound || onlyUppercase,
    forbidden,
    keepCase
  }
}

/** checkword()'s direct hash lookup; undefined = go on to affix_check(). */
function directOutcome(
  homonyms: readonly number[],
  classes: readonly RootClass[],
  initialCapital: boolean
): CheckOutcome | undefined {
  const first = classes[homonyms[0] as number] as RootClass
  if (first.forbidden) return FORBIDDEN
  for (const index of homonyms) {
    const c = classes[index] as RootClass
    if (initialCapital ? c.skippedDirectInitial : c.skippedDirect) continue
    // Only the first homonym is checked for FORBIDDENWORD.
    return c.keepCase ? FOUND_KEEPCASE : FOUND
  }
  return undefined
}

function compoundData(affixes: AffixFile, table: RootTable): CompoundData | null {
  if (affixes.compoundRules.length === 0) return null
  const ruleFlags = new Set<string>()
  for (const rule of affixes.compoundRules) {
    for (const token of rule) if (token !== '*' && token !== '?') ruleFlags.add(token)
  }
  const affixFlags = new Set(affixes.rules.map((rule) => rule.flag))
  const parts: Record<string, string[][]> = {}
  for (const root of table.roots) {
    const flags = [...root.flags].filter((flag) => ruleFlags.has(flag)).sort()
    if (flags.length === 0) continue
    if ([...root.flags].some((flag) => affixFlags.has(flag))) {
      throw new Error(`compound part with affixes is not supported: ${root.word}`)
    }
    const skip = [affixes.forbiddenWord, affixes.needAffix, ONLY_UPPERCASE]
    if (skip.some((flag) => flag !== undefined && root.flags.has(flag))) continue
    ;(parts[root.word] ??= []).push(flags)
  }
  return {min: affixes.compoundMin, rules: affixes.compoundRules, parts}
}

/** Lay the automaton out as flat slots, states in depth-first order. */
function packAutomaton(automaton: BuiltAutomaton): {slots: Uint32Array; alphabet: string; root: number} {
  const codes = [...new Set(automaton.edgeLabels)].sort((a, b) => a - b)
  if (codes.length > 255) throw new Error(`alphabet of ${codes.length} code units exceeds 255`)
  const symbolOf = new Map(codes.map((code, i) => [code, i + 1]))
  const offsets = new Int32Array(automaton.stateCount).fill(-1)
  const order: number[] = []
  let next = 0
  const stack = [automaton.root]
  while (stack.length > 0) {
    const state = stack.pop() as number
    if (offsets[state] !== -1) continue
    offsets[state] = next
    next += 1 + (automaton.edgeCount[state] as number)
    order.push(state)
    const start = automaton.edgeStart[state] as number
    for (let k = (automaton.edgeCount[state] as number) - 1; k >= 0; k--) {
      const target = automaton.edgeTargets[start + k] as number
      if (offsets[target] === -1) stack.push(target)
    }
  }
  if (next >= 1 << 24) throw new Error('automaton too large for 24-bit targets')
  const slots = new Uint32Array(next)
  for (const state of order) {
    const at = offsets[state] as number
    const count = automaton.edgeCount[state] as number
    slots[at] = ((count << 8) | (automaton.values[state] as number)) >>> 0
    const start = automaton.edgeStart[state] as number
    for (let k = 0; k < count; k++) {
      const symbol = symbolOf.get(automaton.edgeLabels[start + k] as number) as number
      const target = offsets[automaton.edgeTargets[start + k] as number] as number
      slots[at + 1 + k] = ((symbol << 24) | target) >>> 0
    }
  }
  return {slots, alphabet: String.fromCharCode(...codes), root: offsets[automaton.root] as number}
}

export function buildLexicon(input: LexiconSource): {bytes: Uint8Array; statistics: LexiconStatistics} {
  const affixes = parseAffixFile(input.affix)
  const entries = parseDictionaryFile(input.dictionary, affixes.flagType)
  const table = buildRootTable(entries, affixes.forbiddenWord)
  const classes = table.roots.map((root) => classify(affixes, root))

  const code = (root: number): number => {
    const c = classes[root] as RootClass
    return c.normal | (c.initialCapital << 2)
  }

  const trie = new FormTrie()
  const sameClass = (a: number, b: number): boolean => code(a) === code(b)
  expandAll(affixes, table, (form, root, rank) => trie.addDerivation(form, root, rank, sameClass))
  const homonymLists: Array<readonly number[]> = []
  for (const [word, homonyms] of table.homonyms) {
    trie.addWord(word, homonymLists.length)
    homonymLists.push(homonyms)
  }

  let forms = 0
  const automaton = trie.minimize(({root, wordIndex}) => {
    const fromAffixes = root === -1 ? 0 : code(root)
    let value = fromAffixes
    if (wordIndex !== -1) {
      // checkword() tries the hash table before the affixes.
      const homonyms = homonymLists[wordIndex] as readonly number[]
      const normal = directOutcome(homonyms, classes, false) ?? fromAffixes & 3
      const initial = directOutcome(homonyms, classes, true) ?? (fromAffixes >>> 2) & 3
      value = normal | (initial << 2)
    }
    if (value !== 0) forms++
    return value
  })
  const ambiguous = trie.ambiguousForms()
  const packed = packAutomaton(automaton)

  const meta: LexiconMeta = {
    language: input.language,
    source: input.source,
    alphabet: packed.alphabet,
    root: packed.root,
    inputConversion: affixes.inputConversion,
    breaks: affixes.breaks,
    compound: compoundData(affixes, table)
  }
  return {
    bytes: encodeLexiconData(meta, packed.slots),
    statistics: {
      roots: table.roots.length,
      forms,
      states: automaton.stateCount,
      slots: packed.slots.length,
      ambiguousForms: ambiguous.length,
      ambiguousExamples: ambiguous.slice(0, 100)
    }
  }
}
