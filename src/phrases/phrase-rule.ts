import {VFile} from 'vfile'
import type {Category} from '../category.js'
import {documentContext} from '../document.js'
import type {BaseLanguage} from '../language.js'
import {parseDocument} from '../parse.js'
import {report} from '../report.js'
import {contextOf} from '../resolve-language.js'
import {defineRule, type Rule} from '../rule.js'
import type {Services} from '../services.js'
import {wordsOf} from '../words.js'
import {compilePhrases, matchPhrases, type PhraseMatcher} from './matcher.js'
import type {PhraseEntry, PhraseKind, PhrasePack} from './types.js'
import {validatePack} from './validate.js'

export interface PhraseRuleDefinition {
  id: string
  kind: PhraseKind
  category: Category
  description: string
  /** What the rule's messages call the phrase: `calque`, `false friend`. */
  label: string
  /** The built-in entries of each language. */
  entries: Record<'fr' | 'pt', readonly PhraseEntry[]>
}

export type PhraseRuleOptions = {
  /** Packs of your own: JSON or YAML files (paths from the working directory) or npm packages named `mtlint-pack-*`. */
  packs: readonly string[]
}

/**
 * A rule made of phrase packs (Vale's existence and substitution kinds):
 * the built-in packs of its kind, plus the user's, matched over the words of
 * the text with inflection, case and apostrophes folded, and context anchors.
 */
export function phraseRule(definition: PhraseRuleDefinition): Rule<PhraseRuleOptions> {
  const builtin = (['fr', 'pt'] as const).map((language): PhrasePack => ({name: 'mtlint/' + definition.id + '/' + language, language, kind: definition.kind, entries: definition.entries[language]}))
  // The built-in packs alone (no packs of the user's) compile once per language for every configuration that uses them,
  // so the matcher's memory of which words start a phrase lasts from one document, or one lint() call, to the next.
  const builtinOnly = new Map<BaseLanguage, Promise<PhraseMatcher>>()
  return defineRule<PhraseRuleOptions>({
    meta: {id: definition.id, category: definition.category, languages: ['fr', 'pt'], description: definition.description, defaultOptions: {packs: []}},
    create(options, services) {
      const matchers = options.packs.length === 0 ? builtinOnly : new Map<BaseLanguage, Promise<PhraseMatcher>>()
      const matcherFor = (language: BaseLanguage) => {
        let matcher = matchers.get(language)
        if (!matcher) {
          matcher = loadPacks(options.packs, definition.kind, services).then((own) => compilePhrases([...builtin, ...own], language))
          matchers.set(language, matcher)
        }

        return matcher
      }

      return async function (tree, file) {
        const document = contextOf(tree, file)
        const matcher = await matcherFor(document.base)
        let end = -1
        for (const match of matchPhrases(matcher, wordsOf(document), document.language)) {
          if (match.start < end) continue
          end = match.end
          const actual = document.value.slice(match.start, match.end)
          const fix = match.entry.expected[0] === '' ? ', remove it' : match.entry.expected.length > 0 ? ', use `' + match.entry.expected[0] + '`' : ''
          report(file, document, {start: match.start, end: match.end, reason: 'Unexpected ' + definition.label + ' `' + actual + '`' + fix, expected: [...match.entry.expected], note: match.entry.note})
        }
      }
    }
  })
}

async function loadPacks(specifiers: readonly string[], kind: PhraseKind, services: Services): Promise<PhrasePack[]> {
  const packs: PhrasePack[] = []
  for (const specifier of specifiers) {
    if (!services.phrasePack) throw new Error('Cannot load phrase pack `' + specifier + '`: these services load no packs')
    const loaded = await services.phrasePack(specifier)
    for (const [index, value] of (Array.isArray(loaded) ? loaded : [loaded]).entries()) {
      const pack = validatePack(value, specifier + (Array.isArray(loaded) ? '#' + index : ''))
      if (pack.kind !== kind) throw new Error('Phrase pack `' + specifier + '` is a `' + pack.kind + '` pack: configure it on the `' + pack.kind + '` rule')
      checkExamples(pack)
      packs.push(pack)
    }
  }

  return packs
}

/** Prove a pack's entries: each example holds its phrase and each neighbour does not. Throws on the first that fails. */
function checkExamples(pack: PhrasePack): void {
  for (const [index, entry] of pack.entries.entries()) {
    const single = compilePhrases([{...pack, entries: [entry]}], pack.language)
    const tag = entry.variant ?? pack.language
    const fires = (text: string) => matchPhrases(single, wordsOf(documentContext(parseDocument(text), new VFile(text), tag)), tag).next().done === false
    const problem = !fires(entry.example) ? 'its example does not contain the phrase' : fires(entry.neighbour) ? 'its neighbour contains the phrase' : undefined
    if (problem) throw new Error('Phrase pack `' + pack.name + '`, entry ' + (index + 1) + ' (`' + entry.phrase + '`): ' + problem)
  }
}
