import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {join} from 'node:path'
import AjvDraft04 from 'ajv-draft-04'
import ajvFormats from 'ajv-formats'
import type {Log} from 'sarif'
import {describe, expect, it} from 'vitest'
import {ruleIds} from '../src/index.js'
import {project, runCli} from './helpers/cli.js'

// The published SARIF 2.1.0 schema (draft-04), as shipped in an npm package: no network at test time.
const require = createRequire(import.meta.url)
// CommonJS modules: their default export is under `default` for TypeScript (NodeNext) and at run time alike.
const Ajv = AjvDraft04.default
const addFormats = ajvFormats.default
const schema = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as object
// The schema's `language` pattern is not valid with the `u` flag, which Ajv sets by default.
const ajv = new Ajv({allErrors: true, strict: false, unicodeRegExp: false})
addFormats(ajv)
const validate = ajv.compile(schema)

const seed = readFileSync(new URL('../fixtures/corpus/seeds/001_b6b26c4b531357a5.txt', import.meta.url), 'utf8')

describe('mtlint --format sarif', () => {
  const root = project({
    'docs/artigo.txt': seed,
    'docs/guide.md': '# Le Guide De Démarrage Rapide\n\nIl a parlé d’un «drame» hier soir, après sept semaines de travail.\n',
    'docs/dados.txt': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]),
    'docs/vazio.txt': ''
  })
  const run = runCli(['--format', 'sarif', '--rule', 'typography=error', 'docs'], root)
  const log = JSON.parse(run.stdout) as Log

  it('is valid SARIF 2.1.0', () => {
    expect(run.code).toBe(1)
    const valid = validate(log)
    expect(validate.errors ?? []).toEqual([])
    expect(valid).toBe(true)
    expect(validate({version: '2.1.0', runs: [{tool: {}}]})).toBe(false) // the validator does reject
  })

  it('lists every rule in tool.driver.rules with its help URL', () => {
    const driver = log.runs[0]!.tool.driver
    expect(driver).toMatchObject({name: 'mtlint', version: expect.stringMatching(/^\d+\.\d+\.\d+$/)})
    for (const id of ruleIds) {
      expect(driver.rules).toContainEqual(expect.objectContaining({id, helpUri: 'https://github.com/mtlint/mtlint/blob/main/rules/' + id + '/readme.md'}))
    }
  })

  it('gives each result its rule, level, file and exact region, and a fix when there is one replacement', () => {
    const run0 = log.runs[0]!
    const results = run0.results!
    for (const result of results) expect(run0.tool.driver.rules![result.ruleIndex!]!.id).toBe(result.ruleId)
    const hyphen = results.find((result) => result.ruleId === 'broken-hyphenation')!
    const region = hyphen.locations![0]!.physicalLocation!.region!
    expect(hyphen).toMatchObject({level: 'warning', locations: [{physicalLocation: {artifactLocation: {uri: 'docs/artigo.txt', uriBaseId: '%SRCROOT%'}}}]})
    expect(seed.slice(region.charOffset!, region.charOffset! + region.charLength!)).toBe(region.snippet!.text)
    expect(hyphen.fixes![0]!.artifactChanges[0]!.replacements[0]!.insertedContent!.text).toBe('meia-noite')
    expect(results.filter((result) => result.ruleId === 'typography').every((result) => result.level === 'error')).toBe(true)
    expect(results).toContainEqual(expect.objectContaining({ruleId: 'binary', level: 'error'}))
    expect(results).toContainEqual(expect.objectContaining({ruleId: 'empty', level: 'note'}))
    expect(run0.originalUriBaseIds!['%SRCROOT%']!.uri).toBe('file://' + join(root, '/'))
  })
})
