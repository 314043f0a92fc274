import boilerplate from '../rules/boilerplate/index.js'
import brokenHyphenation from '../rules/broken-hyphenation/index.js'
import calque from '../rules/calque/index.js'
import falseFriend from '../rules/false-friend/index.js'
import garbledName from '../rules/garbled-name/index.js'
import grammar from '../rules/grammar/index.js'
import leakedEnglish from '../rules/leaked-english/index.js'
import markupResidue from '../rules/markup-residue/index.js'
import nonword from '../rules/nonword/index.js'
import numberFormat from '../rules/number-format/index.js'
import spinnerPhrase from '../rules/spinner-phrase/index.js'
import typography from '../rules/typography/index.js'
import untranslatedSegment from '../rules/untranslated-segment/index.js'
import type {Rule, RuleOptions} from './rule.js'

/** Every rule mtlint ships, sorted by id. */
export const rules: readonly Rule<RuleOptions>[] = [
  boilerplate,
  brokenHyphenation,
  calque,
  falseFriend,
  garbledName,
  grammar,
  leakedEnglish,
  markupResidue,
  nonword,
  numberFormat,
  spinnerPhrase,
  typography,
  untranslatedSegment
] as Rule<RuleOptions>[]

export const ruleIds: readonly string[] = rules.map((rule) => rule.meta.id)

export function getRule(id: string): Rule<RuleOptions> | undefined {
  return rules.find((rule) => rule.meta.id === id)
}
