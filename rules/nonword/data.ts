import type {BaseLanguage} from '../../src/language.js'

/**
 * Productive prefixes that make new words the dictionary cannot list
 * (`hypercompétitif`, `autorregulação`): a word made of one of these and a
 * word of the language is a word.
 */
export const prefixes: Record<BaseLanguage, readonly string[]> = {
  fr: [
    'anti', 'archi', 'auto', 'bio', 'co', 'contre', 'crypto', 'cyber', 'dé', 'dés', 'éco', 'électro', 'extra', 'géo', 'hyper', 'hypo', 'in',
    'inter', 'intra', 'macro', 'méga', 'méta', 'micro', 'mini', 'multi', 'nano', 'néo', 'non', 'omni', 'para', 'photo', 'poly', 'post', 'pré',
    'pro', 'pseudo', 'radio', 're', 'ré', 'rétro', 'semi', 'sous', 'super', 'sur', 'télé', 'thermo', 'trans', 'tri', 'ultra', 'vidéo'
  ],
  pt: [
    'anti', 'arqui', 'auto', 'bio', 'co', 'contra', 'cripto', 'ciber', 'des', 'eco', 'eletro', 'extra', 'geo', 'hiper', 'hipo', 'in', 'inter',
    'intra', 'macro', 'mega', 'meta', 'micro', 'mini', 'multi', 'nano', 'neo', 'não', 'omni', 'para', 'foto', 'poli', 'pós', 'pré', 'pró',
    'pseudo', 'radio', 're', 'retro', 'semi', 'sobre', 'sub', 'super', 'tele', 'termo', 'trans', 'tri', 'ultra', 'vídeo'
  ]
}

/** Letters of each language, accents included, for suggestions one edit away. */
export const alphabets: Record<BaseLanguage, string> = {
  fr: 'abcdefghijklmnopqrstuvwxyzàâæçéèêëîïôœùûüÿ',
  pt: 'abcdefghijklmnopqrstuvwxyzàáâãçéêíóôõúü'
}

/**
 * Nouns that introduce the name of a program, a command or a package
 * (`la commande dpkg`, `o pacote dselect`): the word after them is a name
 * written in lowercase, not a garbled word.
 */
export const nameCues: Record<BaseLanguage, ReadonlySet<string>> = {
  fr: new Set([
    'commande', 'commandes', 'paquet', 'paquets', 'logiciel', 'logiciels', 'programme', 'programmes', 'outil', 'outils', 'module', 'modules',
    'bibliothèque', 'fichier', 'projet', 'application', 'démon', 'noyau', 'format', 'option', 'script', 'liste', 'éditeur', 'système',
    'serveur', 'pilote', 'compilateur', 'architecture', 'architectures', 'processeur', 'protocole', 'langage', 'navigateur', 'utilitaire'
  ]),
  pt: new Set([
    'comando', 'comandos', 'pacote', 'pacotes', 'programa', 'programas', 'software', 'ferramenta', 'ferramentas', 'módulo', 'módulos',
    'biblioteca', 'arquivo', 'ficheiro', 'projeto', 'projecto', 'aplicativo', 'aplicação', 'daemon', 'formato', 'opção', 'script', 'lista',
    'editor', 'sistema', 'servidor', 'driver', 'compilador', 'arquitetura', 'arquitectura', 'arquiteturas', 'arquitecturas', 'processador',
    'protocolo', 'linguagem', 'navegador', 'utilitário'
  ])
}

/**
 * Spellings Portuguese changed with the 1990 agreement (and the 1971 and
 * 2009 reforms in Brazil): `projecto` → `projeto`, `acção` → `ação`,
 * `idéia` → `ideia`, `freqüente` → `frequente`. A word that becomes a word
 * of today's spelling is an older spelling, not a garbled word.
 */
export const olderSpellings: ReadonlyArray<readonly [RegExp, string]> = [
  [/c(?=[tç])/g, ''],
  [/p(?=[tç])/g, ''],
  [/ü/g, 'u'],
  [/éi(?=a)/g, 'ei'],
  [/ói(?=[ao])/g, 'oi']
]

/** Consonants French and Portuguese words start with, alone or in these pairs; any other start (`lzma`, `dselect`, `srecord`) is a name. */
export const onsets = /^(?:[aeiouyàâäéèêëîïôöùûüáíóúãõh]|[bcdfgkptv][lr]|[cpt]h|gn|qu|ps|pn|s[cpt]|[bcdfgjklmnpqrstvwxz](?=[aeiouyàâäéèêëîïôöùûüáíóúãõh]))/u
