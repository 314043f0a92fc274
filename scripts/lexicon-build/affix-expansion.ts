/**
 * Generates every word form Hunspell's affix_check() would accept, by
 * running its lookup paths backwards: for each root, every affix
 * combination whose check would find that root.
 *
 * The four paths, in Hunspell's search order (the order decides which root
 * "wins" when a form has several derivations):
 *   0. prefix_check:        P(root) and P(S1(root)) (cross product)
 *   1. suffix_check:        S1(root)
 *   2. suffix_check_twosfx: S2(S1(root)), S2 in S1's continuation class
 *   3. prefix_check_twosfx: P(S2(S1(root)))
 * The conditions mirror AffixMgr::prefix_check/suffix_check/…_twosfx and
 * PfxEntry/SfxEntry::checkword/check_twosfx of Hunspell 1.7.
 */
import type {AffixFile, AffixRule, ConditionPosition} from './affix-file.js'
import type {Root, RootTable} from './root-table.js'

export const PATH_PREFIX = 0
export const PATH_SUFFIX = 1
export const PATH_TWO_SUFFIXES = 2
export const PATH_PREFIX_TWO_SUFFIXES = 3

/** Receives a generated form, the root it came from and its search rank. */
export type EmitForm = (form: string, rootIndex: number, rank: number) => void

function conditionHolds(
  condition: readonly ConditionPosition[],
  word: string,
  atEnd: boolean
): boolean {
  const n = condition.length
  if (n === 0) return true
  if (word.length < n) return false
  const offset = atEnd ? word.length - n : 0
  for (let i = 0; i < n; i++) {
    const position = condition[i] as ConditionPosition
    if (position.any) continue
    const inSet = position.chars.has(word[offset + i] as string)
    if (inSet === position.negated) return false
  }
  return true
}

/** Apply a rule to a stem, or return undefined when it does not apply. */
export function applyRule(rule: AffixRule, stem: string, fullStrip: boolean): string | undefined {
  const rest = stem.length - rule.strip.length
  if (rest < 0 || (rest === 0 && !fullStrip)) return undefined
  if (rule.kind === 'SFX') {
    if (!stem.endsWith(rule.strip)) return undefined
    if (!conditionHolds(rule.condition, stem, true)) return undefined
    const form = stem.slice(0, rest) + rule.append
    return form === '' ? undefined : form
  }
  if (!stem.startsWith(rule.strip)) return undefined
  if (!conditionHolds(rule.condition, stem, false)) return undefined
  const form = rule.append + stem.slice(rule.strip.length)
  return form === '' ? undefined : form
}

export interface AffixIndex {
  readonly suffixesByFlag: ReadonlyMap<string, readonly AffixRule[]>
  readonly prefixesByFlag: ReadonlyMap<string, readonly AffixRule[]>
  readonly hasContinuationClasses: boolean
  /** Position of each rule in the order Hunspell tries affixes. */
  readonly searchPosition: ReadonlyMap<AffixRule, number>
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length)
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number)
  return a.length - b.length
}

/**
 * AffixMgr::build_pfxtree/build_sfxtree then process_*_tree_to_list:
 * empty affixes first, newest first; then by key (the UTF-8 bytes of the
 * affix, reversed for suffixes), equal keys newest first.
 */
function searchOrder(rules: readonly AffixRule[]): Map<AffixRule, number> {
  const encoder = new TextEncoder()
  const keyed = rules.map((rule) => {
    const key = encoder.encode(rule.append)
    if (rule.kind === 'SFX') key.reverse()
    return {rule, key}
  })
  keyed.sort((a, b) => {
    const emptyA = a.key.length === 0
    const emptyB = b.key.length === 0
    if (emptyA !== emptyB) return emptyA ? -1 : 1
    return compareBytes(a.key, b.key) || b.rule.index - a.rule.index
  })
  return new Map(keyed.map(({rule}, position) => [rule, position]))
}

