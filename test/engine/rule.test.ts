import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {describe, expect, it, vi} from 'vitest'
import {VFile} from 'vfile'
import {mtlintParse} from '../../src/parse.js'
import {contextOf, mtlintLanguage} from '../../src/resolve-language.js'
import {defineRule, docsUrl, rulePlugin, type RuleConfig} from '../../src/rule.js'
import {nodeServices} from '../../src/node-services.js'

const create = vi.fn((options: {word: string; strict: boolean}) => (tree: Parameters<typeof contextOf>[0], file: VFile) => {
  const document = contextOf(tree, file)
  const index = document.value.indexOf(options.word)
  if (index >= 0) file.message('Unexpected `' + options.word + '`', {place: {start: document.point(index), end: document.point(index + options.word.length)}})
})

const probe = defineRule({
  meta: {id: 'probe', category: 'leaked-english', languages: ['fr'], description: 'Finds a word.', defaultOptions: {word: 'period', strict: false}},
  create
})

async function run(text: string, lang: string, config?: RuleConfig) {
  const processor = unified().use(mtlintParse).use(retextStringify).use(mtlintLanguage, {lang}).use(rulePlugin(probe), config as never)
  const file = new VFile(text)
  await processor.run(processor.parse(file), file)
  return file.messages
}

describe('rulePlugin', () => {
  it('stamps ruleId, source, url, fatal and category on what the rule reports', async () => {
    const [message] = await run('Ce n’était pas un period.', 'fr')
    expect(message).toMatchObject({ruleId: 'probe', source: 'mtlint', url: docsUrl + 'probe/readme.md', fatal: false, category: 'leaked-english'})
    expect(String(message)).toBe('1:19-1:25: Unexpected `period`')
  })

  it.each([
    ['error', true],
    [2, true],
    ['warn', false],
    [1, false],
    [true, false],
    ['on', false],
    [['error', {word: 'pas'}], true]
  ] as const)('coerces %j to fatal %j', async (config, fatal) => {
    const messages = await run('Ce n’était pas un period.', 'fr', config as RuleConfig)
    expect(messages.map((message) => message.fatal)).toEqual([fatal])
  })

  it.each(['off', 0, false, ['off', {word: 'pas'}]] as const)('turns the rule off with %j', async (config) => {
    expect(await run('Ce n’était pas un period.', 'fr', config as RuleConfig)).toEqual([])
  })

  it('merges options over the defaults and creates the transformer once per configuration', async () => {
    create.mockClear()
    const plugin = rulePlugin(probe)
    const processor = unified().use(mtlintParse).use(retextStringify).use(mtlintLanguage, {lang: 'fr'}).use(plugin, {word: 'pas'})
    for (const text of ['Pas un mot.', 'Ce n’est pas tout.']) {
      const file = new VFile(text)
      await processor.run(processor.parse(file), file)
      expect(file.messages.map((message) => message.actual ?? String(message))).toHaveLength(text.includes('pas') ? 1 : 0)
    }

    expect(create).toHaveBeenCalledTimes(1)
    expect(create).toHaveBeenCalledWith({word: 'pas', strict: false}, nodeServices)
  })

  it('hands the rule the services set on the processor', () => {
    create.mockClear()
    const services = {lexicon: vi.fn(), entities: vi.fn()}
    unified().data('mtlintServices', services).use(rulePlugin(probe)).freeze()
    expect(create).toHaveBeenCalledWith({word: 'period', strict: false}, services)
  })

  it('skips documents in languages the rule does not cover', async () => {
    expect(await run('Ele não period um desenvolvedor.', 'pt')).toEqual([])
  })

  it.each([
    [{wrod: 'x'}, 'Unknown option `wrod` for rule `probe`; it takes `word`, `strict`'],
    [{word: 3}, 'Invalid value `3` for option `word` of rule `probe`: expected a string'],
    [['loud', {}], 'Invalid configuration for rule `probe`: expected `[severity, options]` with severity `off`, `warn` or `error`'],
    ['loud', 'Invalid severity `loud` for rule `probe`: expected `off`, `warn` or `error`'],
    [[1, 'x'], 'Invalid options for rule `probe`: expected an object, not `"x"`']
  ])('rejects %j with an error naming the rule', (config, error) => {
    expect(() => unified().use(rulePlugin(probe), config as never).freeze()).toThrow(error)
  })

  it('rejects ids that are not kebab-case', () => {
    expect(() => defineRule({...probe, meta: {...probe.meta, id: 'Probe_rule'}})).toThrow('must be kebab-case')
  })
})
