import type {DocumentContext} from '../../src/document.js'
import {evidenceOf, type LanguageEvidence, type WordEvidence} from '../../src/evidence.js'
import {quotationsOf} from '../../src/quotes.js'
import {report} from '../../src/report.js'
import {contextOf} from '../../src/resolve-language.js'
import {defineRule} from '../../src/rule.js'
import {adjacent} from '../../src/words.js'
import {cognateOf, englishQuotations, inTitle, isGarbledEnglish, quotationOf} from './context.js'
import {verbCues} from './data.js'
import {capitalisedRuns, runs} from './runs.js'
import {isAppended, originalsOf} from './originals.js'

/**
 * How sure a leak is. Strong leaks stand on their own; the others are
 * reported only in a document with a strong leak: a single English noun in
 * a French text is more often a term the author chose (`kernel`, `patch`)
 * than a leak, unless the text shows that a spinner or a translation left
 * English in it. Medium leaks have evidence of their own (a cognate, a
 * pair of English words), weak ones none beyond the dictionaries.
 */
type Strength = 'strong' | 'medium' | 'weak'

interface Leak {
  words: WordEvidence[]
  strength: Strength
  expected: string[]
  why: string
}

const note = {
  verb: 'An English word where the sentence needs a verb: a spinner swapped the verb (era → period) or the translation left it.',
  appended: 'A spinner replaced a word by a longer English synonym (software → software program), leaving the English tail.',
  title: 'A title or lead-in half translated: its English words were left as they were.',
  run: 'Several English words in a row: a phrase the translation left untranslated.',
  cognate: 'The English spelling of a word the language has (monolith → monolithe, program → programa).',
  spinner: 'A word spinner read the text as English and swapped a word for an English synonym (artificial → synthetic).',
  leak: 'An English word that is not a loanword of the language, in a text that shows other English leaks.'
}

export default defineRule({
  meta: {
    id: 'leaked-english',
    category: 'leaked-english',
    languages: ['fr', 'pt'],
    description: 'English words and runs of words left inside French and Portuguese sentences, with the word a spinner replaced when it can tell.',
    defaultOptions: {
      /** Words of your own to accept (product names, terms of the trade), in any case; a configuration's `lexicon` files add to it. */
      words: [] as readonly string[]
    }
  },
  create(options, services) {
    const accepted = new Set(options.words.map((word) => word.toLowerCase()))
    return async function (tree, file) {
      const document = contextOf(tree, file)
      const evidence = await evidenceOf(document, services)
      const leaks = [...lowercaseLeaks(document, evidence, accepted), ...titleLeaks(evidence, accepted)].sort((a, b) => a.words[0]!.start - b.words[0]!.start)
      const strong = new Set(leaks.filter((leak) => leak.strength === 'strong').map((leak) => leak.words.map((word) => word.key).join(' ')))
      const minimum: Record<Strength, number> = {strong: 0, medium: 1, weak: 1}

      for (const leak of leaks) {
        if (strong.size < minimum[leak.strength]) continue
        const first = leak.words[0]!
        const last = leak.words.at(-1)!
        const actual = document.value.slice(first.start, last.end)
        const fix = leak.expected[0] === '' ? ', remove it' : leak.expected.length > 0 ? ', use `' + leak.expected[0] + '`' : ''
        report(file, document, {start: first.start, end: last.end, reason: 'Unexpected English `' + actual + '`' + fix, expected: leak.expected, note: leak.why})
      }
    }
  }
})

/** English and nothing else, written in lowercase: not French or Portuguese, not a loanword, not a name or an acronym. */
function isLowercaseEnglish(word: WordEvidence, evidence: LanguageEvidence): boolean {
  if (word.hasDigit || word.markedCase || word.titleCased || word.key.length < 2 || !word.english || word.target || word.loanword) return false
  // A compound is a leak when each part is (back-end); one with a French or Portuguese part (auto-ham) is a nonword.
  return !word.key.includes('-') || word.key.split('-').every((part) => evidence.english.has(part) && !evidence.target.has(part))
}

/** English words in lowercase, grouped into runs, each with how sure it is. */
function* lowercaseLeaks(document: DocumentContext, evidence: LanguageEvidence, accepted: ReadonlySet<string>): Generator<Leak> {
  const quoted = englishQuotations(evidence)
  const candidates = new Set(evidence.words.filter(
    (word) =>
      isLowercaseEnglish(word, evidence) &&
      !accepted.has(word.key) &&
      !quoted.has(word) &&
      !evidence.englishSentences.some((sentence) => word.start >= sentence.start && word.end <= sentence.end)
  ))

  for (const run of runs(evidence.words, candidates)) {
    const englishOnly = run.filter((word) => candidates.has(word)).length
    if (run.length > 1) {
      yield {words: run, strength: englishOnly >= 3 ? 'strong' : 'medium', expected: [], why: note.run}
      continue
    }

    const word = run[0]!
    const previous = evidence.words[word.position - 1]
    const follows = adjacent(previous, word)
    const cognate = cognateOf(word.key, document, evidence)
    const substitutes = originalsOf(word.key, document.base)
    if (follows && isAppended(previous.key, word.key, document.base)) {
      yield {words: run, strength: 'strong', expected: [''], why: note.appended}
    } else if (follows && verbCues[document.base].has(previous.key.replace(/['’]$/, ''))) {
      yield {words: run, strength: 'strong', expected: substitutes, why: note.verb}
    } else if (cognate) {
      yield {words: run, strength: 'medium', expected: [cognate], why: note.cognate}
    } else {
      yield {words: run, strength: 'weak', expected: substitutes, why: substitutes.length > 0 ? note.spinner : note.leak}
    }
  }
}

/** `«Lancement Spirit»`, `Secrective Fishbowl:`: capitalised words in a title, some English, some not, the English ones left untranslated. */
function* titleLeaks(evidence: LanguageEvidence, accepted: ReadonlySet<string>): Generator<Leak> {
  for (const run of capitalisedRuns(evidence.words)) {
    // English: a common English word (its lowercase form is English), not a target word. Other: a word only of the target
    // language, or a garbled English one (`Secrective`). A run with any other word (`Ray Dassen`) is a name.
    if (run.some((word) => accepted.has(word.key))) continue
    const english = run.filter((word) => word.titleCased && !word.target && !word.loanword && evidence.english.has(word.key))
    if (english.length === 0) continue
    const other = run.filter((word) => !english.includes(word) && word.titleCased && ((word.target && !word.english) || (!word.target && !word.english && isGarbledEnglish(word.key, evidence))))
    if (english.length === 0 || other.length === 0 || english.length + other.length < run.length) continue
    if (!inTitle(run[0]!, quotationOf(run[0]!, quotationsOf(run[0]!.segment.text)))) continue
    yield {words: english, strength: 'strong', expected: [], why: note.title}
  }
}
