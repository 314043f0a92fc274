import {readFileSync} from 'node:fs'
import {retext} from 'retext'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {lint, mtlint, ruleIds, rules} from '../src/index.js'

const seed = readFileSync(new URL('../fixtures/corpus/seeds/001_b6b26c4b531357a5.txt', import.meta.url), 'utf8')

describe('lint()', () => {
  it('resolves to plain, JSON-serialisable diagnostics sorted by position', async () => {
    const diagnostics = await lint(seed, {lang: 'pt'})
    expect(JSON.parse(JSON.stringify(diagnostics))).toEqual(diagnostics)
    const offsets = diagnostics.map((diagnostic) => diagnostic.start.offset)
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b))
    expect(diagnostics.find((diagnostic) => diagnostic.actual === 'meia -noite')).toEqual({
      ruleId: 'broken-hyphenation',
      category: 'broken-hyphenation',
      severity: 'warning',
      message: 'Unexpected space in `meia -noite`, write `meia-noite`',
      start: {line: 14, column: 291, offset: 1558},
      end: {line: 14, column: 302, offset: 1569},
      actual: 'meia -noite',
      expected: ['meia-noite'],
      note: expect.stringContaining('stray space'),
      url: 'https://github.com/mtlint/mtlint/blob/main/rules/broken-hyphenation/readme.md',
      source: 'mtlint'
    })
    for (const diagnostic of diagnostics) expect(seed.slice(diagnostic.start.offset, diagnostic.end.offset)).toBe(diagnostic.actual)
  })

  it('detects the language when none is given', async () => {
    expect(await lint(seed)).toEqual(await lint(seed, {lang: 'pt'}))
  })

  it('takes rule severities and options', async () => {
    const diagnostics = await lint(seed, {lang: 'pt', rules: {boilerplate: 'off', 'broken-hyphenation': 'error'}})
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === 'boilerplate')).toBe(false)
    expect(diagnostics.filter((diagnostic) => diagnostic.ruleId === 'broken-hyphenation').map((diagnostic) => diagnostic.severity)).toEqual(['error', 'error', 'error'])
  })

  it('reports an empty text instead of passing it silently', async () => {
    expect(await lint('')).toMatchObject([{ruleId: 'empty', severity: 'info', message: 'Empty file, nothing to lint'}])
    expect(await lint(' \n 42 \n')).toMatchObject([{ruleId: 'empty', message: 'No words in this file, nothing to lint'}])
  })

  it.each([
    [{lang: 'es'}, 'Unsupported language `es` in `lang`'],
    [{rules: {nope: 'error'}}, 'Unknown rule `nope` in `rules`'],
    [{rules: {typography: ['warn', {colour: true}]}}, 'Unknown option `colour` for rule `typography`'],
    [{language: 'fr'}, 'Unknown mtlint option `language`']
  ])('rejects %j clearly', async (options, message) => {
    await expect(lint('Un texte en français, assez long pour être reconnu.', options as never)).rejects.toThrow(message)
  })

  it('rejects English text, saying so', async () => {
    await expect(lint('This is an English sentence, long enough to be recognised by the detector.')).rejects.toThrow('This text looks English')
  })

  it('rejects input that is not a string or is binary', async () => {
    await expect(lint(Buffer.from('abc') as never)).rejects.toThrow('expected `text` to be a string')
    await expect(lint('GIF89a\u0000\u0001')).rejects.toThrow('Cannot lint binary data')
  })
})

describe('the mtlint preset', () => {
  it('runs in a plain retext pipeline', async () => {
    const file = new VFile('Acordou à meia -noite.')
    await retext().use(mtlint, {lang: 'pt'}).process(file)
    expect(file.messages.map(String)).toEqual(['1:11-1:22: Unexpected space in `meia -noite`, write `meia-noite`'])
  })
})

describe('the registry', () => {
  it('lists every rule once, sorted by id, each with a readme', () => {
    expect(ruleIds).toEqual([...ruleIds].sort())
    expect(new Set(ruleIds).size).toBe(ruleIds.length)
    for (const rule of rules) {
      const readme = readFileSync(new URL('../rules/' + rule.meta.id + '/readme.md', import.meta.url), 'utf8')
      expect(readme).toContain('# ' + rule.meta.id)
    }
  })
})

describe('large documents', () => {
  it('lints a text larger than one chunk, with every place in the whole text', async () => {
    const filler = 'O projeto passou da primeira linha de código para um lançamento público completo.\n'
    const text = 'Acordou à meia -noite.\n' + filler.repeat(4000) + 'Um arranha -céu inteiro.\n'
    expect(text.length).toBeGreaterThan(300_000)
    const diagnostics = await lint(text, {lang: 'pt'})
    expect(diagnostics.map((diagnostic) => [diagnostic.actual, diagnostic.start.line, diagnostic.start.column])).toEqual([
      ['meia -noite', 1, 11],
      ['arranha -céu', 4002, 4]
    ])
    for (const diagnostic of diagnostics) expect(text.slice(diagnostic.start.offset, diagnostic.end.offset)).toBe(diagnostic.actual)
  })
})
