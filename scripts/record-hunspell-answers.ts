/**
 * Records native Hunspell's answers for a curated list of words into
 * fixtures/lexicon/hunspell-answers.json, which
 * test/lexicon/hunspell-answers.test.ts checks the lexicons against
 * without needing Hunspell.
 *
 *   npx tsx scripts/record-hunspell-answers.ts
 *
 * Needs native Hunspell (apt-get install hunspell libhunspell-dev gcc).
 */
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import type {LexiconLanguage} from '../src/lexicon/lexicon-language.js'
import {nativeSpell} from './hunspell-compare/native-hunspell.js'
import {dictionaryDirectory} from './lexicon-build/dictionary-source.js'

/** Words chosen to cover inflection, affixes, case, elision, breaks, numbers. */
const WORDS: Readonly<Record<LexiconLanguage, readonly string[]>> = {
  fr: [
    // nouns, plurals, adjectives
    'ordinateur', 'ordinateurs', 'cheval', 'chevaux', 'œil', 'yeux', 'œuvre', 'naïf', 'naïve', 'naïves',
    'heureux', 'heureuse', 'heureuses', 'travail', 'travaux', 'bijou', 'bijoux',
    // verbs
    'chanter', 'chantons', 'chantaient', 'chanterions', 'chantâtes', 'finir', 'finissons', 'finissaient',
    'être', 'suis', 'fûmes', 'avoir', 'eûmes', 'aller', 'irons', 'allassent', 'prendre', 'prîmes',
    // elision and apostrophes
    "l'ordinateur", 'l’ordinateur', "l'ordinateurs", "d'ordinateurs", "qu'il", "qu'ils", "jusqu'à",
    "lorsqu'elle", "aujourd'hui", "aujourd’hui", "s'est", "n'est", "c'est", "j'ai", "m'a", "presqu'île",
    "l'", "'ordinateur", "ordinateur'",
    // hyphens and breaks
    'arc-en-ciel', 'peut-être', 'a-t-il', 'va-t-elle', 'porte-monnaie', 'tragi-comédie-elle', 'grand-mère',
    // case
    'Ordinateur', 'ORDINATEUR', 'oRdinateur', 'OrDinateur', "L'ORDINATEUR", "L'Ordinateur", "l'Ordinateur",
    'Paris', 'PARIS', 'paris', 'Été', 'ÉTÉ', 'été', 'ŒUVRE',
    // KEEPCASE units
    'kA', 'KA', 'ka', 'A', 'Pa', 'PA', 'pa', 'mA', 'MA',
    // abbreviations, numbers, ligatures
    'etc.', 'M.', 'ordinateur.', 'ordinateur...', '1er', '2e', '3es', '1000', '1.5', '1..5', 'ﬁnir', 'œuvre',
    // non-words
    'ordinatuer', 'chantont', 'xyzzy', 'travails', 'naïfe', 'finissont', 'mangerions-nous-y'
  ],
  pt: [
    // nouns and plurals
    'casa', 'casas', 'pão', 'pães', 'mãe', 'mães', 'cidadão', 'cidadãos', 'coração', 'corações',
    'informação', 'informações', 'computador', 'computadores', 'animal', 'animais', 'lápis', 'papel', 'papéis',
    // verbs
    'fazer', 'fazendo', 'fizemos', 'faríamos', 'fizéssemos', 'dizer', 'disseram', 'ir', 'fomos', 'iríamos',
    'ser', 'sou', 'éramos', 'ter', 'tínhamos', 'pôr', 'pusemos', 'ver', 'vimos', 'vir', 'viemos',
    // enclitics and mesoclisis
    'fazê-lo', 'fá-lo', 'dizer-lhe', 'disse-me', 'encontrá-la', 'dá-se', 'fá-lo-ia', 'dir-se-ia', 'fazer-lo',
    // hyphens and BREAK prefixes
    'guarda-chuva', 'guarda-chuvas', 'ex-presidente', 'pós-graduação', 'vice-presidente', 'não-fumante',
    'palavra-chave', 'Maceió-AL', 'Maceió-Alagoas', 'ar-condicionado', 'ar-condicionados',
    // case
    'Casa', 'CASA', 'cAsa', 'CaSa', 'Brasil', 'BRASIL', 'brasil', 'São', 'SÃO', 'Ação', 'AÇÃO',
    // forbidden forms
    'ague', 'Ague', 'AGUE', 'cm', 'Cm', 'CM',
    // spelling reforms, numbers, abbreviations
    'ação', 'acção', 'ideia', 'idéia', 'linguiça', 'lingüiça', 'vôo', 'voo', '1.000', '2,5', 'Sr.', 'etc.',
    // non-words
    'casass', 'fazerr', 'xyzzy', 'computadoris', 'coraçãos'
  ],
  'pt-PT': [
    'casa', 'casas', 'facto', 'factos', 'equipa', 'comboio', 'autocarro', 'telemóvel', 'ecrã', 'ecrãs',
    'acção', 'ação', 'óptimo', 'ótimo', 'director', 'diretor', 'fazer', 'fazemos', 'fizeram', 'fazê-lo',
    'dizer-lhe', 'dir-se-ia', 'guarda-chuva', 'infra-estrutura', 'Casa', 'CASA', 'cAsa', 'Portugal', 'PORTUGAL',
    'portugal', 'Lisboa', 'lisboa', 'coração', 'corações', 'pão', 'pães', 'registo', 'utilizador', 'ficheiro',
    'palavra-passe', '1.000', '2,5', 'etc.', 'xyzzy', 'casass', 'equipaa'
  ],
  en: [
    // inflection
    'color', 'colors', 'colored', 'coloring', 'colour', 'run', 'running', 'ran', 'runs', 'child', 'children',
    'happy', 'happier', 'happiest', 'happily', 'unhappy', 'unhappiness', 'recolor', 'recolored',
    // apostrophes and hyphens
    "don't", 'don’t', "it's", "children's", "dog's", "dogs'", 'well-known', 'state-of-the-art', 'e-mail',
    // case and mixed case
    'Color', 'COLOR', 'cOlor', 'CoLoR', 'NASA', 'Nasa', 'nasa', 'iPhone', 'IPHONE', 'Iphone', 'McDonald',
    'MCDONALD', 'Mcdonald', 'PhD', 'PHD', 'phd', 'Paris', 'PARIS', 'paris', 'English', 'english',
    // numbers and ordinals (COMPOUNDRULE)
    '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st', '111th', '1th', '2st', '12nd',
    '1ST', '21ST', '1,000', '3.14', '-1', '1-', '1--2',
    // abbreviations
    'etc.', 'Mr.', 'e.g.', 'U.S.', 'U.S',
    // non-words
    'recieve', 'teh', 'colorr', 'xyzzy', 'runned'
  ]
}

const fixture = new URL('../fixtures/lexicon/hunspell-answers.json', import.meta.url)
const version = execFileSync('hunspell', ['-v'], {encoding: 'utf8'}).split('\n')[0]?.trim()
const answers: Record<string, {source: string; words: Record<string, boolean>}> = {}
for (const [language, words] of Object.entries(WORDS) as Array<[LexiconLanguage, string[]]>) {
  const directory = dictionaryDirectory(language)
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8')) as {name: string; version: string}
  const native = nativeSpell(join(directory, 'index.aff'), join(directory, 'index.dic'), words)
  answers[language] = {
    source: `${manifest.name}@${manifest.version}`,
    words: Object.fromEntries(words.map((word, i) => [word, native[i] as boolean]))
  }
}
writeFileSync(
  fixture,
  JSON.stringify({note: 'Answers of native Hunspell (Hunspell_spell) on the npm dictionaries; see scripts/record-hunspell-answers.ts', hunspell: version, answers}, null, 2) + '\n'
)
const total = Object.values(answers).reduce((n, a) => n + Object.keys(a.words).length, 0)
console.log(`recorded ${total} answers in ${fixture.pathname}`)
