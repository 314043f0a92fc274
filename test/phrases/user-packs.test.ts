import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {readPhrasePack} from '../../src/phrases/read-pack.js'

const directory = mkdtempSync(join(tmpdir(), 'mtlint-packs-'))
const write = (name: string, content: string) => {
  const path = join(directory, name)
  writeFileSync(path, content)
  return path
}

const entry = {
  phrase: 'synergie transverse',
  expected: ['collaboration'],
  note: 'Consultant jargon for "cross-functional synergy".',
  example: 'La direction vante une synergie transverse entre les équipes.',
  neighbour: 'La direction vante une collaboration entre les équipes.'
}

const yaml = `language: fr
kind: calque
entries:
  - phrase: synergie transverse
    expected: [collaboration]
    note: Consultant jargon for "cross-functional synergy".
    example: La direction vante une synergie transverse entre les équipes.
    neighbour: La direction vante une collaboration entre les équipes.
`

describe('user phrase packs', () => {
  it('adds a YAML pack to its rule, inflection included', async () => {
    const path = write('house.yaml', yaml)
    const diagnostics = await lint('Les synergies transverses se multiplient dans le groupe, dit-on.', {lang: 'fr', rules: {calque: ['warn', {packs: [path]}]}})
    expect(diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.actual, diagnostic.expected])).toContainEqual(['calque', 'synergies transverses', ['collaboration']])
  })

  it('reads JSON packs and npm packages named mtlint-pack-*', async () => {
    const json = write('house.json', JSON.stringify({language: 'fr', kind: 'calque', entries: [entry]}))
    expect(await readPhrasePack(json)).toMatchObject({kind: 'calque'})
    const root = join(directory, 'node_modules', 'mtlint-pack-house')
    mkdirSync(root, {recursive: true})
    writeFileSync(join(root, 'package.json'), JSON.stringify({name: 'mtlint-pack-house', type: 'module', main: 'index.js'}))
    writeFileSync(join(root, 'index.js'), 'export default ' + JSON.stringify([{language: 'fr', kind: 'calque', entries: [entry]}]))
    expect(await readPhrasePack('mtlint-pack-house', directory)).toMatchObject([{language: 'fr'}])
  })

  it.each([
    [{...JSON.parse(JSON.stringify({language: 'fr', kind: 'calque', entries: [{...entry, note: ''}]}))}, 'entry 1 (`synergie transverse`): `note` must be a non-empty string'],
    [{language: 'es', kind: 'calque', entries: [entry]}, '`language` must be `fr` or `pt`, not `es`'],
    [{language: 'fr', kind: 'idiom', entries: [entry]}, '`kind` must be one of'],
    [{language: 'fr', kind: 'calque', entries: [{...entry, colour: 'red'}]}, 'unknown field `colour`'],
    [{language: 'fr', kind: 'calque', entries: [{...entry, example: 'Rien à voir ici, rien du tout.'}]}, 'entry 1 (`synergie transverse`): its example does not contain the phrase'],
    [{language: 'fr', kind: 'false-friend', entries: [entry]}, 'is a `false-friend` pack: configure it on the `false-friend` rule']
  ])('refuses a bad pack, naming the file and the entry (%#)', async (pack, message) => {
    const path = write('bad.json', JSON.stringify(pack))
    await expect(lint('Un texte en français, assez long pour être reconnu.', {lang: 'fr', rules: {calque: ['warn', {packs: [path]}]}})).rejects.toThrow(message)
  })

  it('says what it cannot load', async () => {
    await expect(readPhrasePack('./missing.yaml', directory)).rejects.toThrow('Cannot read phrase pack `./missing.yaml`')
    await expect(readPhrasePack('left-pad', directory)).rejects.toThrow('give a .json or .yaml file, or an npm package named `mtlint-pack-*`')
    await expect(readPhrasePack('mtlint-pack-absent', directory)).rejects.toThrow('npm install mtlint-pack-absent')
    await expect(readPhrasePack(write('broken.yaml', 'entries: [\n'), directory)).rejects.toThrow('Cannot parse phrase pack')
  })
})
