/**
 * browserServices in Node (whose fetch is the browser's): the lexicons come
 * over HTTP from baseUrl, and lint() from mtlint/browser answers as the
 * Node API does.
 */
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveDirectory, type StaticServer} from '../../scripts/serve-browser.js'
import {browserServices, lint as browserLint} from '../../src/browser.js'
import {lint} from '../../src/index.js'

describe('browserServices', () => {
  let server: StaticServer

  beforeAll(async () => {
    server = await serveDirectory(fileURLToPath(new URL('../../src/lexicon/data/', import.meta.url)))
  })

  afterAll(() => server?.close())

  it('fetches each lexicon once from baseUrl, with or without the final slash', async () => {
    const services = browserServices({baseUrl: server.url.slice(0, -1)})
    const [first, second] = await Promise.all([services.lexicon('pt-PT'), services.lexicon('pt-PT')])
    expect(first).toBe(second)
    expect(first.has('facto')).toBe(true)
    expect(server.requests.filter((request) => request.startsWith('/pt-PT.lex'))).toEqual(['/pt-PT.lex 200'])
  })

  it('lints as the Node API does', async () => {
    const services = browserServices({baseUrl: server.url})
    for (const [text, lang] of [['A festa começa à meia -noite.', 'pt-BR'], ['Openai a publié un modèle.', 'fr']] as const) {
      expect(await browserLint(text, {lang, services})).toEqual(await lint(text, {lang}))
    }
  })

  it('says which lexicon it could not fetch, and tries again on the next call', async () => {
    const services = browserServices({baseUrl: server.url + 'missing/'})
    await expect(services.lexicon('fr')).rejects.toThrow(/could not fetch lexicon .*missing\/fr\.lex: 404/)
    await expect(services.lexicon('fr')).rejects.toThrow(/404/)
    expect(server.requests.filter((request) => request === '/missing/fr.lex 404')).toHaveLength(2)
  })
})
