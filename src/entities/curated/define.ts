/**
 * Compact notation for the curated lists: a name, or a name with options.
 * Only the build script (scripts/build-entities.ts) reads these modules; the
 * library reads the generated data in ../data/.
 */
import type {Entity, EntityKind} from '../types.js'

export interface CuratedOptions {
  /** Other correct spellings (not localisations). */
  variants?: string[]
  /** Correct French forms (when they differ from the name, or in addition to it). */
  fr?: string[]
  /** Correct Portuguese forms, European and Brazilian. */
  pt?: string[]
  /** Overrides the value the build computes from the lexicons. */
  commonWord?: boolean
  /** Overrides the kind of the group. */
  kind?: EntityKind
}

export type CuratedItem = string | readonly [string, CuratedOptions]

/** Entities of one kind, from names or [name, options] pairs. */
export function group(kind: EntityKind, items: readonly CuratedItem[]): Entity[] {
  return items.map((item) => {
    const [name, options = {}] = typeof item === 'string' ? [item, {} as CuratedOptions] : item
    const entity: Entity = {name, kind: options.kind ?? kind}
    if (options.variants?.length) entity.variants = [...options.variants]
    if (options.fr?.length || options.pt?.length) {
      entity.localised = {}
      if (options.fr?.length) entity.localised.fr = [...options.fr]
      if (options.pt?.length) entity.localised.pt = [...options.pt]
    }
    if (options.commonWord !== undefined) entity.commonWord = options.commonWord
    return entity
  })
}
