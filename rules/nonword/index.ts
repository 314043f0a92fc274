import {casingOf} from '../../src/casing.js'
import type {Segment} from '../../src/document.js'
import type {BaseLanguage} from '../../src/language.js'
import {edits1} from '../../src/edits.js'
import {evidenceOf, type LanguageEvidence, type WordEvidence} from '../../src/evidence.js'
import {report} from '../../src/report.js'
import {contextOf} from '../../src/resolve-language.js'
import {defineRule} from '../../src/rule.js'
import {withoutElision} from '../../src/words.js'
import {alphabets, nameCues, olderSpellings, onsets, prefixes} from './data.js'

const note = {
  garbled: 'A token in no dictionary (French or Portuguese, English, loanwords): what machine translation leaves when it garbles a word.',
  mixed: 'A compound half in English and half in the language, which neither has: a word the translation garbled (auto-ham for self-harm).'
}

export default defineRule({
  meta: {
    id: 'nonword',
    category: 'nonword',
    languages: ['fr', 'pt'],
    description: 'Tokens that are words of no language the text could use: garbled by the translation.',
    defaultOptions: {
      /** Words of your own to accept (product names, jargon), in any case; a configuration's `lexicon` files add to it. */
      words: [] as readonly string[]
    }
  },
  create(options, services) {
    const accepted = new Set(options.words.map((word) => word.toLowerCase()))
    return async function (tree, file) {
      const document = contextOf(tree, file)
      const evidence = await evidenceOf(document, services)
      const counts = keyCounts(evidence.words)
      // Names the text capitalises, and the words of hyphenated ones (`French-Owen`: `owen`), which a garbled name keeps (`francês-owen`).
      const names = new Set([...casingOf(document)].filter(([, casing]) => casing.capitalisedInside > 0).flatMap(([key]) => [key, ...(key.includes('-') ? key.split('-') : [])]))
      for (const word of evidence.words) {
        if (accepted.has(word.key)) continue
        const kind = classify(word, evidence, document.base, counts, names, document.segments)
        if (!kind) continue
        const expected = kind === 'garbled' ? suggestions(word.key, evidence, document.base) : []
        const start = word.start + word.value.length - withoutElision(word.value).length
        report(file, document, {
          start,
          end: word.end,
          reason: 'Unexpected nonword `' + document.value.slice(start, word.end) + '`' + (expected.length > 0 ? ', did you mean `' + expected[0] + '`?' : ''),
          expected,
          note: note[kind]
        })
      }
    }
  }
})

/** How often each key occurs: counted by spelling (an array read per word), then summed by key once per spelling. */
function keyCounts(words: readonly WordEvidence[]): Map<string, number> {
  const bySpelling: number[] = []
  const spellings: WordEvidence[] = []
  for (const word of words) {
    if (bySpelling[word.form] === undefined) {
      bySpelling[word.form] = 0
      spellings[word.form] = word
    }

    bySpelling[word.form]!++
  }

  const counts = new Map<string, number>()
  for (const [form, word] of spellings.entries()) if (word) counts.set(word.key, (counts.get(word.key) ?? 0) + bySpelling[form]!)
  return counts
}

/**
 * Names, acronyms, numbers, words of two letters and English sentences are
 * left alone, and so are the tokens a writer uses on purpose: words the
 * document repeats, program and package names (no vowel, a run of four
 * consonants, or after `la commande`), English compounds (`wishlist`),
 * older Portuguese spellings (`projecto`).
 */
function classify(
  word: WordEvidence,
  evidence: LanguageEvidence,
  language: BaseLanguage,
  counts: Map<string, number>,
  capitalisedElsewhere: ReadonlySet<string>,
  segments: readonly Segment[]
): 'garbled' | 'mixed' | undefined {
  if (word.hasDigit || word.markedCase || word.titleCased || word.key.length < 3 || word.target || word.loanword) return undefined
  if ((counts.get(word.key) ?? 0) > 1 || isIdentifier(word.key) || followsNameCue(word, evidence, language) || isHandle(word) || isFragment(word, segments)) return undefined
  if (evidence.englishSentences.some((sentence) => word.start >= sentence.start && word.end <= sentence.end)) return undefined
  const known = (part: string) =>
    evidence.target.has(part) || evidence.english.has(part) || evidence.loanwords.has(part) || prefixes[language].includes(part) || isPrefixed(part, evidence, language) || isEnglishCompound(part, evidence) || isOlderSpelling(part, evidence, language)
  if (!word.key.includes('-')) return word.english || known(word.key) ? undefined : 'garbled'
  const parts = word.key.split('-').filter(Boolean)
  // A compound with a name the document capitalises elsewhere (`debian-installer`, `francês-owen`) is a name: garbled-name's concern.
  if (parts.some((part) => capitalisedElsewhere.has(part))) return undefined
  if (!parts.every(known)) return 'garbled'
  // Every part English: leaked-english's concern. A French or Portuguese part joined to an English-only one, in no dictionary: garbled.
  const englishOnly = parts.filter((part) => evidence.english.has(part) && !evidence.target.has(part) && !evidence.loanwords.has(part) && !prefixes[language].includes(part))
  if (englishOnly.length === 0 || englishOnly.length === parts.length) return undefined
  return evidence.english.hasForm(word.key) || evidence.target.hasForm(word.key) ? undefined : 'mixed'
}

