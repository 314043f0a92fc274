import {categories, type Category} from '../category.js'

/**
 * How much one artefact of each category says that a document was machine
 * translated or spun, chosen by reasoning about the categories, not fitted
 * to any text:
 *
 * - 3 — `leaked-english`, `garbled-name`: a human writer does not leave
 *   `Ele não period um` or write `Antrópicos` for Anthropic; the rules only
 *   fire on named evidence, so a hit is strong evidence.
 * - 2 — `calque`, `broken-hyphenation`: word-for-word idioms and `recém
 *   -nascido` are what MT and spinners produce; humans write some calques.
 * - 1.5 — `mistranslation`: false friends and tortured phrases; strong
 *   when present, but a sense error is sometimes the writer's own.
 * - 1 — `grammar`, `number-format`: real MT artefacts, also made by hurried
 *   writers and in quotations.
 * - 0.5 — `nonword`, `typography`, `markup-residue`, `boilerplate`: human
 *   typos and program names, careless web typography, and page furniture
 *   come with scraping, not only with translation.
 */
export const categoryWeights: Readonly<Record<Category, number>> = {
  'leaked-english': 3,
  'garbled-name': 3,
  calque: 2,
  'broken-hyphenation': 2,
  mistranslation: 1.5,
  grammar: 1,
  'number-format': 1,
  nonword: 0.5,
  typography: 0.5,
  'markup-residue': 0.5,
  boilerplate: 0.5
}

/**
 * Fewest words a score is divided by: one leaked word in a 20-word snippet
 * is weaker evidence than 50 per 1,000 words suggests.
 */
export const minimumWords = 100

export type CategoryCounts = Record<Category, number>

/** Counts of every category, all zero: the fixed shape of the `counts` field. */
export function emptyCounts(): CategoryCounts {
  return Object.fromEntries(categories.map((category) => [category, 0])) as CategoryCounts
}

/** Words of a text, as the score counts them: runs of letters (`l’homme` is two). */
export function countWords(text: string): number {
  const word = /\p{L}+/gu
  let count = 0
  while (word.exec(text)) count++
  return count
}

/**
 * The document score: weighted artefacts per 1,000 words,
 *
 *     score = 1000 × Σ weight(category) × count(category) / max(words, 100)
 *
 * rounded to two decimals. 0 for a document without artefacts; clean human
 * prose scores below about 1.5 (a few typos per thousand words), machine
 * translation and spun pages score several times more.
 */
export function documentScore(counts: Partial<Record<Category, number>>, words: number): number {
  let weighted = 0
  for (const category of categories) weighted += categoryWeights[category] * (counts[category] ?? 0)
  return Math.round((100_000 * weighted) / Math.max(words, minimumWords)) / 100
}
