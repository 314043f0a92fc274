import {spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'

// The CLI as users run it: the built file (npm test builds first).
const cli = fileURLToPath(new URL('../dist/src/cli.js', import.meta.url))
const seeds = fileURLToPath(new URL('../fixtures/corpus/seeds/', import.meta.url))
const directory = mkdtempSync(join(tmpdir(), 'mtlint-cli-'))

function mtlint(args: string[], input?: string | Buffer) {
  const run = spawnSync(process.execPath, [cli, ...args], {input, encoding: 'utf8', cwd: directory, maxBuffer: 1 << 28})
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

function file(name: string, content: string | Buffer): string {
  const path = join(directory, name)
  writeFileSync(path, content)
  return path
}

const clean = file('clean.txt', 'Le projet a été lancé en mai, après sept semaines de travail intense.\n')
const artefact = file('artefact.txt', 'Il a parlé d’un «drame» hier soir, après sept semaines de travail intense.\n')

describe('mtlint CLI', () => {
  it('exits 0 on a clean file and on warnings, 1 on warnings with --frail', () => {
    expect(mtlint([clean])).toMatchObject({code: 0})
    const warned = mtlint([artefact])
    expect(warned.code).toBe(0)
    expect(warned.stderr).toContain('Expected a no-break space after `«`')
    expect(mtlint(['--frail', artefact]).code).toBe(1)
  })

  it('exits 1 when a rule set to error reports', () => {
    expect(mtlint(['--rule', 'typography=error', artefact]).code).toBe(1)
    expect(mtlint(['--rule', 'typography=off', '--frail', artefact]).code).toBe(0)
  })

  it('prints the vfile-reporter-json shape with offsets and categories on stdout', () => {
    const run = mtlint(['--format', 'json', '--lang', 'pt', join(seeds, '001_b6b26c4b531357a5.txt')])
    expect(run.code).toBe(0)
    const [report] = JSON.parse(run.stdout) as Array<{path: string; messages: Array<Record<string, unknown>>}>
    expect(report!.path).toMatch(/001_b6b26c4b531357a5\.txt$/)
    expect(report!.messages).toContainEqual(
      expect.objectContaining({
        ruleId: 'number-format',
        category: 'number-format',
        source: 'mtlint',
        actual: '4A',
        expected: ['4h'],
        place: {start: {line: 22, column: 39, offset: 2564}, end: {line: 22, column: 41, offset: 2566}}
      })
    )
  })

  it('reads stdin', () => {
    const run = mtlint(['--lang', 'pt', '--stdin-path', 'texto.txt'], 'Acordou à meia -noite, depois de um dia longo.\n')
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('texto.txt')
    expect(run.stderr).toContain('meia -noite')
  })

  it('adds phrase packs with --pack', () => {
    const pack = file('house.yaml', 'language: fr\nkind: calque\nentries:\n  - phrase: synergie transverse\n    expected: [collaboration]\n    note: Consultant jargon.\n    example: Une synergie transverse entre les équipes.\n    neighbour: Une collaboration entre les équipes.\n')
    const text = file('synergy.txt', 'La direction vante une synergie transverse entre les équipes du groupe.\n')
    const run = mtlint(['--lang', 'fr', '--format', 'json', '--pack', 'calque=' + pack, text])
    expect(run.stdout).toContain('Unexpected calque `synergie transverse`, use `collaboration`')
    expect(mtlint(['--pack', 'typography=' + pack, text], '')).toMatchObject({code: 2, stderr: expect.stringContaining('Invalid `--pack')})
  })

  it('lists only files with messages with --quiet', () => {
    const run = mtlint(['--quiet', '--format', 'json', clean, artefact])
    expect((JSON.parse(run.stdout) as Array<{path: string}>).map((entry) => entry.path)).toEqual(['artefact.txt'])
  })

  it('refuses invalid UTF-8 with the offset of the bad byte', () => {
    const latin1 = file('latin1.txt', Buffer.from('Le caf\xe9 est chaud et la soir\xe9e commence tard.\n', 'latin1'))
    const run = mtlint([latin1])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('not valid UTF-8 (byte 0xE9 at byte offset 6)')
    expect(mtlint([], Buffer.from('caf\xe9', 'latin1'))).toMatchObject({code: 2, stderr: expect.stringContaining('Cannot lint stdin: it is not valid UTF-8')})
  })

  it('refuses binary files', () => {
    const binary = file('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]))
    const run = mtlint([binary])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Cannot lint binary data')
  })

  it('says an empty file has nothing to lint, and passes', () => {
    const run = mtlint([file('empty.txt', '')])
    expect(run.code).toBe(0)
    expect(run.stderr).toContain('Empty file, nothing to lint')
  })

  it('fails clearly when the language is undetectable or unsupported', () => {
    const english = file('english.txt', 'This article was written in English and should not be linted as French.\n')
    expect(mtlint([english])).toMatchObject({code: 1, stderr: expect.stringContaining('This text looks English')})
  })

  it('lints a 10 MB single line', () => {
    const line = 'Le recém -nascido dort à poings fermés, dit-on, jusqu’à 4 heures du matin. '.repeat(135_000)
    const run = mtlint(['--lang', 'fr', '--format', 'json', file('huge.txt', line)])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as Array<{messages: unknown[]}>)[0]!.messages).toEqual([])
  }, 120_000)

  it.each([
    [['--lang', 'es', clean], 'Unsupported language `es` in `--lang`'],
    [['--format', 'xml', clean], 'Unknown format `xml`'],
    [['--rule', 'nope=off', clean], 'Unknown rule `nope`'],
    [['--rule', 'typography=loud', clean], 'Invalid severity'],
    [['--colour', clean], "Unknown option '--colour'"]
  ])('exits 2 on bad usage: %j', (args, message) => {
    const run = mtlint(args, '')
    expect(run.code).toBe(2)
    expect(run.stderr).toContain(message)
  })

  it('prints help and version', () => {
    expect(mtlint(['--help']).stdout).toContain('Usage: mtlint [options] [path | glob ...]')
    expect(mtlint(['--help']).stdout).toContain('mtlint corpus [options] [file.jsonl ...]')
    expect(mtlint(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })
})
