import type {EntityIndex} from '../../src/entities/index.js'
import type {WordEvidence} from '../../src/evidence.js'
import type {BaseLanguage} from '../../src/language.js'
import type {WordList} from '../../src/lexicons.js'
import type {Finding} from '../../src/report.js'
import {adjacent} from '../../src/words.js'

/** Kinds of names Portuguese uses with an article (`no LinkedIn`, `na Apple`); software is used without one (`em Linux`). */
const nameKinds = new Set(['company', 'platform', 'media'])
/** Adverbs that may follow `de manière` before the adjective (`de manière plus efficace`). */
const intensifiers = new Set(['plus', 'moins', 'très', 'trop', 'peu', 'assez', 'bien', 'si', 'aussi', 'tout', 'muito', 'pouco', 'bem', 'mal', 'tão', 'mais', 'menos', 'bastante', 'demasiado'])

/**
 * `L’alertes`: an elided article (singular) before a plural noun. The word
 * is plural when it ends in `s` and the word without it is a word of
 * French that does not end in `s` (so `l’avis`, `l’accès`, `l’os` pass).
 */
export function elidedPlural(word: WordEvidence, target: WordList): Finding | undefined {
  const match = /^([lL])['’](\p{Ll}[\p{L}\p{M}]+s)$/u.exec(word.value)
  if (!match) return undefined
  const plural = match[2]!
  const singular = plural.slice(0, -1)
  if (singular.length < 3 || /[sxz]$/u.test(singular) || !target.hasForm(singular)) return undefined
  const article = match[1] === 'L' ? 'Les' : 'les'
  return {
    start: word.start,
    end: word.end,
    reason: 'Unexpected singular article in `' + word.value + '`, write `' + article + ' ' + plural + '`',
    expected: [article + ' ' + plural, match[1] + '’' + singular],
    note: 'The elided article l’ is singular; the translation kept it before a plural noun.'
  }
}

/**
 * `de manière imminent`: after `de manière` / `de façon` (`de maneira`,
 * `de forma`), the adjective agrees with the feminine noun; a masculine
 * form whose feminine exists is an agreement the translation missed.
 */
export function mannerAgreement(words: WordEvidence[], position: number, language: BaseLanguage, target: WordList): Finding | undefined {
  const de = words[position]
  const noun = words[position + 1]
  const adjective = words[position + 2]
  if (!de || !noun || !adjective || de.key !== 'de' || !adjacent(de, noun) || !adjacent(noun, adjective)) return undefined
  const nouns = language === 'fr' ? ['manière', 'façon'] : ['maneira', 'forma']
  if (!nouns.includes(noun.key) || adjective.titleCased || adjective.markedCase || intensifiers.has(adjective.key)) return undefined
  const value = adjective.value
  const feminine = language === 'fr' ? (/[^e]$/u.test(value) ? value + 'e' : undefined) : /o$/u.test(value) ? value.slice(0, -1) + 'a' : undefined
  if (!feminine || !target.hasForm(value) || !target.hasForm(feminine)) return undefined
  return {
    start: de.start,
    end: adjective.end,
    reason: 'Unexpected `' + value + '` after `' + de.value + ' ' + noun.value + '`, write `' + feminine + '`',
    expected: [de.value + ' ' + noun.value + ' ' + feminine],
    note: 'The adjective agrees with ' + noun.value + ', which is feminine; the translation left the masculine form.'
  }
}

/** `em LinkedIn`: Portuguese puts an article before the name of a company or platform (`no LinkedIn`, `na Apple`). */
export function prepositionWithoutArticle(words: WordEvidence[], position: number, entities: EntityIndex): Finding | undefined {
  const preposition = words[position]
  const name = words[position + 1]
  if (!preposition || !name || preposition.value !== 'em' || !adjacent(preposition, name)) return undefined
  if (!(name.titleCased || name.markedCase) || !entities.byName(name.value).some((entity) => nameKinds.has(entity.kind))) return undefined
  return {
    start: preposition.start,
    end: name.end,
    reason: 'Expected an article in `em ' + name.value + '`, write `no ' + name.value + '` or `na ' + name.value + '`',
    expected: ['no ' + name.value, 'na ' + name.value],
    note: 'Portuguese names companies and platforms with an article (no LinkedIn, na Apple); English "on LinkedIn" has none.'
  }
}

/**
 * `, comprenait le sprint`: *including* translated as a finite verb with
 * no subject, right after a comma and before an article. French says
 * `y compris`.
 */
export function includingAsVerb(words: WordEvidence[], position: number): Finding | undefined {
  const verb = words[position]
  const article = words[position + 1]
  if (!verb || !article || !/^compren(?:ait|aient)$/u.test(verb.value) || !adjacent(verb, article)) return undefined
  if (!/,\s*$/u.test(verb.segment.text.slice(0, verb.index)) || !/^(?:le|la|les|l['’]|des|du|un|une)/u.test(article.value)) return undefined
  return {
    start: verb.start,
    end: verb.end,
    reason: 'Unexpected `' + verb.value + '` after a comma, write `y compris`',
    expected: ['y compris'],
    note: 'English "including" translated as the verb "comprendre" with no subject: French says "y compris".'
  }
}
