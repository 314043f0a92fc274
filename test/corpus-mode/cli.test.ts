import {spawn, spawnSync} from 'node:child_process'
import {mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import {describe, expect, it} from 'vitest'

// `mtlint corpus` as users run it: the built file (npm test builds first).
const cli = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url))
const directory = mkdtempSync(join(tmpdir(), 'mtlint-corpus-'))

function mtlint(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [cli, 'corpus', ...args], {input, encoding: 'utf8', cwd: directory, maxBuffer: 1 << 28})
  const records = () => run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)
  return {code: run.status, stdout: run.stdout, stderr: run.stderr, get records() { return records() }}
}

const texts = [
  'Le projet a été lancé en mai, après sept semaines de travail intense.',
  'Il a parlé d’un «drame» hier soir: Openai a publié son modèle.',
  'La société a présenté ses résultats trimestriels devant les actionnaires.',
  'Les développeurs ont corrigé plusieurs erreurs dans la nouvelle version du logiciel.'
]
const corpus = Array.from({length: 24}, (_, index) => JSON.stringify({id: 'doc-' + index, text: texts[index % texts.length]})).join('\n') + '\n'
const file = join(directory, 'corpus.jsonl')
writeFileSync(file, corpus)

describe('mtlint corpus', () => {
  it('reads stdin or files (gzip too) and writes one record per line, in order', () => {
    const fromStdin = mtlint(['--lang', 'fr', '--workers', '2'], corpus)
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.records.map((record) => record.id)).toEqual(Array.from({length: 24}, (_, index) => 'doc-' + index))
    expect(fromStdin.records[1]).toMatchObject({lang: 'fr', counts: {typography: 3, 'garbled-name': 1}})
    expect(fromStdin.records[0]).toMatchObject({lang: 'fr', words: 13, score: 0})
    expect(fromStdin.stderr).toBe('mtlint corpus: 24 documents, 0 error records, 24 records written\n')
    writeFileSync(join(directory, 'corpus.jsonl.gz'), gzipSync(corpus))
    expect(mtlint(['--lang', 'fr', '--workers', '1', 'corpus.jsonl.gz']).stdout).toBe(fromStdin.stdout)
  })

  it('goes on after a malformed line, and filters with --max-score and --resume-from', () => {
    const run = mtlint(['--lang', 'fr', '--workers', '1', '--max-score', '0', '--resume-from', '20', '-'], corpus + '{"id": 1, "text"\n')
    expect(run.code).toBe(0)
    expect(run.records).toMatchObject([{id: 'doc-20', line: 21}, {id: 'doc-22', line: 23}, {id: 'doc-23', line: 24}, {id: null, line: 25, error: expect.stringMatching(/^Malformed JSON/)}])
  })

  it('puts diagnostics in the records with --diagnostics', () => {
    const run = mtlint(['--lang', 'fr', '--workers', '1', '--diagnostics'], corpus.split('\n')[1] + '\n')
    expect(run.records[0]!.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ruleId: 'garbled-name', actual: 'Openai'})]))
  })

  it('exits 2 on bad usage', () => {
    expect(mtlint(['--workers', '0'])).toMatchObject({code: 2, stderr: expect.stringContaining('Invalid `--workers 0`')})
    expect(mtlint(['--max-score', 'high'])).toMatchObject({code: 2})
    expect(mtlint(['--lang', 'de'])).toMatchObject({code: 2})
    expect(mtlint(['missing.jsonl'])).toMatchObject({code: 2, stderr: expect.stringContaining('No such file')})
    expect(mtlint(['--help']).stdout).toContain('Usage: mtlint corpus')
  })

  it('says where to resume when interrupted, after writing what it has read', async () => {
    const child = spawn(process.execPath, [cli, 'corpus', '--lang', 'fr', '--workers', '1'], {cwd: directory})
    let stdout = ''
    let stderr = ''
    let interrupted = false
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk
      if (stdout.includes('\n') && child.signalCode === null && !interrupted) interrupted = child.kill('SIGINT')
    })
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
    // Never ends the input: only the interrupt stops the run.
    child.stdin.write(corpus)
    const code = await new Promise((resolve) => child.on('exit', resolve))
    const records = stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as {line: number})
    expect(code).toBe(130)
    expect(records.map((record) => record.line)).toEqual(records.map((_, index) => index + 1))
    expect(stderr).toContain('go on with --resume-from ' + records.length)
    child.stdin.destroy()
  })
})

const parallel = spawnSync('parallel', ['--version'], {encoding: 'utf8'}).status === 0
if (!parallel) console.warn('GNU parallel is not installed: skipping the `parallel --pipe` recipe test (apt-get install -y parallel)')

describe.skipIf(!parallel)('mtlint corpus under GNU parallel --pipe', () => {
  it('gives the records of a single run, in order, from blocks linted by separate processes', () => {
    const single = mtlint(['--lang', 'fr', '--workers', '1', file])
    const run = spawnSync('parallel', ['--pipe', '--keep-order', '--block', '1k', '-j', '2', process.execPath, cli, 'corpus', '--lang', 'fr', '--workers', '1'], {input: corpus, encoding: 'utf8', cwd: directory})
    expect(run.status).toBe(0)
    const records = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)
    expect(run.stderr.match(/^mtlint corpus: /gm)!.length).toBeGreaterThan(1)
    const withoutLine = ({line, ...rest}: Record<string, unknown>) => rest
    expect(records.map(withoutLine)).toEqual(single.records.map(withoutLine))
  })
})
