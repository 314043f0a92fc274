/**
 * Spellings numbered across documents, so that what a rule computes of a
 * spelling (its dictionary evidence, the phrases it may start, the names it
 * may stand for) is computed once per process, not once per document, and
 * read back by number instead of looked up by string. A corpus is millions
 * of short documents: per document, most of their spellings are new to the
 * document but not to the process.
 *
 * Memory stays bounded over a corpus of any size: when a document starts
 * and more than `limit` spellings have been numbered, numbering starts over.
 * A memo checks the text it stored under a number, so a number given again
 * to another spelling (while an older document is still being linted) is
 * computed afresh, never answered wrongly.
 */
const limit = 200_000
let ids = new Map<string, number>()

/** Call before numbering a document's spellings: starts numbering over when the table is full. */
export function startDocument(): void {
  if (ids.size > limit) ids = new Map()
}

/** The number of a spelling (the exact text of a word). */
export function spellingOf(value: string): number {
  let id = ids.get(value)
  if (id === undefined) {
    id = ids.size
    ids.set(value, id)
  }

  return id
}

/** A word's spelling: its number and its text. */
export interface Spelled {
  spelling: number
  value: string
}

/**
 * A pure function of a spelling, computed once and read back by the
 * spelling's number: one array read and one comparison per word. Make one
 * per function and data it closes over (module level, or cached per
 * lexicon, entity index or matcher), not one per document.
 */
export class SpellingMemo<Result> {
  readonly #compute: (value: string) => Result
  readonly #texts: Array<string | undefined> = []
  readonly #values: Array<Result | undefined> = []

  constructor(compute: (value: string) => Result) {
    this.#compute = compute
  }

  /** The result for the spelling numbered `spelling`, whose text is `value`. */
  get(spelling: number, value: string): Result {
    if (this.#texts[spelling] === value) return this.#values[spelling] as Result
    // Spellings are numbered in order: grow the arrays without holes, so they stay fast.
    while (this.#texts.length <= spelling) {
      this.#texts.push(undefined)
      this.#values.push(undefined)
    }

    const result = this.#compute(value)
    this.#texts[spelling] = value
    this.#values[spelling] = result
    return result
  }

  /** The result for a word's spelling. */
  of(word: Spelled): Result {
    return this.get(word.spelling, word.value)
  }
}
