import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {detectLanguage, parseLanguage} from '../../src/language.js'

const seed = (name: string) => readFileSync(new URL('../../fixtures/corpus/seeds/' + name, import.meta.url), 'utf8')

describe('language', () => {
  it.each([
    ['000_132ce9dd6b2ce24f.txt', 'fr'],
    ['001_b6b26c4b531357a5.txt', 'pt'],
    ['003_8456f1af1ea42947.txt', 'fr']
  ])('detects %s as %s', (name, language) => {
    expect(detectLanguage(seed(name))).toEqual({ok: true, language})
  })

  it('names the language it will not lint', () => {
    const result = detectLanguage('The quick brown fox jumps over the lazy dog while the farmer watches from the porch.')
    expect(result).toEqual({ok: false, reason: expect.stringContaining('This text looks English, which mtlint does not lint')})
    expect(detectLanguage('El rápido zorro marrón salta sobre el perro perezoso mientras el granjero mira.')).toMatchObject({ok: false, reason: expect.stringContaining('Spanish')})
  })

  it('says when a text is too short to tell', () => {
    expect(detectLanguage('OK')).toMatchObject({ok: false, reason: expect.stringContaining('Cannot detect the language')})
  })

  it.each([
    ['fr', 'fr'],
    ['pt-br', 'pt-BR'],
    ['PT_PT', 'pt-PT'],
    ['pt', 'pt']
  ])('accepts %j as %j', (given, tag) => {
    expect(parseLanguage(given)).toBe(tag)
  })

  it.each(['es', 'en', '', 'french', 42])('rejects %j, listing the supported tags', (given) => {
    expect(() => parseLanguage(given)).toThrow('mtlint lints `fr`, `pt`, `pt-BR`, `pt-PT`')
  })
})
