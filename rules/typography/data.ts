import type {BaseLanguage} from '../../src/language.js'

/**
 * Function words, lowercase in a sentence-case heading and never names.
 * A heading whose other words are all capitalised around these is in
 * English Title Case.
 */
export const functionWords: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: new Set([
    'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'à', 'et', 'ou', 'ni', 'mais', 'donc', 'or', 'car',
    'en', 'dans', 'sur', 'sous', 'par', 'pour', 'avec', 'sans', 'chez', 'vers', 'entre', 'contre', 'selon', 'après', 'avant',
    'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'mon', 'ma', 'mes',
    'qui', 'que', 'qu', 'quoi', 'dont', 'où', 'ne', 'pas', 'plus', 'se', 's', 'y', 'il', 'elle', 'ils', 'elles', 'on', 'est', 'sont'
  ]),
  pt: new Set([
    'o', 'a', 'os', 'as', 'um', 'uma', 'uns', 'umas', 'de', 'do', 'da', 'dos', 'das', 'em', 'no', 'na', 'nos', 'nas', 'ao', 'aos',
    'à', 'às', 'e', 'ou', 'nem', 'mas', 'por', 'pelo', 'pela', 'pelos', 'pelas', 'para', 'com', 'sem', 'sob', 'sobre', 'entre',
    'até', 'contra', 'desde', 'após', 'que', 'se', 'seu', 'sua', 'seus', 'suas', 'num', 'numa', 'dum', 'duma', 'é', 'são', 'não'
  ])
}

/**
 * Closed-class words (pronouns, articles, conjunctions, adverbs) that are
 * never names: capitalised after a semicolon they are a typographic error.
 */
export const neverNames: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: new Set([
    ...functionWords.fr, 'je', 'tu', 'nous', 'vous', 'cela', 'ceci', 'ça', 'il', 'elle', 'on', 'c', 'j', 'n', 'si', 'puis',
    'ainsi', 'alors', 'aussi', 'pourtant', 'cependant', 'toutefois', 'néanmoins', 'enfin', 'même', 'tout', 'tous', 'toute', 'toutes'
  ]),
  pt: new Set([
    ...functionWords.pt, 'eu', 'tu', 'ele', 'ela', 'eles', 'elas', 'nós', 'vós', 'você', 'vocês', 'isso', 'isto', 'aquilo', 'este',
    'esta', 'estes', 'estas', 'esse', 'essa', 'esses', 'essas', 'aquele', 'aquela', 'mas', 'porém', 'contudo', 'todavia', 'entretanto',
    'assim', 'então', 'também', 'já', 'ainda', 'depois', 'agora', 'aqui', 'ali', 'lá', 'todos', 'todas', 'tudo', 'cada'
  ])
}

/** English function words: quoted text made mostly of these is English and keeps its own punctuation. */
export const englishFunctionWords: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'a', 'an', 'in', 'is', 'are', 'was', 'were', 'be', 'been', 'it', 'its', 'that', 'this', 'for', 'on',
  'with', 'as', 'at', 'by', 'from', 'or', 'not', 'but', 'you', 'your', 'we', 'our', 'they', 'their', 'he', 'she', 'his', 'her',
  'i', 'my', 'me', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'do', 'does', 'did', 'what', 'when', 'who', 'how',
  'all', 'there', 'if', 'so', 'no', 'just', 'about', 'into', 'than', 'then', 'them', 'these', 'those', 'which', 'up', 'out'
])

/** Names that end in `!` or `?` by design; the punctuation is part of the name. */
export const punctuatedNames: ReadonlySet<string> = new Set(['yahoo!', 'jeopardy!', 'wham!', 'panic!', 'yum!', 'oh!', 'who?'])
