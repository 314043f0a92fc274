import {describe, expect, it} from 'vitest'
import {ENTITY_KINDS, getEntityIndex, type Entity} from '../src/entities/index.js'
import {lint} from '../src/lint.js'

const index = getEntityIndex()
const filler = 'selon les informations publiées mardi par plusieurs journaux, la situation continue d’évoluer rapidement.'

/** Up to `count` entities of a kind, spread over the list so the sample is not alphabetical. */
function sample(kind: string, count: number, keep: (entity: Entity) => boolean): Entity[] {
  const list = index.entities.filter((entity) => entity.kind === kind && keep(entity))
  const step = Math.max(1, Math.floor(list.length / count))
  return list.filter((_, position) => position % step === 0).slice(0, count)
}

const plain = (entity: Entity) => /^[\p{L} -]+$/u.test(entity.name) && !entity.commonWord
const marked = (entity: Entity) => plain(entity) && /\p{Lu}/u.test(entity.name.slice(1)) && entity.name !== entity.name.toUpperCase() && /^\p{Lu}/u.test(entity.name)

async function garbled(text: string) {
  return (await lint(text, {lang: 'fr'})).filter((diagnostic) => diagnostic.ruleId === 'garbled-name')
}

describe('garbled-name on the entity lexicon', () => {
  const correct = ENTITY_KINDS.flatMap((kind) => sample(kind, 6, plain))
  it.each(correct.map((entity) => [entity.kind, entity.name] as const))('is silent on the %s %s', async (_, name) => {
    expect(await garbled('Hier, ' + name + ' a été cité : ' + filler)).toEqual([])
  })

  const localised = index.entities.filter((entity) => entity.kind === 'place' && entity.localised?.fr?.some((form) => form !== entity.name)).slice(0, 20)
  it.each(localised.map((entity) => [entity.localised!.fr!.find((form) => form !== entity.name)!] as const))('is silent on the French form %s', async (form) => {
    expect(await garbled('Hier, ' + form + ' a été cité : ' + filler)).toEqual([])
  })

  const flattened = ENTITY_KINDS.flatMap((kind) => sample(kind, 4, marked))
  it('has names with inner capitals in several kinds to test', () => {
    expect(new Set(flattened.map((entity) => entity.kind)).size).toBeGreaterThanOrEqual(4)
  })

  const flatten = (name: string) => name.charAt(0) + name.slice(1).toLowerCase()
  // A flattened form that is itself a correct variant (`Myspace` for MySpace) is not a garbling.
  const testable = flattened.filter((entity) => index.byName(flatten(entity.name)).length === 0)
  it.each(testable.map((entity) => [entity.kind, entity.name] as const))('flags the %s %s with its capitals flattened', async (_, name) => {
    const wrong = flatten(name)
    const diagnostics = await garbled('Hier, ' + wrong + ' a été cité : ' + filler)
    expect(diagnostics.map((diagnostic) => [diagnostic.actual, diagnostic.expected[0]])).toEqual([[wrong, name]])
  })

  it.each([
    ['Concorre com gigantes como Google e Antrópicos.', 'Antrópicos', 'Anthropic', 'pt'],
    ['Des outils comme Cursor et Claude du code.', 'Claude du code', 'Claude Code', 'fr'],
    ['O Microsoft Equipes ficou fora do ar ontem.', 'Microsoft Equipes', 'Microsoft Teams', 'pt']
  ])('flags the translation in %j', async (text, actual, expected, lang) => {
    const diagnostics = (await lint(text, {lang})).filter((diagnostic) => diagnostic.ruleId === 'garbled-name')
    expect(diagnostics.map((diagnostic) => [diagnostic.actual, diagnostic.expected[0]])).toEqual([[actual, expected]])
  })
})

describe('names of the corpus', () => {
  const names = ['Calvin French-Owen', 'OpenAI', 'Segment', 'Twilio', 'Gowthami Somepalli', 'Ofir Press', 'Bhaskar Bhatt', 'EY', 'Bob McGrew', 'São Paulo', 'Rio de Janeiro', 'Lisboa']
  it.each([
    ['fr', 'Un récent article de Calvin French-Owen, un ancien ingénieur de haut niveau chez OpenAI, offre un aperçu sincère.'],
    ['fr', 'Il était co-fondateur de la startup de données clients Segment, qui a été achetée par Twilio en 2020.'],
    ['fr', 'Le témoignage de Gowthami Somepalli, doctorante en IA, illustre bien cette réalité selon Ofir Press.'],
    ['fr', 'D’autres, comme Bhaskar Bhatt, consultant chez EY, plaident pour une culture plus saine, comme Bob McGrew.'],
    ['pt', 'A empresa tem escritórios em São Paulo, no Rio de Janeiro e em Lisboa, segundo o fundador.']
  ])('raises nothing on the correct names in %s: %j', async (lang, text) => {
    const diagnostics = await lint(text, {lang})
    for (const name of names) {
      const start = text.indexOf(name)
      if (start === -1) continue
      const end = start + name.length
      expect(diagnostics.filter((diagnostic) => diagnostic.start.offset < end && start < diagnostic.end.offset), name).toEqual([])
    }
  })
})
