import {foldName, nameTokens, type Entity, type EntityIndex} from '../../src/entities/index.js'
import type {WordEvidence} from '../../src/evidence.js'
import type {BaseLanguage} from '../../src/language.js'
import {SpellingMemo} from '../../src/spellings.js'
import {translations} from './data.js'
import type {Garbling} from './garbling.js'

/** Prepositions a translation puts between the words of a name (`Claude du code`). */
const joiners = new Set(["de", "du", "des", "d'", 'da', 'do', 'das', 'dos'])
const companyKinds = new Set(['company', 'product', 'platform', 'organisation', 'brand', 'media'])

/** Whether a folded text word stands for a folded word of a name, as itself or translated (`equipes` for `teams`). */
function standsFor(word: string, nameWord: string, language: BaseLanguage): boolean {
  return word === nameWord || (translations[language][nameWord]?.includes(word) ?? false)
}

/**
 * A name of several words with its later words translated or joined by a
 * preposition: `Claude du code` (Claude Code), `Microsoft Equipes`
 * (Microsoft Teams). The first word must be the name's own, capitalised.
 */
export function* translatedWords(words: WordEvidence[], index: EntityIndex, language: BaseLanguage): Generator<Garbling> {
  const names = namesStartingWith(index)
  for (let position = 0; position < words.length; position++) {
    const word = words[position]!
    if (!word.titleCased && !word.markedCase) continue
    for (const {entity, tokens} of names.of(word)) {
      let next = position + 1
      let matched = 1
      let changed = false
      while (matched < tokens.length && next < words.length && words[next]!.segment === word.segment) {
        const candidate = foldName(words[next]!.value)
        if (joiners.has(candidate) && matched === 1) {
          changed = true
          next++
          continue
        }

        if (!standsFor(candidate, tokens[matched]!, language)) break
        // Only a translated word or an added preposition counts: other capitals alone are re-casing.
        if (candidate !== tokens[matched]) changed = true
        matched++
        next++
      }

      const last = words[next - 1]!
      if (matched < tokens.length || !changed || index.byName(word.segment.text.slice(word.index, last.index + last.value.length)).length > 0) continue
      yield {start: word.start, end: last.end, expected: [entity.name], why: 'translated', evidence: 'the words of `' + entity.name + '` were translated'}
      break
    }
  }
}

const heads = new WeakMap<EntityIndex, SpellingMemo<ReadonlyArray<{entity: Entity; tokens: readonly string[]}>>>()

/** The names of several words whose first word is the text word, folded (memoised per index): `Claude` → Claude Code, … */
function namesStartingWith(index: EntityIndex): SpellingMemo<ReadonlyArray<{entity: Entity; tokens: readonly string[]}>> {
  let lookup = heads.get(index)
  if (!lookup) {
    lookup = new SpellingMemo((value) => {
      const head = foldName(value)
      return index
        .byToken(head)
        .map((entity) => ({entity, tokens: nameTokens(entity.name)}))
        .filter(({tokens}) => tokens.length >= 2 && tokens[0] === head)
    })
    heads.set(index, lookup)
  }

  return lookup
}

/** A stem for comparing a name with its translation: folded, `h` after a consonant dropped, French and Portuguese endings removed. */
export function stem(value: string): string {
  return foldName(value)
    .replace(/([ctpgr])h/g, '$1')
    .replace(/s$/u, '')
    .replace(/(?:ique|ico|ica)$/u, 'ic')
    .replace(/[oae]$/u, '')
}

const stems = new WeakMap<EntityIndex, Map<string, Entity>>()

function stemIndex(index: EntityIndex): Map<string, Entity> {
  let map = stems.get(index)
  if (!map) {
    map = new Map()
    for (const entity of index.entities) {
      if (entity.commonWord || !companyKinds.has(entity.kind) || !/^\p{L}{5,}$/u.test(entity.name)) continue
      const key = stem(entity.name)
      if (key.length >= 5 && !map.has(key)) map.set(key, entity)
    }

    stems.set(index, map)
  }

  return map
}

const translationMemos = new WeakMap<EntityIndex, SpellingMemo<Entity | undefined>>()

/** The company or product name a spelling is the translation of, if any (once per spelling and index). */
function translationOf(index: EntityIndex): SpellingMemo<Entity | undefined> {
  let memo = translationMemos.get(index)
  if (!memo) {
    const map = stemIndex(index)
    memo = new SpellingMemo((value) => {
      if (index.byName(value).length > 0 || index.byFolded(value).length > 0) return undefined
      const entity = map.get(stem(value))
      return entity && foldName(entity.name) !== foldName(value) ? entity : undefined
    })
    translationMemos.set(index, memo)
  }

  return memo
}

/**
 * A company or product name translated into a word of the language:
 * `Antrópicos` (Anthropic), capitalised in mid-sentence where only a name
 * would be, and the same word once its endings and silent `h` are set aside.
 */
export function* translatedName(words: WordEvidence[], index: EntityIndex): Generator<Garbling> {
  const translation = translationOf(index)
  for (const word of words) {
    if (!word.titleCased || word.sentenceStart || !word.target || word.value.includes('-')) continue
    const entity = translation.of(word)
    if (!entity) continue
    yield {start: word.start, end: word.end, expected: [entity.name], why: 'translated', evidence: '`' + word.value + '` is `' + entity.name + '` translated'}
  }
}
