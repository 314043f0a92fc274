import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {documentContext} from '../../src/document.js'
import {parseDocument} from '../../src/parse.js'
import {compilePhrases, matchPhrases} from '../../src/phrases/matcher.js'
import type {PhraseEntry} from '../../src/phrases/types.js'
import {wordsOf} from '../../src/words.js'

const base = {expected: [], note: 'n', example: 'e', neighbour: 'n'}

function find(entries: Array<Partial<PhraseEntry> & {phrase: string}>, text: string, language: 'fr' | 'pt' = 'fr') {
  const matcher = compilePhrases([{name: 't', language, kind: 'calque', entries: entries.map((entry) => ({...base, ...entry}))}], language)
  const words = wordsOf(documentContext(parseDocument(text), new VFile(text), language))
  return [...matchPhrases(matcher, words, language)].map((match) => text.slice(match.start, match.end))
}

describe('the phrase matcher', () => {
  it('matches inflected forms, any case, either apostrophe', () => {
    expect(find([{phrase: 'demande d’extraction'}], "Trois Demandes d'extraction ont été fusionnées.")).toEqual(["Demandes d'extraction"])
    expect(find([{phrase: 'pressionar duro'}], 'Todos nós pressionamos duro como equipe.', 'pt')).toEqual(['pressionamos duro'])
  })

  it('keeps short words exact and words consecutive', () => {
    expect(find([{phrase: 'aux yeux écarquillés'}], 'Il regardait les yeux écarquillés.')).toEqual([])
    expect(find([{phrase: 'groupe de déversement'}], 'Le groupe, de déversement en déversement, avance.')).toEqual([])
  })

  it('matches exact entries only as written', () => {
    expect(find([{phrase: 'juste', exact: true}], 'Il est justement là.')).toEqual([])
    expect(find([{phrase: 'juste', exact: true}], 'Il est juste là.')).toEqual(['juste'])
  })

  it('needs a context anchor when the entry has one', () => {
    const queue = {phrase: 'queue', near: ['gestion', 'bibliothèque']}
    expect(find([queue], 'La queue du chat est longue.')).toEqual([])
    expect(find([queue], 'Une bibliothèque pour la gestion de la queue des tâches.')).toEqual(['queue'])
  })

  it('prefers the longest phrase starting at a word', () => {
    expect(find([{phrase: 'demande'}, {phrase: 'demande d’extraction'}], 'Une demande d’extraction publique.')).toEqual(['demande d’extraction'])
  })
})

describe('elisions and plural verbs', () => {
  it('finds a phrase after an elided article, which the span leaves out', () => {
    expect(find([{phrase: 'intelligence factice'}], 'Le règne de l’intelligence factice commence.')).toEqual(['intelligence factice'])
    expect(find([{phrase: 'adresser un problème'}], 'Il faut d’adresser un problème, dit-il.')).toEqual(['adresser un problème'])
  })

  it('finds French verbs in -ent', () => {
    expect(find([{phrase: 'réaliser que'}], 'Ils réalisent que le temps presse.')).toEqual(['réalisent que'])
  })

  it('reads near anchors through elisions', () => {
    expect(find([{phrase: 'queue', near: ['idée']}], 'Une queue, dans l’idée du projet.')).toEqual(['queue'])
  })
})
