import {readFileSync, readdirSync} from 'node:fs'
import type {Category} from '../../src/category.js'
import type {Diagnostic} from '../../src/diagnostic.js'

export interface Artefact {
  start: number
  end: number
  text: string
  category: Category
  status: 'required' | 'optional'
}

export interface GoldFile {
  file: string
  lang: 'fr' | 'pt'
  text: string
  artefacts: Artefact[]
}

const root = new URL('../../fixtures/corpus/', import.meta.url)

export function loadGold(): GoldFile[] {
  return readdirSync(new URL('gold/', root))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const gold = JSON.parse(readFileSync(new URL('gold/' + name, root), 'utf8')) as Omit<GoldFile, 'text'>
      return {...gold, text: readFileSync(new URL('seeds/' + gold.file, root), 'utf8')}
    })
}

export interface Score {
  /** Required artefacts of the category, and how many a diagnostic overlaps. */
  required: number
  hit: number
  /** Diagnostics of the category's rule overlapping a required artefact / nothing at all. */
  truePositives: number
  falsePositives: number
}

const overlaps = (diagnostic: Diagnostic, artefact: Artefact) =>
  diagnostic.start.offset < artefact.end && artefact.start < Math.max(diagnostic.end.offset, diagnostic.start.offset + 1)

/**
 * Score diagnostics against the gold the way ../shared/eval/score.mjs does:
 * a diagnostic overlapping a required artefact is true, one overlapping
 * only optional artefacts is left out, one overlapping nothing is false.
 */
export function score(gold: GoldFile, diagnostics: Diagnostic[], categories: readonly string[]): Map<string, Score> {
  const scores = new Map<string, Score>(categories.map((category) => [category, {required: 0, hit: 0, truePositives: 0, falsePositives: 0}]))
  for (const artefact of gold.artefacts) {
    const entry = scores.get(artefact.category)
    if (!entry || artefact.status !== 'required') continue
    entry.required++
    if (diagnostics.some((diagnostic) => overlaps(diagnostic, artefact))) entry.hit++
  }

  for (const diagnostic of diagnostics) {
    const entry = scores.get(diagnostic.category ?? '')
    if (!entry) continue
    const over = gold.artefacts.filter((artefact) => overlaps(diagnostic, artefact))
    if (over.some((artefact) => artefact.status === 'required')) entry.truePositives++
    else if (over.length === 0) entry.falsePositives++
  }

  return scores
}
