import {describe, expect, it} from 'vitest'
import {createEntityIndex, entities, foldName, getEntityIndex, nameTokens, normaliseName} from '../../src/entities/index.js'

const index = getEntityIndex()
const names = (list: readonly {name: string}[]) => list.map((entity) => entity.name)

describe('entity index', () => {
  it('finds re-cased and de-accented names with byFolded', () => {
    expect(names(index.byFolded('openai'))).toContain('OpenAI')
    expect(names(index.byFolded('Openai'))).toContain('OpenAI')
    expect(names(index.byFolded('chatgpt'))).toContain('ChatGPT')
    expect(names(index.byFolded('Chatgpt'))).toContain('ChatGPT')
    expect(names(index.byFolded('linkedin'))).toContain('LinkedIn')
    expect(names(index.byFolded('Linkedin'))).toContain('LinkedIn')
    expect(names(index.byFolded('iphone'))).toContain('iPhone')
    expect(names(index.byFolded('Iphone'))).toContain('iPhone')
    expect(names(index.byFolded('youtube'))).toContain('YouTube')
    expect(names(index.byFolded('python'))).toContain('Python')
    expect(names(index.byFolded('x'))).toContain('X')
    expect(names(index.byFolded('méta'))).toContain('Meta')
    expect(names(index.byFolded('nvidia'))).toContain('Nvidia')
    expect(names(index.byFolded('SAM ALTMAN'))).toContain('Sam Altman')
    expect(names(index.byFolded('nova iorque'))).toContain('New York')
    expect(names(index.byFolded('londres'))).toContain('London')
  })

  it('knows correct forms with byName, exactly', () => {
    expect(names(index.byName('Londres'))).toEqual(['London'])
    expect(names(index.byName('Nova Iorque'))).toEqual(['New York'])
    expect(names(index.byName('Nova York'))).toEqual(['New York'])
    expect(names(index.byName('Nações Unidas'))).toEqual(['United Nations'])
    expect(names(index.byName('Nations unies'))).toEqual(['United Nations'])
    expect(names(index.byName('Estados Unidos'))).toContain('United States')
    expect(names(index.byName('OpenAI'))).toEqual(['OpenAI'])
    expect(names(index.byName('NVIDIA'))).toEqual(['Nvidia'])
    expect(names(index.byName('Lula'))).toEqual(['Luiz Inácio Lula da Silva'])
    expect(names(index.byName('Sam Altman'))).toEqual(['Sam Altman'])
    expect(names(index.byName('Calvin Klein'))).toEqual(['Calvin Klein'])
    expect(names(index.byName('Microsoft Teams'))).toEqual(['Microsoft Teams'])
    // Typographic apostrophes and spaces are read as plain ones.
    expect(names(index.byName('L’Oréal'))).toEqual(["L'Oréal"])
    expect(names(index.byName('Sam\u00a0Altman'))).toEqual(['Sam Altman'])
  })

  it('finds re-cased names with byLowercase, accents kept', () => {
    expect(names(index.byLowercase('Openai'))).toEqual(['OpenAI'])
    expect(names(index.byLowercase('LINKEDIN'))).toEqual(['LinkedIn'])
    expect(names(index.byLowercase('nações unidas'))).toEqual(['United Nations'])
    expect(index.byLowercase('Nacoes Unidas')).toEqual([])
    expect(index.byLowercase('méta')).toEqual([])
    expect(names(index.byFolded('méta'))).toContain('Meta')
  })

  it('accepts the usual variant spellings of the press', () => {
    for (const [form, name] of [
      ['Etats-Unis', 'United States'],
      ['Nations Unies', 'United Nations'],
      ['Elisabeth Borne', 'Élisabeth Borne'],
      ['Bogota', 'Bogotá'],
      ['Sao Paulo', 'São Paulo'],
      ['Antônio Costa', 'António Costa'],
      ['Polônia', 'Poland'],
      ['Rassemblement National', 'Rassemblement national'],
      ['Pape François', 'Pope Francis'],
      ['Ikea', 'Ikea'],
      ['IKEA', 'Ikea']
    ] as const) {
      expect(names(index.byName(form)), form).toContain(name)
    }
  })

  it('tells garbled forms from correct ones', () => {
    for (const garbled of ['Openai', 'Chatgpt', 'Linkedin', 'Iphone', 'Youtube', 'Github', 'Deepmind']) {
      expect(index.byName(garbled), garbled).toEqual([])
      expect(index.byFolded(garbled).length, garbled).toBeGreaterThan(0)
    }

    for (const translated of ['Antrópicos', 'Claude du code', 'Microsoft Equipes', 'Maçã']) {
      expect(index.byName(translated), translated).toEqual([])
      expect(index.byFolded(translated), translated).toEqual([])
    }
  })

  it('indexes the words of every form', () => {
    for (const token of ['openai', 'claude', 'code', 'teams', 'londres', 'nacoes', 'altman']) expect(index.tokens.has(token), token).toBe(true)
    expect(index.tokens.has('Claude')).toBe(false)
    expect(names(index.byToken('Claude'))).toEqual(expect.arrayContaining(['Claude', 'Claude Code']))
    expect(index.maxWords).toBeGreaterThanOrEqual(5)
  })

  it('returns nothing for unknown names', () => {
    expect(index.byFolded('Zyxwvut Qqq')).toEqual([])
    expect(index.byName('')).toEqual([])
    expect(index.byToken('zyxwvut')).toEqual([])
  })

  it('builds an index of any list', () => {
    const small = createEntityIndex([{name: 'Hugging Face', kind: 'company', variants: ['HuggingFace']}])
    expect(small.entities).toHaveLength(1)
    expect(names(small.byFolded('huggingface'))).toEqual(['Hugging Face'])
    expect(names(small.byName('Hugging Face'))).toEqual(['Hugging Face'])
    expect(small.byName('hugging face')).toEqual([])
    expect([...small.tokens].sort()).toEqual(['face', 'hugging', 'huggingface'])
    expect(getEntityIndex()).toBe(index)
    expect(index.entities).toBe(entities)
  })

  it('folds and normalises names', () => {
    expect(foldName('  Émirats\u00a0Arabes   Unis ')).toBe('emirats arabes unis')
    expect(foldName('MÉTA')).toBe('meta')
    expect(foldName('İzmir')).toBe('izmir')
    expect(normaliseName('L’Oréal')).toBe("L'Oréal")
    expect(normaliseName('Cafe\u0301')).toBe('Café')
    expect(nameTokens('Coca-Cola')).toEqual(['coca', 'cola'])
    expect(nameTokens("Côte d'Ivoire")).toEqual(['cote', 'd', 'ivoire'])
  })
})
