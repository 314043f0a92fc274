/**
 * Parser for the Hunspell affix file (.aff), restricted to the directives
 * that influence `Hunspell::spell()` for the dictionaries we ship. Any
 * directive that would change acceptance and is not implemented makes the
 * parser throw, so a dictionary update cannot silently diverge.
 */
import {decodeCompoundRule, decodeFlags, type FlagType} from './flag-codec.js'

/** One position of an affix condition: a set of characters, or any. */
export interface ConditionPosition {
  readonly any: boolean
  readonly negated: boolean
  readonly chars: ReadonlySet<string>
}

export interface AffixRule {
  readonly kind: 'PFX' | 'SFX'
  readonly flag: string
  readonly crossProduct: boolean
  readonly strip: string
  readonly append: string
  readonly continuation: ReadonlySet<string>
  /** Condition on the stem: its first (PFX) or last (SFX) characters. */
  readonly condition: readonly ConditionPosition[]
  /** Order of the rule in the file. */
  readonly index: number
}

export interface AffixFile {
  readonly flagType: FlagType
  readonly rules: readonly AffixRule[]
  readonly keepCase: string | undefined
  readonly forbiddenWord: string | undefined
  readonly needAffix: string | undefined
  readonly onlyInCompound: string | undefined
  readonly circumfix: string | undefined
  readonly fullStrip: boolean
  /** ICONV pairs, in file order. */
  readonly inputConversion: ReadonlyArray<readonly [string, string]>
  /** BREAK patterns (Hunspell's default when the file has none). */
  readonly breaks: readonly string[]
  /** COMPOUNDRULE patterns, each a list of flags and `*`/`?` operators. */
  readonly compoundRules: ReadonlyArray<readonly string[]>
  readonly compoundMin: number
}

/** Directives that only affect suggestions, tokenising or morphology. */
const IGNORED = new Set([
  'TRY', 'KEY', 'REP', 'MAP', 'PHONE', 'NOSUGGEST', 'MAXDIFF', 'MAXNGRAMSUGS',
  'ONLYMAXDIFF', 'NOSPLITSUGS', 'SUGSWITHDOTS', 'MAXCPDSUGS', 'WORDCHARS',
  'OCONV', 'WARN', 'LANG', 'NAME', 'VERSION', 'HOME', 'DESC', 'URL', 'SUBSTANDARD',
  'LEMMA_PRESENT', 'FORBIDWARN_OFF'
])

/** Directives handled below. */
const HANDLED = new Set([
  'SET', 'FLAG', 'PFX', 'SFX', 'KEEPCASE', 'FORBIDDENWORD', 'NEEDAFFIX',
  'ONLYINCOMPOUND', 'CIRCUMFIX', 'FULLSTRIP', 'ICONV', 'BREAK', 'COMPOUNDRULE',
  'COMPOUNDMIN'
])

/** Parse an affix condition such as `[^aeiou]y` or `.`. */
export function parseCondition(text: string): ConditionPosition[] {
  if (text === '.' || text === '') return []
  const positions: ConditionPosition[] = []
  const chars = Array.from(text)
  let i = 0
  while (i < chars.length) {
    const c = chars[i] as string
    if (c === '[') {
      let j = i + 1
      let negated = false
      if (chars[j] === '^') {
        negated = true
        j++
      }
      const set = new Set<string>()
      while (j < chars.length && chars[j] !== ']') set.add(chars[j++] as string)
      if (j >= chars.length) throw new Error(`unterminated condition group: ${text}`)
      positions.push({any: false, negated, chars: set})
      i = j + 1
    } else if (c === '.') {
      positions.push({any: true, negated: false, chars: new Set()})
      i++
    } else {
      positions.push({any: false, negated: false, chars: new Set([c])})
      i++
    }
  }
  return positions
}

