/**
 * Words of each language, accepted or rejected as Hunspell does (every
 * expectation here was checked against native Hunspell 1.7.1).
 */
import {beforeAll, describe, expect, it} from 'vitest'
import {loadLexicon, type Lexicon, type LexiconLanguage} from '../../src/lexicon/index.js'

function lexiconFor(language: LexiconLanguage): () => Lexicon {
  let lexicon: Lexicon | undefined
  beforeAll(async () => {
    lexicon = await loadLexicon(language)
  })
  return () => {
    if (!lexicon) throw new Error('lexicon not loaded')
    return lexicon
  }
}

function expectWords(lexicon: Lexicon, accepted: readonly string[], rejected: readonly string[]): void {
  const wrong = [
    ...accepted.filter((word) => !lexicon.has(word)).map((word) => `rejected ${word}`),
    ...rejected.filter((word) => lexicon.has(word)).map((word) => `accepted ${word}`)
  ]
  expect(wrong).toEqual([])
}

describe('French', () => {
  const fr = lexiconFor('fr')

  it('accepts nouns, plurals and adjectives, rejects misspellings', () => {
    expectWords(
      fr(),
      ['ordinateur', 'ordinateurs', 'cheval', 'chevaux', 'yeux', 'œuvre', 'naïf', 'naïves', 'travaux', 'bijoux'],
      ['ordinatuer', 'travails', 'naïfe', 'xyzzy']
    )
  })

  it('accepts conjugated verbs', () => {
    expectWords(
      fr(),
      ['chantons', 'chantaient', 'chanterions', 'chantâtes', 'finissons', 'suis', 'fûmes', 'eûmes', 'irons', 'prîmes'],
      ['chantont', 'finissont']
    )
  })

  it('handles elisions as the .aff allows, with either apostrophe', () => {
    expectWords(
      fr(),
      ["l'ordinateur", 'l’ordinateur', "d'ordinateurs", "qu'il", "jusqu'à", "lorsqu'elle", 'aujourd’hui', "c'est", "j'ai"],
      // l' only goes with singulars in this dictionary
      ["l'ordinateurs", "l'ordinatuer"]
    )
  })

  it('splits at hyphens (BREAK) and keeps hyphenated dictionary words', () => {
    expectWords(fr(), ['arc-en-ciel', 'peut-être', 'a-t-il', 'va-t-elle', 'grand-mère', 'tragi-comédie-elle'], ['arc-en-cile'])
  })

  it('accepts Titlecase and UPPERCASE forms of lower-case words, not wrong inner case', () => {
    expectWords(
      fr(),
      ['Ordinateur', 'ORDINATEUR', "L'ORDINATEUR", "L'Ordinateur", 'Été', 'ÉTÉ', 'ŒUVRE'],
      ['oRdinateur', 'OrDinateur']
    )
  })

  it('keeps KEEPCASE unit symbols in their own case', () => {
    expectWords(fr(), ['kA', 'Pa', 'mA'], ['KA', 'ka'])
  })

  it('applies the input conversion and reads abbreviations and numbers', () => {
    // 1..5 is not a number, but French breaks words at dots: 1. + .5
    expectWords(fr(), ['ﬁnir', 'etc.', 'M.', 'ordinateur...', '1er', '1000', '1.5', '1..5'], ['1x5'])
  })
})

