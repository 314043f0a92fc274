/**
 * Parser for the Hunspell dictionary file (.dic): the word list with flags.
 * Follows HashMgr::load_tables: the first line is a count, a tab or a
 * ` xx:` field starts the morphological description, `\/` is a literal
 * slash and a leading `/` belongs to the word.
 */
import {decodeFlags, type FlagType} from './flag-codec.js'

export interface DictionaryEntry {
  readonly word: string
  readonly flags: readonly string[]
}

/** Where the morphological fields start, or -1. */
function descriptionStart(line: string): number {
  let start = -1
  // A morphological field is `xx:` preceded by whitespace.
  for (let pos = line.indexOf(':'); pos !== -1; pos = line.indexOf(':', pos + 1)) {
    if (pos > 3 && (line[pos - 3] === ' ' || line[pos - 3] === '\t')) {
      let p = pos - 3
      while (p > 0 && (line[p - 1] === ' ' || line[p - 1] === '\t')) p--
      start = p === 0 ? -1 : p + 1
      break
    }
  }
  const tab = line.indexOf('\t')
  if (tab !== -1 && (start === -1 || tab < start)) start = tab + 1
  return start
}

export function parseDictionaryFile(text: string, flagType: FlagType): DictionaryEntry[] {
  const lines = text.split('\n')
  const entries: DictionaryEntry[] = []
  for (let n = 1; n < lines.length; n++) {
    let line = lines[n] as string
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (line === '') continue
    const desc = descriptionStart(line)
    if (desc !== -1) line = line.slice(0, desc - 1)
    let slash = line.indexOf('/')
    while (slash !== -1) {
      if (slash === 0) {
        slash = line.indexOf('/', 1)
        continue
      }
      if (line[slash - 1] !== '\\') break
      line = line.slice(0, slash - 1) + line.slice(slash)
      slash = line.indexOf('/', slash)
    }
    const word = slash === -1 ? line : line.slice(0, slash)
    const flags = slash === -1 ? [] : decodeFlags(line.slice(slash + 1), flagType)
    if (word === '') continue
    entries.push({word, flags})
  }
  return entries
}
