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
      for (const [position, word] of words.entries()) {
        if (document.base === 'fr') {
          findings.push(...elidedPlural(word, target), ...includingAsVerb(words, position))
        } else {
          findings.push(...prepositionWithoutArticle(words, position, entities))
        }

        findings.push(...mannerAgreement(words, position, document.base, target))
      }

      for (const finding of findings) report(file, document, finding)
    }
  }
})
