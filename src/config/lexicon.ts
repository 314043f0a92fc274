import {readFile} from 'node:fs/promises'
import {ConfigError} from './error.js'

/** Read word lists: one word (or name) a line; blank lines and lines starting with `#` are skipped. */
export async function readLexicons(paths: readonly string[], configFile: string): Promise<string[]> {
  const words: string[] = []
  for (const [index, path] of paths.entries()) {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      throw new ConfigError(configFile, 'lexicon[' + index + ']', 'cannot read word list ' + path + ' (' + (error as Error).message + ')', {cause: error})
    }

    for (const line of text.split(/\r?\n|\r/u)) {
      const word = line.trim()
      if (word !== '' && !word.startsWith('#')) words.push(word)
    }
  }

  return words
}
