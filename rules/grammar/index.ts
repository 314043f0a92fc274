import {evidenceOf} from '../../src/evidence.js'
import {report, type Finding} from '../../src/report.js'
import {contextOf} from '../../src/resolve-language.js'
import {defineRule} from '../../src/rule.js'
import {elidedPlural, includingAsVerb, mannerAgreement, prepositionWithoutArticle} from './cues.js'

export default defineRule({
  meta: {
    id: 'grammar',
    category: 'grammar',
    languages: ['fr', 'pt'],
    description: 'Constructions the translation broke that can be caught precisely: L’alertes, de manière imminent, em LinkedIn, “, comprenait le”.',
    defaultOptions: {}
  },
  create(_, services) {
    return async function (tree, file) {
      const document = contextOf(tree, file)
      const [evidence, entities] = await Promise.all([evidenceOf(document, services), services.entities()])
      const {words, target} = evidence
      const findings: Finding[] = []
      const add = (finding: Finding | undefined) => finding && findings.push(finding)
      // Each cue starts at a word of its own (`l’`, `compren…`, `em`, `de`): the loop asks for it before calling the cue.
      for (let position = 0; position < words.length; position++) {
        const word = words[position]!
        if (document.base === 'fr') {
          if (word.value[1] === "'" || word.value[1] === '’') add(elidedPlural(word, target))
          if (word.value.startsWith('compren')) add(includingAsVerb(words, position))
        } else if (word.value === 'em') {
          add(prepositionWithoutArticle(words, position, entities))
        }

        if (word.key === 'de') add(mannerAgreement(words, position, document.base, target))
      }

      for (const finding of findings) report(file, document, finding)
    }
  }
})
