import type {BaseLanguage} from '../../src/language.js'

/**
 * What may follow a verb after a hyphen: French subject and object
 * pronouns of inverted forms (`dit-il`, `a-t-elle`, `donne-le-moi`) and
 * Portuguese enclitic pronouns (`tornou-se`, `disse-lhe`, `fazê-lo`).
 */
export const enclitics: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: new Set([
    'il', 'elle', 'on', 'ils', 'elles', 'je', 'tu', 'nous', 'vous', 't-il', 't-elle', 't-on', 't-ils', 't-elles',
    'moi', 'toi', 'le', 'la', 'les', 'lui', 'leur', 'y', 'en', 'ce', 'là', 'ci', 'même', 'mêmes'
  ]),
  pt: new Set(['se', 'lhe', 'lhes', 'lo', 'la', 'los', 'las', 'me', 'te', 'nos', 'vos', 'o', 'a', 'os', 'as', 'no', 'na', 'nas'])
}

/** Coordinating words after which a dangling hyphen is a suspended compound (`pré- et post-opératoire`). */
export const conjunctions: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: new Set(['et', 'ou', 'ni', 'à', 'voire', 'comme', 'and', 'or']),
  pt: new Set(['e', 'ou', 'nem', 'a', 'até', 'como', 'and', 'or'])
}