export function indexAffixes(affixes: AffixFile): AffixIndex {
  const suffixesByFlag = new Map<string, AffixRule[]>()
  const prefixesByFlag = new Map<string, AffixRule[]>()
  let hasContinuationClasses = false
  for (const rule of affixes.rules) {
    const map = rule.kind === 'SFX' ? suffixesByFlag : prefixesByFlag
    let list = map.get(rule.flag)
    if (!list) map.set(rule.flag, (list = []))
    list.push(rule)
    if (rule.continuation.size > 0) hasContinuationClasses = true
  }
  // A prefix and a suffix that enable each other through their continuation
  // classes would apply to every root, whatever its flags; Hunspell allows it
  // but no dictionary we ship does it, and expanding it is not implemented.
  for (const prefix of affixes.rules) {
    if (prefix.kind !== 'PFX') continue
    for (const flag of prefix.continuation) {
      for (const suffix of suffixesByFlag.get(flag) ?? []) {
        if (suffix.continuation.has(prefix.flag)) {
          throw new Error(`prefix ${prefix.flag} and suffix ${suffix.flag} enable each other`)
        }
      }
    }
  }
  if (affixes.rules.length >= MAX_RULES - 1) throw new Error(`too many affix rules`)
  const searchPosition = new Map([
    ...searchOrder(affixes.rules.filter((rule) => rule.kind === 'PFX')),
    ...searchOrder(affixes.rules.filter((rule) => rule.kind === 'SFX'))
  ])
  return {suffixesByFlag, prefixesByFlag, hasContinuationClasses, searchPosition}
}

function rulesFor(
  map: ReadonlyMap<string, readonly AffixRule[]>,
  flags: Iterable<string>,
  into: Set<AffixRule>
): void {
  for (const flag of flags) for (const rule of map.get(flag) ?? []) into.add(rule)
}

/** Largest rule index the rank can hold. */
const MAX_RULES = 1 << 15

/**
 * Rank of a derivation in Hunspell's search order, as an unsigned 32-bit
 * integer: the search path, then the outer and inner rule. (For path 3 the
 * innermost suffix is not ranked: ties there never changed an answer.)
 */
function rank(path: number, first: number, second = 0): number {
  return path * 2 ** 30 + first * MAX_RULES + second
}

