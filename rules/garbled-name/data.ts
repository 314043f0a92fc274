import type {BaseLanguage} from '../../src/language.js'

/**
 * French and Portuguese words that translate an English word found in
 * names: nationalities and colours (surnames such as `French-Owen`,
 * `Black`), and the common words brands are named after (`Apple`, `Teams`,
 * `Segment`). Keys are the English word, folded; values are the
 * translations, folded. A name whose words were translated (`francês-owen`,
 * `Microsoft Equipes`, `Maçã`) folds back to the name through them.
 */
export const translations: Record<BaseLanguage, Readonly<Record<string, readonly string[]>>> = {
  fr: {
    french: ['francais', 'francaise'],
    english: ['anglais', 'anglaise'],
    german: ['allemand', 'allemande'],
    spanish: ['espagnol', 'espagnole'],
    italian: ['italien', 'italienne'],
    dutch: ['neerlandais', 'hollandais'],
    irish: ['irlandais'],
    scottish: ['ecossais'],
    welsh: ['gallois'],
    swiss: ['suisse'],
    black: ['noir', 'noire'],
    white: ['blanc', 'blanche'],
    green: ['vert', 'verte'],
    brown: ['brun', 'marron'],
    gray: ['gris'],
    grey: ['gris'],
    young: ['jeune'],
    king: ['roi'],
    little: ['petit'],
    apple: ['pomme'],
    teams: ['equipes'],
    segment: ['segment'],
    meta: ['meta'],
    office: ['bureau'],
    windows: ['fenetres'],
    word: ['mot'],
    edge: ['bord'],
    signal: ['signal'],
    notion: ['notion'],
    slack: ['mou'],
    square: ['carre'],
    stripe: ['rayure', 'bande'],
    shell: ['coquille'],
    oracle: ['oracle'],
    code: ['code'],
    claude: ['claude'],
    drive: ['lecteur'],
    store: ['magasin', 'boutique'],
    music: ['musique'],
    maps: ['cartes', 'plans'],
    news: ['actualites', 'nouvelles'],
    pay: ['paiement'],
    search: ['recherche'],
    cloud: ['nuage'],
    mail: ['courrier'],
    threads: ['fils'],
    bluesky: ['ciel bleu'],
    x: ['x']
  },
  pt: {
    french: ['frances', 'francesa'],
    english: ['ingles', 'inglesa'],
    german: ['alemao', 'alema'],
    spanish: ['espanhol', 'espanhola'],
    italian: ['italiano', 'italiana'],
    dutch: ['holandes', 'holandesa'],
    irish: ['irlandes', 'irlandesa'],
    scottish: ['escoces', 'escocesa'],
    welsh: ['gales', 'galesa'],
    swiss: ['suico', 'suica'],
    black: ['preto', 'preta', 'negro', 'negra'],
    white: ['branco', 'branca'],
    green: ['verde'],
    brown: ['marrom', 'castanho'],
    gray: ['cinza', 'cinzento'],
    grey: ['cinza', 'cinzento'],
    young: ['jovem'],
    king: ['rei'],
    little: ['pequeno'],
    apple: ['maca'],
    teams: ['equipes', 'equipas', 'times'],
    segment: ['segmento'],
    meta: ['meta'],
    office: ['escritorio'],
    windows: ['janelas'],
    word: ['palavra'],
    edge: ['borda', 'beira'],
    signal: ['sinal'],
    notion: ['nocao'],
    slack: ['folga'],
    square: ['quadrado'],
    stripe: ['listra', 'faixa'],
    shell: ['concha'],
    oracle: ['oraculo'],
    code: ['codigo'],
    claude: ['claudio'],
    drive: ['unidade'],
    store: ['loja'],
    music: ['musica'],
    maps: ['mapas'],
    news: ['noticias'],
    pay: ['pagamento'],
    search: ['pesquisa', 'busca'],
    cloud: ['nuvem'],
    mail: ['correio'],
    threads: ['fios'],
    bluesky: ['ceu azul'],
    x: ['x']
  }
}

/** Words that make the next name a company (`co-fondateur de`, `cofundou`, `racheté par`). */
export const companyCues: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: new Set(['fondateur', 'cofondateur', 'co-fondateur', 'fondatrice', 'cofondatrice', 'co-fondatrice', 'fondé', 'cofondé', 'racheté', 'rachète', 'rachat', 'acquis', 'acquisition', 'filiale', 'pdg', 'patron', 'concurrent', 'concurrents']),
  pt: new Set(['fundador', 'cofundador', 'co-fundador', 'fundadora', 'cofundadora', 'fundou', 'cofundou', 'fundada', 'cofundada', 'comprou', 'comprada', 'adquiriu', 'adquirida', 'aquisição', 'subsidiária', 'ceo', 'concorrente', 'concorrentes'])
}

/** Words that make a nearby `x` the social network and a nearby `python` the language. */
export const kindCues = {
  platform: new Set([
    'post', 'posts', 'poste', 'postes', 'publication', 'publications', 'publicação', 'publicações', 'tweet', 'tweets', 'viral', 'virale',
    'abonnés', 'seguidores', 'followers', 'réseau', 'réseaux', 'rede', 'redes', 'twitter', 'musk', 'compte', 'conta', 'plateforme', 'plataforma'
  ]),
  language: new Set([
    'code', 'codes', 'código', 'códigos', 'programmation', 'programação', 'langage', 'linguagem', 'script', 'scripts', 'bibliothèque',
    'biblioteca', 'framework', 'développeur', 'développeurs', 'desenvolvedor', 'desenvolvedores', 'programmeur', 'programador', 'javascript',
    'typescript', 'rust', 'java', 'back-end', 'backend', 'codebase', 'compilateur', 'compilador'
  ])
}