export function parseAffixFile(text: string): AffixFile {
  const lines = text.split(/\r?\n/u)
  let flagType: FlagType = 'char'
  // FLAG must be known before any flag is decoded; Hunspell reads it first.
  for (const line of lines) {
    const parts = line.trim().split(/\s+/u)
    if (parts[0] === 'FLAG') {
      const value = parts[1]
      if (value === 'long' || value === 'num' || value === 'UTF-8') flagType = value
      else throw new Error(`unsupported FLAG ${value}`)
    }
    if (parts[0] === 'SET' && parts[1] !== 'UTF-8') {
      throw new Error(`only SET UTF-8 is supported, found ${parts[1]}`)
    }
  }

  const rules: AffixRule[] = []
  const single: Record<string, string | undefined> = {}
  const inputConversion: Array<[string, string]> = []
  let breaks: string[] | undefined
  const compoundRules: string[][] = []
  let compoundMin = 3
  let fullStrip = false

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string
    const parts = line.trim().split(/\s+/u)
    const keyword = parts[0] ?? ''
    if (keyword === '' || keyword.startsWith('#')) continue
    if (!HANDLED.has(keyword)) {
      if (IGNORED.has(keyword)) continue
      throw new Error(`unsupported affix directive ${keyword} (line ${n + 1})`)
    }
    switch (keyword) {
      case 'KEEPCASE':
      case 'FORBIDDENWORD':
      case 'NEEDAFFIX':
      case 'ONLYINCOMPOUND':
      case 'CIRCUMFIX': {
        const flags = decodeFlags(parts[1] ?? '', flagType)
        single[keyword] = flags[0]
        break
      }
      case 'FULLSTRIP':
        fullStrip = true
        break
      case 'COMPOUNDMIN':
        compoundMin = Math.max(1, Number(parts[1]))
        break
      case 'ICONV':
      case 'BREAK':
      case 'COMPOUNDRULE': {
        // A table: the first line holds the count, then that many entries.
        const count = Number(parts[1])
        if (keyword === 'BREAK') breaks = []
        for (let k = 0; k < count; k++) {
          n++
          const entry = (lines[n] ?? '').trim().split(/\s+/u)
          if (entry[0] !== keyword) throw new Error(`malformed ${keyword} table at line ${n + 1}`)
          if (keyword === 'ICONV') inputConversion.push([entry[1] ?? '', entry[2] ?? ''])
          else if (keyword === 'BREAK') breaks?.push(entry[1] ?? '')
          else compoundRules.push(decodeCompoundRule(entry[1] ?? '', flagType))
        }
        break
      }
      case 'PFX':
      case 'SFX': {
        const flag = decodeFlags(parts[1] ?? '', flagType)[0]
        if (flag === undefined) throw new Error(`affix without flag at line ${n + 1}`)
        const crossProduct = parts[2] === 'Y'
        const count = Number(parts[3])
        for (let k = 0; k < count; k++) {
          n++
          const entry = (lines[n] ?? '').trim().split(/\s+/u)
          if (entry[0] !== keyword || decodeFlags(entry[1] ?? '', flagType)[0] !== flag) {
            throw new Error(`malformed ${keyword} ${flag} entry at line ${n + 1}`)
          }
          const strip = entry[2] === '0' ? '' : (entry[2] ?? '')
          const appendField = entry[3] ?? ''
          const slash = appendField.indexOf('/')
          let append = slash === -1 ? appendField : appendField.slice(0, slash)
          if (append === '0') append = ''
          const continuation = new Set(
            slash === -1 ? [] : decodeFlags(appendField.slice(slash + 1), flagType)
          )
          rules.push({
            kind: keyword,
            flag,
            crossProduct,
            strip,
            append,
            continuation,
            condition: parseCondition(entry[4] ?? '.'),
            index: rules.length
          })
        }
        break
      }
      default:
        // SET and FLAG were read in the first pass.
        break
    }
  }

  return {
    flagType,
    rules,
    keepCase: single.KEEPCASE,
    forbiddenWord: single.FORBIDDENWORD,
    needAffix: single.NEEDAFFIX,
    onlyInCompound: single.ONLYINCOMPOUND,
    circumfix: single.CIRCUMFIX,
    fullStrip,
    inputConversion,
    breaks: breaks ?? ['-', '^-', '-$'],
    compoundRules,
    compoundMin
  }
}
