import {evidenceOf} from '../../src/evidence.js'
import {quotationsOf} from '../../src/quotes.js'
import {report} from '../../src/report.js'
import {contextOf} from '../../src/resolve-language.js'
import {defineRule} from '../../src/rule.js'

export default defineRule({
  meta: {
    id: 'untranslated-segment',
    category: 'leaked-english',
    languages: ['fr', 'pt'],
    description: 'Whole sentences or clauses left in English: captions, headings, lines the translation skipped.',
    defaultOptions: {}
  },
  create(_, services) {
    return async function (tree, file) {
      const document = contextOf(tree, file)
      const evidence = await evidenceOf(document, services)
      for (const sentence of evidence.englishSentences) {
        // A sentence inside quotation marks is cited in English on purpose.
        const from = sentence.segment.text.indexOf(document.value.slice(sentence.start, sentence.end))
        if (quotationsOf(sentence.segment.text).some((quotation) => from >= quotation.start && from < quotation.end)) continue
        const actual = document.value.slice(sentence.start, sentence.end)
        report(file, document, {
          start: sentence.start,
          end: sentence.end,
          reason: 'Unexpected untranslated English `' + (actual.length > 50 ? actual.slice(0, 47) + '…' : actual) + '`',
          expected: [],
          note: 'The translation skipped this sentence (a caption, a heading, a line it did not recognise as text), or kept an English one as it was.'
        })
      }
    }
  }
})
