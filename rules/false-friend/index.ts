import {phraseRule} from '../../src/phrases/phrase-rule.js'
import {entries as fr} from './fr.js'
import {entries as pt} from './pt.js'

export default phraseRule({
  id: 'false-friend',
  kind: 'false-friend',
  category: 'mistranslation',
  label: 'false friend',
  description: 'Words rendered by their English look-alike with the wrong sense: éventuellement for eventually, realizar que for realise.',
  entries: {fr, pt}
})
