import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {clearConfigCache, ConfigError, configFor, loadConfig, mtlintConfigured, mtlintSettle, optionsFor} from '../src/config/index.js'
import {lint, mtlintTextParse} from '../src/index.js'
import {project} from './helpers/cli.js'

const french = 'Il a parlé d’un «drame» hier soir, après sept semaines de travail intense.\n'

describe('loadConfig()', () => {
  it('finds `.mtlintrc` (YAML) from the file upward', async () => {
    const root = project({'.mtlintrc': 'preset: strict\nrules:\n  nonword: off\n', 'docs/deep/a.txt': french})
    const config = await loadConfig(join(root, 'docs/deep/a.txt'))
    expect(config).toMatchObject({path: join(root, '.mtlintrc'), directory: root, preset: 'strict', rules: {nonword: {severity: 'off'}}})
  })

  it('reads `.mtlintrc` in JSON, `.mtlintrc.json` and the `mtlint` field of package.json', async () => {
    const root = project({
      'a/.mtlintrc': '{"rules": {"typography": "error"}}',
      'b/.mtlintrc.json': '{"preset": "all"}',
      'c/package.json': JSON.stringify({name: 'c', mtlint: {lang: 'pt-BR'}}),
      'd/package.json': JSON.stringify({name: 'd'})
    })
    expect((await loadConfig(join(root, 'a/x.txt'))).rules).toEqual({typography: {severity: 'error'}})
    expect((await loadConfig(join(root, 'b/x.txt'))).preset).toBe('all')
    expect((await loadConfig(join(root, 'c/x.txt'))).lang).toBe('pt-BR')
    // A package.json without the field is no configuration: the search goes on up (here to none: the defaults).
    expect((await loadConfig(join(root, 'd/x.txt'))).path).toBeUndefined()
  })

  it('caches per directory until the cache is cleared', async () => {
    const root = project({'.mtlintrc': 'preset: strict\n'})
    const first = loadConfig(join(root, 'a.txt'))
    expect(loadConfig(join(root, 'b.txt'))).toBe(first)
    clearConfigCache()
    expect(loadConfig(join(root, 'a.txt'))).not.toBe(first)
  })

  it.each([
    ['preset: strictt\n', '.mtlintrc at `preset`: unknown preset `strictt`'],
    ['colour: red\n', '.mtlintrc at `colour`: unknown key `colour`'],
    ['rules:\n  nope: off\n', '.mtlintrc at `rules.nope`: unknown rule `nope`'],
    ['rules:\n  nonword: loud\n', '.mtlintrc at `rules.nonword`: invalid severity `"loud"`'],
    ['rules:\n  typography: [warn, {colour: true}]\n', '.mtlintrc at `rules.typography`: Unknown option `colour` for rule `typography`'],
    ['lang: es\n', '.mtlintrc at `lang`: Unsupported language `es`'],
    ['overrides:\n  - files: ""\n', '.mtlintrc at `overrides[0].files`: invalid glob'],
    ['overrides:\n  - files: "../x/*"\n', 'must be relative to the directory of the configuration'],
    ['overrides:\n  - files: "*.md"\n    language: fr\n', '.mtlintrc at `overrides[0].language`: unknown key'],
    ['packs:\n  typography: [a.yaml]\n', '.mtlintrc at `packs.typography`: rule `typography` takes no packs'],
    ['lexicon: [missing.txt]\n', '.mtlintrc at `lexicon[0]`: cannot read word list'],
    ['rules:\n  nonword: off\n   x: 1\n', '.mtlintrc: invalid YAML or JSON: Nested mappings are not allowed in compact mappings at line 2, column 12']
  ])('rejects %j naming the file and the key', async (content, message) => {
    const root = project({'.mtlintrc': content})
    const loading = loadConfig(join(root, 'a.txt'))
    await expect(loading).rejects.toBeInstanceOf(ConfigError)
    await expect(loading).rejects.toThrow(message)
    await expect(loading).rejects.toThrow(join(root, '.mtlintrc'))
  })
})

describe('configFor()', () => {
  it('gives recommended options without a configuration: every rule a warning', async () => {
    const root = project({})
    const options = await configFor(join(root, 'a.txt'))
    expect(options.lang).toBeUndefined()
    expect(Object.values(options.rules!).every((setting) => setting === 'warn')).toBe(true)
  })

  it('applies presets, rules, overrides by glob, lexicons and packs, then the command-line overrides', async () => {
    const root = project({
      '.mtlintrc.yaml': [
        'preset: strict',
        'rules:',
        '  typography: [warn, {spaceBeforeHighPunctuation: false}]',
        'lexicon: [words.txt]',
        'packs: {calque: [packs/house.yaml]}',
        'overrides:',
        '  - files: "docs/pt/**"',
        '    lang: pt-BR',
        '    rules: {typography: off}',
        '  - files: "*.md"',
        '    rules: {boilerplate: off}'
      ].join('\n'),
      'words.txt': '# product names\nZorblax\n\nfrobnicate\n'
    })
    const top = await configFor(join(root, 'a.txt'))
    expect(top.rules).toMatchObject({
      nonword: ['warn', {words: ['Zorblax', 'frobnicate']}],
      'leaked-english': ['error', {words: ['Zorblax', 'frobnicate']}],
      typography: ['warn', {spaceBeforeHighPunctuation: false}],
      calque: ['error', {packs: [join(root, 'packs/house.yaml')]}],
      boilerplate: 'error'
    })
    const pt = await configFor(join(root, 'docs/pt/guia/b.md'))
    expect(pt).toMatchObject({lang: 'pt-BR', rules: {typography: 'off', boilerplate: 'off'}})
    const flagged = optionsFor(await loadConfig(join(root, 'a.txt')), join(root, 'a.txt'), {lang: 'fr', rules: {nonword: 'off', typography: 'error'}, packs: {calque: ['mtlint-pack-x']}})
    expect(flagged).toMatchObject({lang: 'fr', rules: {nonword: 'off', typography: ['error', {spaceBeforeHighPunctuation: false}], calque: ['error', {packs: [join(root, 'packs/house.yaml'), 'mtlint-pack-x']}]}})
  })

  it('feeds lint(): lexicon words are accepted by nonword and leaked-english', async () => {
    const text = 'Le zorblax du projet a été lancé en mai, après sept semaines de travail.\n'
    const root = project({'.mtlintrc': 'lexicon: [words.txt]\n', 'words.txt': 'zorblax\n'})
    expect((await lint(text, {lang: 'fr'})).map((diagnostic) => diagnostic.actual)).toContain('zorblax')
    expect((await lint(text, await configFor(join(root, 'a.txt'), {lang: 'fr'}))).map((diagnostic) => diagnostic.actual)).not.toContain('zorblax')
  })
})

describe('mtlintConfigured', () => {
  it('lints each file with its configuration in a unified pipeline, as a language server would', async () => {
    const root = project({'.mtlintrc': 'rules:\n  typography: error\n'})
    const processor = unified().use(mtlintTextParse).use(retextStringify).use(mtlintConfigured).use(mtlintSettle)
    const file = new VFile({value: '# Titre\n\nIl a parlé d’un «drame» hier soir, après sept semaines de `travail`.\n', path: join(root, 'a.md')})
    await processor.run(processor.parse(file), file)
    expect(file.messages.map((message) => [message.ruleId, message.fatal, message.line])).toEqual([
      ['typography', true, 3],
      ['typography', true, 3]
    ])
  })
})
