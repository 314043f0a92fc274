import type {RuleCases} from '../../test/helpers/rule-cases.js'
import {casesOf} from '../../test/helpers/phrase-cases.js'
import {entries as fr} from './fr.js'
import {entries as pt} from './pt.js'

// Each entry of the packs carries its example (invalid) and its nearest correct neighbour (valid); test/phrases.test.ts checks every one.
export const cases: RuleCases = {fr: casesOf(fr), pt: casesOf(pt)}
