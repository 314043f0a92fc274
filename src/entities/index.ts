/**
 * The entity lexicon: proper names (brands, products, platforms, people,
 * organisations, places, programming languages, media) with their correct
 * spellings and legitimate French and Portuguese forms, and an index to look
 * them up. No file system access: the data is a module, so this runs in a
 * browser too.
 *
 * Every lookup compares names after `normaliseName` (NFC, typographic
 * apostrophes and spaces made plain); `byFolded` also ignores case and
 * accents.
 */
import {entities as generated} from './data/entities.js'
import {foldName, nameTokens, normaliseName} from './fold.js'
import type {Entity} from './types.js'

export type {Entity, EntityKind} from './types.js'
export {ENTITY_KINDS, isEntityKind} from './types.js'
export {foldName, nameTokens, normaliseName} from './fold.js'

/** All entities, one per canonical name, sorted by folded name. */
export const entities: readonly Entity[] = generated

export interface EntityIndex {
  readonly entities: readonly Entity[]
  /**
   * Entities with a name, variant or localised form equal to `text` once
   * both are folded (case and accents ignored): `byFolded('openai')` →
   * OpenAI, `byFolded('Antrópic')` → none, `byFolded('MÉTA')` → Meta.
   */
  byFolded(text: string): readonly Entity[]
  /**
   * Entities with a name, variant or localised form spelt exactly `text`
   * (case and accents kept): `byName('Londres')` → London,
   * `byName('Openai')` → none.
   */
  byName(text: string): readonly Entity[]
  /**
   * Entities with a form equal to `text` but for case (accents kept): the
   * lookup for re-casing, `byLowercase('Openai')` → OpenAI,
   * `byLowercase('Medellin')` → none (an accent left out is not a re-casing).
   */
  byLowercase(text: string): readonly Entity[]
  /** Entities one of whose forms has the word `token` (folded): `byToken('claude')` → Claude, Claude Code, … */
  byToken(token: string): readonly Entity[]
  /** Every word of every form of every entity, folded (`nameTokens`): a text word outside it names no entity. */
  readonly tokens: ReadonlySet<string>
  /** Most words in one form, to bound a scan for multi-word names. */
  readonly maxWords: number
}

/** Every correct form of an entity: its name, variants and localised forms, without repeats. */
export function entityForms(entity: Entity): string[] {
  return [
    ...new Set([entity.name, ...(entity.variants ?? []), ...(entity.localised?.fr ?? []), ...(entity.localised?.pt ?? [])])
  ]
}

const NONE: readonly Entity[] = Object.freeze([])

function add(map: Map<string, Entity[]>, key: string, entity: Entity) {
  const list = map.get(key)
  if (!list) map.set(key, [entity])
  else if (!list.includes(entity)) list.push(entity)
}

/** Build the lookup index of `list` (by default, all entities). */
export function createEntityIndex(list: readonly Entity[] = entities): EntityIndex {
  const folded = new Map<string, Entity[]>()
  const exact = new Map<string, Entity[]>()
  const lowercase = new Map<string, Entity[]>()
  const byToken = new Map<string, Entity[]>()
  let maxWords = 0
  for (const entity of list) {
    for (const form of entityForms(entity)) {
      add(folded, foldName(form), entity)
      add(exact, normaliseName(form), entity)
      add(lowercase, normaliseName(form).toLowerCase(), entity)
      const words = nameTokens(form)
      maxWords = Math.max(maxWords, words.length)
      for (const word of words) add(byToken, word, entity)
    }
  }

  return {
    entities: list,
    byFolded: (text) => folded.get(foldName(text)) ?? NONE,
    byName: (text) => exact.get(normaliseName(text)) ?? NONE,
    byLowercase: (text) => lowercase.get(normaliseName(text).toLowerCase()) ?? NONE,
    byToken: (token) => byToken.get(foldName(token)) ?? NONE,
    tokens: new Set(byToken.keys()),
    maxWords
  }
}

let shared: EntityIndex | undefined

/** The index of all entities, built on first use and shared afterwards. */
export function getEntityIndex(): EntityIndex {
  shared ??= createEntityIndex(entities)
  return shared
}
