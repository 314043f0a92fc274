import {phraseRule} from '../../src/phrases/phrase-rule.js'
import {entries as fr} from './fr.js'
import {entries as pt} from './pt.js'

export default phraseRule({
  id: 'spinner-phrase',
  kind: 'spinner-phrase',
  category: 'mistranslation',
  label: 'spinner phrase',
  description: 'Tortured phrases: established terms a word spinner replaced by synonyms, inteligência sintética for inteligência artificial.',
  entries: {fr, pt}
})
