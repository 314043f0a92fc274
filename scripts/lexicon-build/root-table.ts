/**
 * The dictionary's hash table as Hunspell's HashMgr builds it: entries in
 * file order, homonyms chained in insertion order, and the hidden
 * capitalised entries that let mixed-case words (`OpenOffice.org`) and
 * affixed all-caps words (`CIA/S`) be spelt in capitals (`OPENOFFICE.ORG`,
 * `CIA'S`).
 */
import {capitalisationOf, toInitialCapital, toLower} from '../../src/lexicon/capitalisation.js'
import type {DictionaryEntry} from './dictionary-file.js'

/** Hunspell's internal ONLYUPCASEFLAG; no .aff flag can collide with it. */
export const ONLY_UPPERCASE = '\u0000onlyupcase'

export interface Root {
  readonly word: string
  flags: ReadonlySet<string>
}

export interface RootTable {
  readonly roots: readonly Root[]
  /** Homonyms of each word, in Hunspell's lookup order. */
  readonly homonyms: ReadonlyMap<string, readonly number[]>
}

export function buildRootTable(
  entries: readonly DictionaryEntry[],
  forbiddenWord: string | undefined
): RootTable {
  const roots: Root[] = []
  const homonyms = new Map<string, number[]>()

  function add(word: string, flags: ReadonlySet<string>, onlyUppercase: boolean): void {
    const existing = homonyms.get(word)
    if (existing === undefined) {
      homonyms.set(word, [roots.length])
      roots.push({word, flags})
      return
    }
    // HashMgr::add_word: a hidden entry never joins an existing word; a real
    // entry replaces the flags of a hidden one that ends the homonym chain.
    if (onlyUppercase) return
    const last = roots[existing[existing.length - 1] as number] as Root
    if (last.flags.has(ONLY_UPPERCASE)) {
      last.flags = flags
      return
    }
    existing.push(roots.length)
    roots.push({word, flags})
  }

  for (const entry of entries) {
    const flags = new Set(entry.flags)
    add(entry.word, flags, false)
    // HashMgr::add_hidden_capitalized_word
    const capitalisation = capitalisationOf(entry.word)
    if (
      (capitalisation === 'mixed' ||
        capitalisation === 'mixed-initial' ||
        (capitalisation === 'upper' && flags.size > 0)) &&
      !(forbiddenWord !== undefined && flags.has(forbiddenWord))
    ) {
      const hidden = new Set(flags)
      hidden.add(ONLY_UPPERCASE)
      add(toInitialCapital(toLower(entry.word)), hidden, true)
    }
  }
  return {roots, homonyms}
}
