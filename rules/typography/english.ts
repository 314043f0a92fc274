import type {BaseLanguage} from '../../src/language.js'
import {englishFunctionWords, functionWords, neverNames} from './data.js'

const onlyEnglish: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: without(englishFunctionWords, neverNames.fr),
  pt: without(englishFunctionWords, neverNames.pt)
}

/**
 * Whether quoted text is English: two words or more, with more English
 * function words than target-language ones. Such quotes (song and book
 * titles, quoted tweets) keep their own quotation marks and punctuation.
 */
export function isEnglish(text: string, language: BaseLanguage): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length < 2) return false
  let english = 0
  let target = 0
  for (const word of words) {
    if (onlyEnglish[language].has(word)) english++
    else if (functionWords[language].has(word)) target++
  }

  return english > target && english / words.length >= 0.2
}

function without(set: ReadonlySet<string>, remove: ReadonlySet<string>): ReadonlySet<string> {
  return new Set([...set].filter((word) => !remove.has(word)))
}
