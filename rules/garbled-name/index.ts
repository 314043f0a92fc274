import {createEntityIndex, type EntityIndex} from '../../src/entities/index.js'
import {evidenceOf} from '../../src/evidence.js'
import {report} from '../../src/report.js'
import {contextOf} from '../../src/resolve-language.js'
import {defineRule} from '../../src/rule.js'
import {documentNames, inconsistent, translatedPerson} from './document-names.js'
import type {Garbling} from './garbling.js'
import {lowercased} from './lowercased.js'
import {recased} from './recasing.js'
import {translatedName, translatedWords} from './translated.js'

const notes: Record<Garbling['why'], string> = {
  recased: 'Machine translation re-cased a name it did not recognise, flattening its capitals',
  inconsistent: 'The same name is written two ways; machine translation flattens capitals, it does not add them',
  translated: 'Machine translation translated a name, word by word, as if it were common words',
  lowercased: 'Machine translation wrote a name that is also a common word as the common word'
}

export default defineRule({
  meta: {
    id: 'garbled-name',
    category: 'garbled-name',
    languages: ['fr', 'pt'],
    description: 'Proper names re-cased, translated or lowercased by the translation: Openai, Antrópicos, Claude du code, francês-owen, python.',
    defaultOptions: {
      /** Names of your own, spelt as they must be (`Acme Robotics`, `eBook Reader`). */
      entities: [] as readonly string[]
    }
  },
  create(options, services) {
    const own = options.entities.map((name) => ({name, kind: 'brand' as const}))
    // The user's names join the shared ones in one index, built once per shared index.
    const indexes = new WeakMap<EntityIndex, EntityIndex>()
    const withOwn = (shared: EntityIndex) => {
      if (own.length === 0) return shared
      let index = indexes.get(shared)
      if (!index) {
        index = createEntityIndex([...own, ...shared.entities])
        indexes.set(shared, index)
      }

      return index
    }

    return async function (tree, file) {
      const document = contextOf(tree, file)
      const [evidence, shared] = await Promise.all([evidenceOf(document, services), services.entities()])
      const index = withOwn(shared)
      const {words} = evidence
      const names = documentNames(words)
      const known = (value: string) => index.byFolded(value).length > 0
      const found = [
        ...recased(words, index, (word) => evidence.target.has(word) || evidence.english.has(word)),
        ...inconsistent(words, names, known),
        ...translatedWords(words, index, document.base),
        ...translatedName(words, index),
        ...translatedPerson(words, names, document.base),
        ...lowercased(words, index, document.base, names)
      ]

      const reported: Garbling[] = []
      for (const garbling of found.sort((a, b) => a.start - b.start || b.end - a.end)) {
        if (reported.some((other) => garbling.start < other.end && other.start < garbling.end)) continue
        reported.push(garbling)
        const actual = document.value.slice(garbling.start, garbling.end)
        report(file, document, {
          start: garbling.start,
          end: garbling.end,
          reason: 'Unexpected `' + actual + '`, write `' + garbling.expected[0] + '`',
          expected: garbling.expected,
          note: notes[garbling.why] + ': ' + garbling.evidence + '.'
        })
      }
    }
  }
})