describe('Brazilian Portuguese', () => {
  const pt = lexiconFor('pt')

  it('accepts nouns and plurals', () => {
    expectWords(
      pt(),
      ['casa', 'casas', 'pão', 'pães', 'mãe', 'mães', 'cidadãos', 'corações', 'informações', 'animais', 'papéis'],
      ['casass', 'coraçãos', 'computadoris']
    )
  })

  it('accepts verb forms', () => {
    expectWords(pt(), ['fazendo', 'fizemos', 'faríamos', 'fizéssemos', 'disseram', 'fomos', 'tínhamos', 'pusemos'], ['fazerr'])
  })

  it('accepts enclitic and mesoclitic forms', () => {
    expectWords(pt(), ['fazê-lo', 'fá-lo', 'dizer-lhe', 'disse-me', 'encontrá-la', 'dá-se', 'fá-lo-ia', 'dir-se-ia'], ['fazer-lo'])
  })

  it('splits at its anchored BREAK patterns only', () => {
    expectWords(pt(), ['ex-presidente', 'pós-graduação', 'vice-presidente', 'palavra-chave', 'Maceió-AL'], [])
  })

  it('follows the post-1990 spelling', () => {
    expectWords(pt(), ['ação', 'ideia', 'linguiça', 'voo'], ['acção', 'idéia', 'lingüiça', 'vôo'])
  })

  it('accepts case variants of lower-case words and keeps proper nouns capitalised', () => {
    expectWords(pt(), ['Casa', 'CASA', 'Ação', 'AÇÃO', 'Brasil', 'BRASIL'], ['cAsa', 'CaSa'])
  })

  it('rejects FORBIDDENWORD entries in every case', () => {
    expectWords(pt(), ['cm'], ['ague', 'Ague', 'AGUE', 'ar-condicionados', 'Cm', 'CM'])
  })
})

describe('European Portuguese', () => {
  const ptPT = lexiconFor('pt-PT')

  it('accepts European vocabulary and inflection', () => {
    expectWords(
      ptPT(),
      ['facto', 'factos', 'equipa', 'comboio', 'autocarro', 'telemóvel', 'ecrãs', 'registo', 'utilizador', 'ficheiro', 'fazê-lo'],
      ['equipaa', 'casass']
    )
  })

  it('accepts case variants and keeps proper nouns capitalised', () => {
    expectWords(ptPT(), ['Casa', 'CASA', 'Portugal', 'PORTUGAL'], ['cAsa', 'portugal', 'lisboa'])
  })
})

describe('English', () => {
  const en = lexiconFor('en')

  it('accepts inflected forms and prefixes', () => {
    expectWords(
      en(),
      ['colors', 'colored', 'coloring', 'running', 'ran', 'children', 'happier', 'happiest', 'unhappiness', 'recolored'],
      ['colour', 'runned', 'recieve', 'teh']
    )
  })

  it('accepts contractions and possessives with either apostrophe', () => {
    expectWords(en(), ["don't", 'don’t', "it's", "children's", "dog's"], ["dogs'"])
  })

  it('accepts case variants, keeps mixed-case words as written', () => {
    expectWords(
      en(),
      ['Color', 'COLOR', 'NASA', 'iPhone', 'IPHONE', 'McDonald', 'MCDONALD', 'PhD', 'PHD', 'English'],
      ['cOlor', 'CoLoR', 'Nasa', 'nasa', 'Iphone', 'Mcdonald', 'phd', 'english']
    )
  })

  it('accepts ordinals through COMPOUNDRULE', () => {
    expectWords(en(), ['1st', '11th', '12th', '21st', '22nd', '101st', '111th', '21ST'], ['1th', '2st', '12nd'])
  })

  it('accepts numbers and hyphenated words', () => {
    // 1--2 splits at a hyphen into 1- and -2, both accepted; English has no BREAK at dots
    expectWords(en(), ['1,000', '3.14', '-1', '1--2', 'well-known', 'state-of-the-art'], ['1..5', '1x5'])
  })
})

describe('hasForm', () => {
  it('accepts forms of the dictionary, not two words joined at a hyphen', async () => {
    const {loadLexicon} = await import('../../src/lexicon/load-lexicon.js')
    const pt = await loadLexicon('pt')
    const fr = await loadLexicon('fr')
    expect([pt.hasForm('arranha-céu'), pt.hasForm('meia-noite'), fr.hasForm('gratte-ciel'), fr.hasForm('international')]).toEqual([true, true, true, true])
    expect([fr.has('Paris-Lyon'), fr.hasForm('Paris-Lyon'), pt.hasForm('nome-adamente')]).toEqual([true, false, false])
  })
})