/** `dpkg`, `armhf`, `lzma`, `dselect`: no vowel, four consonants in a row, or a start no French or Portuguese word has. */
function isIdentifier(key: string): boolean {
  return !/[aeiouyàâäéèêëîïôöùûüáíóúãõ]/u.test(key) || /[bcdfghjklmnpqrstvwxz]{4}/u.test(key) || !onsets.test(key)
}

/** Half of a word broken at a hyphen (`aumen-⏎tou`, `nomea- damente`): broken-hyphenation's concern. */
function isFragment(word: WordEvidence, segments: readonly Segment[]): boolean {
  const {text, index: segment} = word.segment
  const after = text.slice(word.index + word.value.length, word.index + word.value.length + 2)
  if (/^-(?:\s|$)/u.test(after)) return true
  if (/\p{L}-\s+$/u.test(text.slice(Math.max(0, word.index - 4), word.index))) return true
  return word.index === 0 && /\p{L}-$/u.test(segments[segment - 1]?.text ?? '')
}

/** `(jdassen)`: a user name in parentheses after a person's name. */
function isHandle(word: WordEvidence): boolean {
  const {text} = word.segment
  return text[word.index - 1] === '(' && text[word.index + word.value.length] === ')'
}

function followsNameCue(word: WordEvidence, evidence: LanguageEvidence, language: BaseLanguage): boolean {
  return [evidence.words[word.position - 1], evidence.words[word.position - 2]].some((previous) => previous?.segment === word.segment && nameCues[language].has(previous.key))
}

/**
 * Longest token tried as a compound or for suggestions: longer than any
 * word of the languages (`anticonstitucionalissimamente` has 29 letters);
 * both searches cost the square of the length, so a garbage run of 5,000
 * letters would take seconds.
 */
const longestWord = 40

/** `wishlist`, `smarthost`: two English words of three letters or more written as one. */
function isEnglishCompound(key: string, evidence: LanguageEvidence): boolean {
  if (key.length > longestWord) return false
  for (let cut = 3; cut <= key.length - 3; cut++) {
    if (evidence.english.hasForm(key.slice(0, cut)) && evidence.english.hasForm(key.slice(cut))) return true
  }

  return false
}

function isOlderSpelling(key: string, evidence: LanguageEvidence, language: BaseLanguage): boolean {
  if (language !== 'pt') return false
  const modern = olderSpellings.reduce((value, [pattern, replacement]) => value.replace(pattern, replacement), key)
  return modern !== key && evidence.target.has(modern)
}

/** `hypercompétitif` (hyper + compétitif), `autorregulação` (auto + regulação, with the doubled r). */
function isPrefixed(key: string, evidence: LanguageEvidence, language: BaseLanguage): boolean {
  return prefixes[language].some((prefix) => {
    if (!key.startsWith(prefix) || key.length - prefix.length < 3) return false
    const rest = key.slice(prefix.length)
    return evidence.target.has(rest) || (/^(rr|ss)/.test(rest) && evidence.target.has(rest.slice(1)))
  })
}

/**
 * Words of the language one edit away, kept only when the fix is sure: an
 * accent (`paises` → `países`), two letters swapped, a doubled letter
 * removed (`acessso`), or the only word one edit away. Garbled words
 * (`warte`) have many neighbours and get no suggestion.
 */
function suggestions(key: string, evidence: LanguageEvidence, language: BaseLanguage): string[] {
  if (key.length > longestWord) return []
  const found = new Set<string>()
  for (const candidate of edits1(key, alphabets[language])) {
    if (candidate.length > 1 && evidence.target.hasForm(candidate)) found.add(candidate)
  }

  const plain = (value: string) => value.normalize('NFD').replace(/\p{M}/gu, '')
  const sure = [...found].filter((candidate) => plain(candidate) === plain(key) || isSwap(key, candidate) || isUndoubled(key, candidate))
  return sure.length > 0 ? sure.slice(0, 3) : found.size === 1 ? [...found] : []
}

function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const differ = [...a].flatMap((letter, index) => (letter === b[index] ? [] : [index]))
  return differ.length === 2 && a[differ[0]!] === b[differ[1]!] && a[differ[1]!] === b[differ[0]!]
}

function isUndoubled(word: string, candidate: string): boolean {
  return candidate.length === word.length - 1 && [...word].some((letter, index) => letter === word[index - 1] && word.slice(0, index) + word.slice(index + 1) === candidate)
}
