import {describe, expect, it} from 'vitest'
import {project, runCli} from './helpers/cli.js'

const french = 'Il a parlé d’un «drame» hier soir, après sept semaines de travail intense.\n'
const portuguese = 'Acordou à meia -noite, depois de um dia longo de trabalho.\n'

describe('mtlint CLI with a configuration', () => {
  it('reads .mtlintrc from the file upward: preset, rules, language per glob', () => {
    const root = project({
      '.mtlintrc': 'preset: strict\nrules:\n  typography: warn\noverrides:\n  - files: "docs/pt/**"\n    lang: pt\n',
      'a.txt': french,
      'docs/pt/b.txt': portuguese
    })
    const run = runCli(['--format', 'json', 'a.txt', 'docs'], root)
    expect(run.code).toBe(1)
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{ruleId: string; fatal: boolean}>}>
    expect(files.map((file) => [file.path, file.messages.map((message) => [message.ruleId, message.fatal])])).toEqual([
      ['a.txt', [['typography', false], ['typography', false]]],
      ['docs/pt/b.txt', [['broken-hyphenation', true]]]
    ])
  })

  it('reads the `mtlint` field of package.json', () => {
    const root = project({'package.json': JSON.stringify({name: 'x', mtlint: {rules: {typography: 'off'}}}), 'a.txt': french})
    expect(runCli(['--frail', 'a.txt'], root).code).toBe(0)
  })

  it('lets command-line flags win over the configuration', () => {
    const root = project({'.mtlintrc.json': '{"rules": {"typography": "error"}, "lang": "pt"}', 'a.txt': french})
    expect(runCli(['a.txt'], root).stderr).toContain('Unexpected nonword `semaines`') // read as Portuguese, as configured
    expect(runCli(['--lang', 'fr', 'a.txt'], root).code).toBe(1)
    expect(runCli(['--rule', 'typography=warn', '--lang', 'fr', 'a.txt'], root)).toMatchObject({code: 0, stderr: expect.stringContaining('no-break space')})
  })

  it('fails a file whose configuration is invalid, naming the file and the key', () => {
    const root = project({'.mtlintrc': 'rules:\n  typografy: off\n', 'a.txt': french})
    const run = runCli(['a.txt'], root)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Invalid configuration in ' + root + '/.mtlintrc at `rules.typografy`: unknown rule `typografy`')
    expect(run.stderr).not.toContain('    at ')
  })

  it('reports invalid YAML with its line', () => {
    const root = project({'.mtlintrc': 'rules:\n  nonword: off\n   x: 1\n', 'a.txt': french})
    expect(runCli(['a.txt'], root)).toMatchObject({code: 1, stderr: expect.stringContaining('at line 2, column 12')})
  })

  it('adds lexicon words and packs relative to the configuration', () => {
    const root = project({
      'cfg/.mtlintrc': 'lexicon: [words.txt]\npacks:\n  calque: [house.yaml]\n',
      'cfg/words.txt': 'zorblax\n',
      'cfg/house.yaml': 'language: fr\nkind: calque\nentries:\n  - phrase: synergie transverse\n    expected: [collaboration]\n    note: Consultant jargon.\n    example: Une synergie transverse entre les équipes.\n    neighbour: Une collaboration entre les équipes.\n',
      'cfg/sub/a.txt': 'La direction vante une synergie transverse entre les équipes du zorblax.\n'
    })
    const run = runCli(['--lang', 'fr', '--format', 'json', 'cfg/sub/a.txt'], root)
    expect(run.stdout).toContain('Unexpected calque `synergie transverse`')
    expect(run.stdout).not.toContain('zorblax')
  })

  it('still skips what .mtlintignore lists, Markdown and HTML included', () => {
    const root = project({'.mtlintignore': 'vendor/\n', 'docs/a.md': french, 'vendor/b.md': french, 'vendor/c.html': '<p>' + french + '</p>'})
    const run = runCli(['--format', 'json', '.'], root)
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((file) => file.path)).toEqual(['docs/a.md'])
  })

  // pre-commit and lint-staged name each staged file: one that .mtlintignore lists is skipped, not an error.
  it('skips a file named on the command line that .mtlintignore lists', () => {
    const root = project({'.mtlintignore': 'vendor/\n', 'vendor/b.txt': portuguese, 'a.txt': french})
    const run = runCli(['--frail', '--lang', 'pt', 'vendor/b.txt'], root)
    expect(run).toMatchObject({code: 0, stderr: ''})
    expect(runCli(['--format', 'json', '--lang', 'fr', 'a.txt', 'vendor/b.txt'], root).stdout).not.toContain('vendor')
  })
})
