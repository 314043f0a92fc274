import {phraseRule} from '../../src/phrases/phrase-rule.js'
import {entries as fr} from './fr.js'
import {entries as pt} from './pt.js'

export default phraseRule({
  id: 'calque',
  kind: 'calque',
  category: 'calque',
  label: 'calque',
  description: 'Word-for-word renderings of English idioms and terms: demandes d’extraction, solicitações de tração, aux yeux écarquillés.',
  entries: {fr, pt}
})