export function expandRoot(
  affixes: AffixFile,
  index: AffixIndex,
  root: Root,
  rootIndex: number,
  emit: EmitForm
): void {
  const {suffixesByFlag, prefixesByFlag} = index
  const at = (rule: AffixRule): number => index.searchPosition.get(rule) as number
  const flags = root.flags
  const word = root.word
  const fullStrip = affixes.fullStrip
  const has = (rule: AffixRule, flag: string | undefined): boolean =>
    flag !== undefined && rule.continuation.has(flag)
  const needAffix = affixes.needAffix
  const onlyInCompound = affixes.onlyInCompound
  const circumfix = affixes.circumfix
  // checkword's "bad flag": suffix paths skip ONLYINCOMPOUND homonyms.
  const rootOnlyInCompound = onlyInCompound !== undefined && flags.has(onlyInCompound)
  const circumfixParity = (prefix: AffixRule, suffix: AffixRule): boolean =>
    circumfix === undefined || has(prefix, circumfix) === has(suffix, circumfix)

  const ownPrefixes = new Set<AffixRule>()
  rulesFor(prefixesByFlag, flags, ownPrefixes)
  const ownSuffixes = new Set<AffixRule>()
  rulesFor(suffixesByFlag, flags, ownSuffixes)

  // Suffixes usable in a cross product: the root's own, plus those a prefix
  // of the root enables through its continuation class.
  const crossSuffixes = new Set(ownSuffixes)
  for (const prefix of ownPrefixes) rulesFor(suffixesByFlag, prefix.continuation, crossSuffixes)

  // Path 0a: P(root)
  for (const prefix of ownPrefixes) {
    if (has(prefix, needAffix) || has(prefix, onlyInCompound)) continue
    const form = applyRule(prefix, word, fullStrip)
    if (form !== undefined) emit(form, rootIndex, rank(PATH_PREFIX, at(prefix)))
  }

  // Path 0b: P(S1(root)), cross product
  if (!rootOnlyInCompound) {
    for (const suffix of crossSuffixes) {
      if (!suffix.crossProduct || has(suffix, onlyInCompound)) continue
      const inner = applyRule(suffix, word, fullStrip)
      if (inner === undefined) continue
      const prefixes = new Set<AffixRule>(ownPrefixes)
      rulesFor(prefixesByFlag, suffix.continuation, prefixes)
      for (const prefix of prefixes) {
        if (!prefix.crossProduct || has(prefix, onlyInCompound)) continue
        const suffixEnabled = flags.has(suffix.flag) || prefix.continuation.has(suffix.flag)
        const prefixEnabled = flags.has(prefix.flag) || suffix.continuation.has(prefix.flag)
        if (!suffixEnabled || !prefixEnabled) continue
        if (!circumfixParity(prefix, suffix)) continue
        if (has(suffix, needAffix) && has(prefix, needAffix)) continue
        const form = applyRule(prefix, inner, fullStrip)
        if (form !== undefined) {
          emit(form, rootIndex, rank(PATH_PREFIX, at(prefix), at(suffix) + 1))
        }
      }
    }
  }

  if (rootOnlyInCompound) return

  // Path 1: S1(root)
  for (const suffix of ownSuffixes) {
    if (has(suffix, needAffix) || has(suffix, onlyInCompound)) continue
    if (circumfix !== undefined && has(suffix, circumfix)) continue
    const form = applyRule(suffix, word, fullStrip)
    if (form !== undefined) emit(form, rootIndex, rank(PATH_SUFFIX, at(suffix)))
  }

  if (!index.hasContinuationClasses) return

  // Path 2: S2(S1(root))
  for (const inner of ownSuffixes) {
    if (inner.continuation.size === 0 || has(inner, onlyInCompound)) continue
    if (circumfix !== undefined && has(inner, circumfix)) continue
    const middle = applyRule(inner, word, fullStrip)
    if (middle === undefined) continue
    const outers = new Set<AffixRule>()
    rulesFor(suffixesByFlag, inner.continuation, outers)
    for (const outer of outers) {
      const form = applyRule(outer, middle, fullStrip)
      if (form !== undefined) {
        emit(form, rootIndex, rank(PATH_TWO_SUFFIXES, at(outer), at(inner)))
      }
    }
  }

  // Path 3: P(S2(S1(root)))
  for (const inner of crossSuffixes) {
    if (inner.continuation.size === 0 || has(inner, onlyInCompound)) continue
    const middle = applyRule(inner, word, fullStrip)
    if (middle === undefined) continue
    const outers = new Set<AffixRule>()
    rulesFor(suffixesByFlag, inner.continuation, outers)
    for (const outer of outers) {
      if (!outer.crossProduct) continue
      const stem = applyRule(outer, middle, fullStrip)
      if (stem === undefined) continue
      const prefixes = new Set<AffixRule>(ownPrefixes)
      rulesFor(prefixesByFlag, inner.continuation, prefixes)
      rulesFor(prefixesByFlag, outer.continuation, prefixes)
      for (const prefix of prefixes) {
        if (!prefix.crossProduct) continue
        let valid: boolean
        if (outer.continuation.has(prefix.flag)) {
          // The outer suffix enables the prefix; the inner one is checked alone.
          valid =
            flags.has(inner.flag) &&
            !(circumfix !== undefined && has(inner, circumfix))
        } else {
          valid =
            inner.crossProduct &&
            (flags.has(inner.flag) || prefix.continuation.has(inner.flag)) &&
            (flags.has(prefix.flag) || inner.continuation.has(prefix.flag)) &&
            circumfixParity(prefix, inner)
        }
        if (!valid) continue
        const form = applyRule(prefix, stem, fullStrip)
        if (form !== undefined) {
          emit(form, rootIndex, rank(PATH_PREFIX_TWO_SUFFIXES, at(prefix), at(outer)))
        }
      }
    }
  }
}

export function expandAll(affixes: AffixFile, table: RootTable, emit: EmitForm): void {
  const index = indexAffixes(affixes)
  table.roots.forEach((root, rootIndex) => {
    expandRoot(affixes, index, root, rootIndex, emit)
  })
}
