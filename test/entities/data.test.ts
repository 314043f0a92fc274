import {describe, expect, it} from 'vitest'
import {entities, ENTITY_KINDS, entityForms, foldName, type Entity} from '../../src/entities/index.js'

const byName = new Map(entities.map((entity) => [entity.name, entity]))
const get = (name: string): Entity => {
  const entity = byName.get(name)
  if (!entity) throw new Error(`no entity named ${name}`)
  return entity
}

describe('entity data', () => {
  it('has at least 2,000 entities', () => {
    expect(entities.length).toBeGreaterThanOrEqual(2000)
  })

  it('has no two entities with the same canonical name, nor names that fold alike', () => {
    expect(new Set(entities.map((entity) => entity.name)).size).toBe(entities.length)
    expect(new Set(entities.map((entity) => foldName(entity.name))).size).toBe(entities.length)
  })

  it('has valid kinds and trimmed, non-empty forms', () => {
    for (const entity of entities) {
      expect(ENTITY_KINDS).toContain(entity.kind)
      for (const form of entityForms(entity)) {
        expect(form, entity.name).not.toBe('')
        expect(form, entity.name).toBe(form.trim())
        expect(form, entity.name).not.toMatch(/\s{2}|[\u2019\u00a0]/)
        expect(form, entity.name).toBe(form.normalize('NFC'))
      }

      expect(typeof entity.commonWord, entity.name).toBe('boolean')
    }
  })

  it('lists no variant twice nor a variant equal to the name', () => {
    for (const entity of entities) {
      const variants = entity.variants ?? []
      expect(new Set(variants).size, entity.name).toBe(variants.length)
      expect(variants, entity.name).not.toContain(entity.name)
    }
  })

  it('has enough of each kind', () => {
    const count = (kinds: string[]) => entities.filter((entity) => kinds.includes(entity.kind)).length
    expect(count(['person'])).toBeGreaterThanOrEqual(400)
    expect(count(['organisation', 'media'])).toBeGreaterThanOrEqual(150)
    expect(count(['company', 'product', 'platform', 'brand'])).toBeGreaterThanOrEqual(600)
    expect(count(['place'])).toBeGreaterThanOrEqual(400)
    expect(count(['language'])).toBeGreaterThanOrEqual(100)
  })

  it('spells well-known names as their owners do', () => {
    for (const [name, kind] of [
      ['OpenAI', 'company'],
      ['ChatGPT', 'product'],
      ['LinkedIn', 'platform'],
      ['iPhone', 'product'],
      ['YouTube', 'platform'],
      ['GitHub', 'platform'],
      ['Microsoft Teams', 'product'],
      ['Claude Code', 'product'],
      ['Hugging Face', 'company'],
      ['DALL·E', 'product'],
      ['Python', 'language'],
      ['JavaScript', 'language'],
      ['C#', 'language'],
      ['Sam Altman', 'person'],
      ['Dario Amodei', 'person'],
      ['Satya Nadella', 'person'],
      ['Jensen Huang', 'person'],
      ['Emmanuel Macron', 'person'],
      ['Ursula von der Leyen', 'person'],
      ['Marcelo Rebelo de Sousa', 'person'],
      ['Calvin Klein', 'brand'],
      ['New York', 'place'],
      ['London', 'place'],
      ['United Nations', 'organisation'],
      ['Le Monde', 'media'],
      ['Folha de S.Paulo', 'media'],
      ['Público', 'media']
    ] as const) {
      expect(get(name).kind, name).toBe(kind)
    }
  })

  it('flags names that are also common words', () => {
    // Seoul is pt `Seul` (fr seul), Vienna fr `Vienne`, the United Arab Emirates fr `EAU` (eau), Iran pt `Irão` (irão).
    for (const name of ['Apple', 'Meta', 'Segment', 'Slack', 'X', 'Python', 'Notion', 'Signal', 'Microsoft Teams', 'Orange', 'Vale', 'Pará', 'Malé', 'Seoul', 'Vienna', 'United Arab Emirates', 'Iran']) {
      expect(get(name).commonWord, name).toBe(true)
    }

    for (const name of ['OpenAI', 'ChatGPT', 'Anthropic', 'LinkedIn', 'YouTube', 'Nvidia', 'Sam Altman', 'New York', 'GPT-4']) {
      expect(get(name).commonWord, name).toBe(false)
    }
  })

  it('keeps the legitimate French and Portuguese forms of places, organisations and people', () => {
    expect(get('London').localised).toEqual({fr: ['Londres'], pt: ['Londres']})
    expect(get('New York').localised?.pt).toEqual(expect.arrayContaining(['Nova Iorque', 'Nova York']))
    expect(get('Munich').localised).toMatchObject({fr: ['Munich'], pt: ['Munique']})
    expect(get('Beijing').localised).toMatchObject({fr: ['Pékin'], pt: ['Pequim']})
    expect(get('Moscow').localised?.pt).toEqual(expect.arrayContaining(['Moscovo', 'Moscou']))
    expect(get('United States').localised?.fr).toContain('États-Unis')
    expect(get('United States').localised?.pt).toContain('Estados Unidos')
    expect(get('Germany').localised).toMatchObject({fr: ['Allemagne'], pt: ['Alemanha']})
    expect(get('Democratic Republic of the Congo').localised?.pt).toContain('República Democrática do Congo')
    expect(get('Republic of the Congo').localised?.pt).not.toContain('República Democrática do Congo')
    expect(get('Poland').localised?.pt).toEqual(expect.arrayContaining(['Polónia', 'Polônia']))
    expect(get('United Nations').localised).toMatchObject({fr: expect.arrayContaining(['Nations unies', 'ONU']), pt: expect.arrayContaining(['Nações Unidas', 'ONU'])})
    expect(get('European Commission').localised).toEqual({fr: ['Commission européenne', 'Commission Européenne'], pt: ['Comissão Europeia']})
    expect(get('Vladimir Putin').localised?.fr).toContain('Vladimir Poutine')
    expect(get('António Guterres').localised?.pt).toContain('Antônio Guterres')
  })
})
