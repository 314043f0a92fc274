import {foldName, type Entity, type EntityIndex} from '../../src/entities/index.js'
import type {WordEvidence} from '../../src/evidence.js'
import type {BaseLanguage} from '../../src/language.js'
import {SpellingMemo} from '../../src/spellings.js'
import {withoutElision} from '../../src/words.js'
import {companyCues, kindCues, translations} from './data.js'
import type {Garbling} from './garbling.js'

const window = 10

/**
 * A name that is also a common word, written as the common word (`python`,
 * `x`, `méta`, `segmento`, `Maçã`): reported only with evidence, which the
 * note names. A programming language needs programming words around it; a
 * platform, social-network words; a company, a founding or buying word just
 * before it (`cofundou o segmento`), or the name written correctly
 * elsewhere when the word carries accents the name has not (`méta`, Meta).
 */
export function* lowercased(words: WordEvidence[], index: EntityIndex, language: BaseLanguage, names: Map<string, Map<string, number>>): Generator<Garbling> {
  const candidatesOf = nameCandidates(index, language)
  for (const word of words) {
    if (word.hasDigit || word.markedCase || (word.titleCased && word.sentenceStart)) continue
    const candidates = candidatesOf.of(word)
    if (candidates.length === 0) continue
    const value = withoutElision(word.value)
    if (value.includes('-')) continue
    if (word.titleCased && index.byName(value).length > 0) continue
    for (const entity of candidates) {
      if (entity.name.includes(' ') || value === entity.name) continue
      const evidence = evidenceFor(entity, word, words, value, names, language)
      if (!evidence) continue
      yield {start: word.end - value.length, end: word.end, expected: [entity.name], why: 'lowercased', evidence}
      break
    }
  }
}

const candidateLookups = new WeakMap<EntityIndex, Partial<Record<BaseLanguage, SpellingMemo<readonly Entity[]>>>>()
const none: readonly Entity[] = []

/** The entities a word (its elision aside) may stand for: spelt so but for case and accents, or translated from one of its words (once per spelling, index and language). */
function nameCandidates(index: EntityIndex, language: BaseLanguage): SpellingMemo<readonly Entity[]> {
  let byLanguage = candidateLookups.get(index)
  if (!byLanguage) candidateLookups.set(index, (byLanguage = {}))
  let lookup = byLanguage[language]
  if (!lookup) {
    const back = new Map<string, string[]>()
    for (const [english, list] of Object.entries(translations[language])) {
      for (const translated of list) back.set(translated, [...(back.get(translated) ?? []), english])
    }

    lookup = new SpellingMemo((word) => {
      const value = withoutElision(word)
      const candidates = [...index.byFolded(value), ...(back.get(foldName(value)) ?? []).flatMap((english) => index.byFolded(english))]
      return candidates.length === 0 ? none : candidates
    })
    byLanguage[language] = lookup
  }

  return lookup
}

function evidenceFor(entity: Entity, word: WordEvidence, words: WordEvidence[], value: string, names: Map<string, Map<string, number>>, language: BaseLanguage): string | undefined {
  const around = words.slice(Math.max(0, word.position - window), word.position + window + 1).filter((other) => other !== word && other.segment === word.segment)
  if (value.length === 1 && /[\d×*+=]/u.test(word.segment.text.slice(Math.max(0, word.index - 2), word.index + 3))) return undefined
  const cue = (set: ReadonlySet<string>) => around.find((other) => set.has(other.key))?.value
  // The name itself in lowercase (`python`, `x`) can lean on the words around it; a translation (`sinal`, `maçã`) only on a company word before it.
  const translated = foldName(value) !== foldName(entity.name)
  if (translated) return foundedOrBought(word, words, language)
  if (entity.kind === 'language') {
    const found = cue(kindCues.language)
    return found ? 'programming words around it (`' + found + '`)' : undefined
  }

  if (entity.kind === 'platform' || value.length === 1) {
    const found = cue(kindCues.platform)
    if (found && entity.kind === 'platform') return 'social-network words around it (`' + found + '`)'
    if (value.length === 1) return undefined
  }

  const founding = foundedOrBought(word, words, language)
  if (founding) return founding
  const accented = value !== value.normalize('NFD').replace(/\p{M}/gu, '') && !/\p{M}/u.test(entity.name.normalize('NFD'))
  if (accented && names.get(foldName(entity.name))?.has(entity.name)) return 'the text writes `' + entity.name + '` elsewhere'
  return undefined
}

/** Articles and prepositions that may stand between a company word and the name (`cofundou o segmento`, `co-fondateur du segment`). */
const linking = /^\s+(?:(?:de|du|des|da|do|das|dos|la|le|les|o|a|os|as|par|por|pela|pelo|pelas|pelos)\s+|(?:l|d)['’])?$/iu

/** A founding or buying word right before the word, with at most an article or preposition between: `cofundou o segmento`. */
function foundedOrBought(word: WordEvidence, words: WordEvidence[], language: BaseLanguage): string | undefined {
  for (const other of words.slice(Math.max(0, word.position - 2), word.position).reverse()) {
    if (other.segment !== word.segment || !companyCues[language].has(other.key)) continue
    if (linking.test(word.segment.text.slice(other.index + other.value.length, word.index))) return 'a company word before it (`' + other.value + '`)'
  }

  return undefined
}
