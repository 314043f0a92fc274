import type {WordEvidence} from '../../src/evidence.js'
import {adjacent} from '../../src/words.js'


/** Maximal runs of two or more adjacent capitalised words. */
export function capitalisedRuns(words: WordEvidence[]): WordEvidence[][] {
  const result: WordEvidence[][] = []
  let current: WordEvidence[] = []
  // A run ends (and a new array starts) only when one was open: most words are not capitalised.
  const close = () => {
    if (current.length > 1) result.push(current)
    if (current.length > 0) current = []
  }

  for (const word of words) {
    if (current.length > 0 && !adjacent(current.at(-1), word)) close()
    if (word.titleCased || word.markedCase) current.push(word)
    else close()
  }

  if (current.length > 1) result.push(current)
  return result
}

/** Runs of adjacent English words (`the state of the art`), trimmed to leaks at both ends. */
export function runs(words: WordEvidence[], leaks: Set<WordEvidence>): WordEvidence[][] {
  const result: WordEvidence[][] = []
  let current: WordEvidence[] = []
  const flush = () => {
    if (current.length === 0) return
    while (current.length > 0 && !leaks.has(current.at(-1)!)) current.pop()
    if (current.length > 0) result.push(current)
    current = []
  }

  for (const word of words) {
    if (current.length > 0 && !adjacent(current.at(-1), word)) flush()
    if (leaks.has(word) || (current.length > 0 && word.english && !word.target && !word.titleCased && !word.markedCase)) current.push(word)
    else flush()
  }

  flush()
  return result
}
