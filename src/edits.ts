/**
 * Strings one edit away from a word (Norvig's edits1): a letter deleted,
 * two neighbours swapped, a letter replaced or inserted from `alphabet`.
 * Lazy, so a caller can stop at the first hit.
 */
export function* edits1(word: string, alphabet: string): Generator<string> {
  for (let index = 0; index < word.length; index++) yield word.slice(0, index) + word.slice(index + 1)
  for (let index = 0; index < word.length - 1; index++) yield word.slice(0, index) + word[index + 1] + word[index] + word.slice(index + 2)
  for (let index = 0; index < word.length; index++) {
    for (const letter of alphabet) if (letter !== word[index]) yield word.slice(0, index) + letter + word.slice(index + 1)
  }

  for (let index = 0; index <= word.length; index++) {
    for (const letter of alphabet) yield word.slice(0, index) + letter + word.slice(index)
  }
}

export const englishAlphabet = 'abcdefghijklmnopqrstuvwxyz'
