import {spawn, spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, describe, expect, it} from 'vitest'

// The hook as users get it: `.pre-commit-hooks.yaml` of this repository at
// HEAD (commit your changes to test them), installed by the real pre-commit
// framework with `language: node` (npm install, npm pack, npm install -g),
// then run by `git commit` in a repository of its own.
const root = fileURLToPath(new URL('..', import.meta.url))
const head = spawnSync('git', ['rev-parse', 'HEAD'], {cwd: root, encoding: 'utf8'})
const skip =
  spawnSync('pre-commit', ['--version']).status !== 0
    ? '`pre-commit` is not installed (apt-get install pre-commit, or pip install pre-commit)'
    : head.status !== 0
      ? 'the project is not a git checkout, and pre-commit installs hooks from git'
      : undefined
if (skip) console.warn('Skipping the pre-commit hook test: ' + skip)

// Made by the test: a repository, an empty git configuration, pre-commit's cache.
let directory: string
let repository: string

function run(command: string, args: string[]): Promise<{code: number | null; output: string}> {
  // A hermetic environment: no npm_* variables from `npm test` (npm_config_local_prefix
  // would point pre-commit's npm at this project), no git configuration of the machine.
  const environment: NodeJS.ProcessEnv = {
    ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key) && key !== 'NODE_ENV')),
    PRE_COMMIT_HOME: join(directory, 'pre-commit-home'),
    PRE_COMMIT_COLOR: 'never',
    GIT_CONFIG_GLOBAL: join(directory, 'gitconfig'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.com',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.com'
  }
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {cwd: repository, env: environment})
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += String(chunk)))
    child.stderr.on('data', (chunk: Buffer) => (output += String(chunk)))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, output}))
  })
}

async function commits(): Promise<number> {
  return Number((await run('git', ['rev-list', '--count', 'HEAD'])).output.trim())
}

describe.skipIf(skip)('pre-commit hook' + (skip ? ' (skipped: ' + skip + ')' : ''), () => {
  // The hook's environment holds a node_modules: do not leave it in /tmp.
  afterAll(() => directory && rmSync(directory, {recursive: true, force: true}))

  it('blocks a commit adding a text with an artefact, showing the diagnostic, and lets the fixed text through', async () => {
    directory = mkdtempSync(join(tmpdir(), 'mtlint-pre-commit-'))
    repository = join(directory, 'repository')
    writeFileSync(join(directory, 'gitconfig'), '')
    mkdirSync(repository)
    expect(await run('git', ['init', '--quiet'])).toMatchObject({code: 0})
    writeFileSync(
      join(repository, '.pre-commit-config.yaml'),
      ['repos:', '  - repo: ' + root, '    rev: ' + head.stdout.trim(), '    hooks:', '      - id: mtlint', ''].join('\n')
    )
    await run('git', ['add', '.pre-commit-config.yaml'])
    expect(await run('git', ['commit', '--quiet', '--message', 'Add pre-commit'])).toMatchObject({code: 0})
    expect(await run('pre-commit', ['install'])).toMatchObject({code: 0})

    // The first commit installs the hook's environment: a minute or two.
    writeFileSync(join(repository, 'artigo.txt'), 'Acordou à meia -noite, depois de um dia longo de trabalho intenso.\n')
    await run('git', ['add', 'artigo.txt'])
    const blocked = await run('git', ['commit', '--message', 'Add an article'])
    expect(blocked.code, blocked.output).not.toBe(0)
    expect(blocked.output).toMatch(/mtlint\.+Failed/)
    expect(blocked.output).toContain('artigo.txt')
    expect(blocked.output).toMatch(/1:11-1:22 +warning +Unexpected space in `meia -noite`, write `meia-noite` +broken-hyphenation +mtlint/)
    expect(await commits()).toBe(1)

    writeFileSync(join(repository, 'artigo.txt'), 'Acordou à meia-noite, depois de um dia longo de trabalho intenso.\n')
    await run('git', ['add', 'artigo.txt'])
    const passed = await run('git', ['commit', '--message', 'Add an article'])
    expect(passed.code, passed.output).toBe(0)
    expect(passed.output).toMatch(/mtlint\.+Passed/)
    expect(await commits()).toBe(2)
  }, 600_000)
})
