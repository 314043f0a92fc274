import {contextOf} from '../../src/resolve-language.js'
import {report} from '../../src/report.js'
import {defineRule} from '../../src/rule.js'
import {capitalAfterSemicolon, titleCase} from './capitals.js'
import {frenchPunctuation, frenchQuotes} from './french.js'

export default defineRule({
  meta: {
    id: 'typography',
    category: 'typography',
    languages: ['fr', 'pt'],
    description: 'Punctuation, quotation marks, spacing and capitals foreign to the language: English quotes and colon spacing in French, Title Case headings, capitals after semicolons.',
    defaultOptions: {
      /** French: require a space before `; ! ?` too (turn off for Quebec and Swiss usage, which omit it). */
      spaceBeforeHighPunctuation: true
    }
  },
  create(options) {
    return function (tree, file) {
      const document = contextOf(tree, file)
      const usesGuillemets = document.value.includes('«')
      for (const segment of document.segments) {
        if (document.base === 'fr') {
          const quotes = frenchQuotes(segment, usesGuillemets)
          for (const finding of quotes.findings) report(file, document, finding)
          for (const finding of frenchPunctuation(segment, quotes.english, options.spaceBeforeHighPunctuation)) report(file, document, finding)

          // Title Case headings are common in human Portuguese writing (38 false alarms in the 23,867 words of fixtures/clean/pt-*): French only.
          for (const finding of titleCase(segment, document)) report(file, document, finding)
        }

        for (const finding of capitalAfterSemicolon(segment, document, document.base)) report(file, document, finding)
      }
    }
  }
})
