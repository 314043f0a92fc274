import {readdirSync, readFileSync, statSync, chmodSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {project, runCli} from './helpers/cli.js'

const seedsDirectory = fileURLToPath(new URL('../fixtures/corpus/seeds/', import.meta.url))
const seeds = Object.fromEntries(readdirSync(seedsDirectory).map((name) => [name, readFileSync(join(seedsDirectory, name))]))

function contents(root: string): Record<string, string> {
  return Object.fromEntries(readdirSync(root).map((name) => [name, readFileSync(join(root, name), 'utf8')]))
}

describe('mtlint --fix', () => {
  it('fixes the seed corpus in place, and a second run changes nothing', () => {
    const root = project(seeds)
    const before = contents(root)
    expect(runCli(['--fix', '.'], root).code).toBe(0)
    const once = contents(root)
    expect(Object.keys(once)).toEqual(Object.keys(before)) // no temporary file left behind
    expect(once['001_b6b26c4b531357a5.txt']).toContain('ou meia-noite. Acordando para um recém-nascido')
    expect(once['001_b6b26c4b531357a5.txt']).not.toContain('software program')
    expect(once).not.toEqual(before)
    const mtimes = readdirSync(root).map((name) => statSync(join(root, name)).mtimeMs)
    expect(runCli(['--fix', '.'], root).code).toBe(0)
    expect(contents(root)).toEqual(once)
    expect(readdirSync(root).map((name) => statSync(join(root, name)).mtimeMs)).toEqual(mtimes) // not even rewritten
  })

  it('reports what is left in the fixed text, and keeps the file mode', () => {
    const root = project({'a.txt': 'Acordou à meia -noite, depois de um dia longo de trabalho duro.\n'})
    chmodSync(join(root, 'a.txt'), 0o640)
    const run = runCli(['--fix', '--lang', 'pt', '--format', 'json', 'a.txt'], root)
    expect(JSON.parse(run.stdout)).toEqual([expect.objectContaining({path: 'a.txt', messages: []})])
    expect(readFileSync(join(root, 'a.txt'), 'utf8')).toBe('Acordou à meia-noite, depois de um dia longo de trabalho duro.\n')
    expect(statSync(join(root, 'a.txt')).mode & 0o777).toBe(0o640)
  })

  it('fixes Markdown at its places in the file, leaving code alone', () => {
    const markdown = '# Notas\n\nAcordou à *meia -noite*, depois de um dia longo.\n\n```\nmeia -noite\n```\n'
    const root = project({'a.md': markdown})
    runCli(['--fix', '--lang', 'pt', 'a.md'], root)
    expect(readFileSync(join(root, 'a.md'), 'utf8')).toBe(markdown.replace('*meia -noite*', '*meia-noite*'))
  })

  it('leaves files it cannot lint untouched', () => {
    const binary = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x6d, 0x65, 0x69, 0x61, 0x20, 0x2d, 0x6e])
    const latin1 = Buffer.from('Acordou à meia -noite, depois de um dia longo de trabalho.\n', 'latin1')
    const root = project({'binary.txt': binary, 'latin1.txt': latin1})
    expect(runCli(['--fix', '--lang', 'pt', 'binary.txt', 'latin1.txt'], root).code).toBe(1)
    expect(readFileSync(join(root, 'binary.txt'))).toEqual(binary)
    expect(readFileSync(join(root, 'latin1.txt'))).toEqual(latin1)
  })

  it('prints the fixed text of stdin on stdout, and refuses a report on stdout with it', () => {
    const run = runCli(['--fix', '--lang', 'pt'], process.cwd(), 'Acordou à meia -noite, depois de um dia longo de trabalho.\n')
    expect(run).toMatchObject({code: 0, stdout: 'Acordou à meia-noite, depois de um dia longo de trabalho.\n'})
    expect(runCli(['--fix', '--format', 'json'], process.cwd(), 'x')).toMatchObject({code: 2, stderr: expect.stringContaining('Cannot use `--fix` on stdin with `--format json`')})
  })
})
