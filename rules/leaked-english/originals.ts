import type {BaseLanguage} from '../../src/language.js'
import {spinner} from './spinner.js'
import {appendages} from './substitutions/appendages.js'
import {substitutions as french} from './substitutions/fr.js'
import {substitutions as portuguese} from './substitutions/pt.js'

const curated: Record<BaseLanguage, Readonly<Record<string, readonly string[]>>> = {fr: french, pt: portuguese}

function lookup(table: Readonly<Record<string, readonly string[]>>, key: string): readonly string[] {
  return Object.hasOwn(table, key) ? table[key]! : []
}

/**
 * The words a spinner most likely replaced with an English word, best
 * first: the curated pack (general knowledge of spinner thesauri), then
 * close WordNet synonyms for the words it does not cover.
 */
export function originalsOf(key: string, language: BaseLanguage): string[] {
  return [...new Set([...lookup(curated[language], key), ...lookup(spinner[language].substitutions, key)])].slice(0, 3)
}

/** Whether a spinner appended `tail` to `head` (`software` → `software program`). */
export function isAppended(head: string, tail: string, language: BaseLanguage): boolean {
  return lookup(appendages, head).includes(tail) || lookup(spinner[language].expansions, head).includes(tail)
}
