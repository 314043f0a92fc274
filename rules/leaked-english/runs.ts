import type {WordEvidence} from '../../src/evidence.js'
import {adjacent} from '../../src/words.js'


/** Maximal runs of two or more adjacent capitalised words. */
export function capitalisedRuns(words: WordEvidence[]): WordEvidence[][] {
  const result: WordEvidence[][] = []
  let current: WordEvidence[] = []
  for (const word of words) {
    if (!adjacent(current.at(-1), word)) {
      if (current.length > 1) result.push(current)
      current = []
    }

    if (word.titleCased || word.markedCase) current.push(word)
    else {
      if (current.length > 1) result.push(current)
      current = []
    }
  }

  if (current.length > 1) result.push(current)
  return result
}

/** Runs of adjacent English words (`the state of the art`), trimmed to leaks at both ends. */
export function runs(words: WordEvidence[], leaks: Set<WordEvidence>): WordEvidence[][] {
  const result: WordEvidence[][] = []
  let current: WordEvidence[] = []
  const flush = () => {
    while (current.length > 0 && !leaks.has(current.at(-1)!)) current.pop()
    if (current.length > 0) result.push(current)
    current = []
  }

  for (const word of words) {
    if (!adjacent(current.at(-1), word)) flush()
    if (leaks.has(word) || (current.length > 0 && word.english && !word.target && !word.titleCased && !word.markedCase)) current.push(word)
    else flush()
  }

  flush()
  return result
}
