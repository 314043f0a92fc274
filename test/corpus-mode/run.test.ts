import fc from 'fast-check'
import {PassThrough, Readable, Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'
import {runCorpus, type CorpusOptions} from '../../src/corpus/run.js'
import {WorkerPool} from '../../src/corpus/pool.js'

const fake = new URL('fixtures/fake-worker.mjs', import.meta.url)
const broken = new URL('fixtures/broken-worker.mjs', import.meta.url)

async function corpus(input: string, options: Partial<CorpusOptions> = {}) {
  const output = new PassThrough()
  const chunks: Buffer[] = []
  output.on('data', (chunk: Buffer) => chunks.push(chunk))
  const summary = await runCorpus({workers: 2, workerUrl: fake, stdin: Readable.from([Buffer.from(input)]), output, ...options})
  const lines = Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean)
  return {summary, records: lines.map((line) => JSON.parse(line) as Record<string, unknown>)}
}

const documents = (count: number, text = (index: number) => 'mot '.repeat(index % 13)) =>
  Array.from({length: count}, (_, index) => JSON.stringify({id: 'd' + index, text: text(index)})).join('\n') + '\n'

describe('runCorpus', () => {
  it('writes one record per input line, in input order', async () => {
    const {records, summary} = await corpus(documents(300), {workers: 3, window: 8})
    expect(records.map((record) => record.id)).toEqual(Array.from({length: 300}, (_, index) => 'd' + index))
    expect(records.map((record) => record.line)).toEqual(Array.from({length: 300}, (_, index) => index + 1))
    expect(summary).toEqual({lines: 300, documents: 300, errors: 0, written: 300, stopped: false})
  })

  it('gives a malformed line an error record and goes on', async () => {
    const input = '{"id": "a", "text": "un"}\n{"id": "b", "text": \n{"id": "c"}\n\n{"id": "d", "text": "x", "lang": "xx"}\n{"id": "e", "text": "deux mots"}'
    const {records, summary} = await corpus(input)
    expect(records).toMatchObject([
      {id: 'a', line: 1, words: 1},
      {id: null, line: 2, error: expect.stringMatching(/^Malformed JSON/)},
      {id: 'c', line: 3, error: 'Missing `text`'},
      {id: 'd', line: 5, error: expect.stringContaining('Unsupported language')},
      {id: 'e', line: 6, words: 2}
    ])
    expect(summary).toMatchObject({lines: 6, documents: 2, errors: 3})
  })

  it('replaces a worker that crashes, exits or hangs, with an error record for that document only', async () => {
    const texts = ['un', 'CRASH', 'deux', 'EXIT', 'trois', 'HANG', 'quatre', 'CRASH', 'CRASH', 'cinq']
    const input = texts.map((text, index) => JSON.stringify({id: index, text})).join('\n')
    const {records} = await corpus(input, {timeout: 1000})
    expect(records.map((record) => record.id)).toEqual(texts.map((_, index) => index))
    expect(records.map((record) => ('error' in record ? String(record.error).replace(/:.*/, '') : record.words))).toEqual([1, 'Document not linted', 1, 'Document not linted', 1, 'Document not linted', 1, 'Document not linted', 'Document not linted', 1])
    expect(records[1]!.error).toContain('worker crashed: boom')
    expect(records[3]!.error).toContain('worker exited with code 3')
    expect(records[5]!.error).toContain('timed out after 1000 ms')
  })

  it('fails, not hangs, when workers cannot start', async () => {
    await expect(corpus(documents(3), {workerUrl: broken})).rejects.toThrow(/workers cannot start/)
  })

  it('keeps documents at most --max-score, and error records', async () => {
    const {records, summary} = await corpus(documents(30) + '{]\n', {maxScore: 2})
    expect(records.every((record) => 'error' in record || (record.score as number) <= 2)).toBe(true)
    expect(records.at(-1)).toMatchObject({line: 31, error: expect.any(String)})
    expect(summary.written).toBe(records.length)
    expect(summary.written).toBeLessThan(31)
  })

  it('resumes from a line, counting lines across inputs', async () => {
    const {records, summary} = await corpus(documents(20), {resumeFrom: 15})
    expect(records.map((record) => record.line)).toEqual([16, 17, 18, 19, 20])
    expect(summary.lines).toBe(20)
  })

  it('stops reading while the output does not drain, with a bounded number of documents in flight', async () => {
    let pulled = 0
    const input = Readable.from(
      (function* () {
        for (let index = 0; index < 100_000; index++) {
          pulled++
          yield Buffer.from(JSON.stringify({id: index, text: 'mot'}) + '\n')
        }
      })(),
      {objectMode: false, highWaterMark: 16}
    )
    let accepted = 0
    const stuck = new Writable({highWaterMark: 1024, write(_, __, callback) { if (++accepted < 50) callback() }})
    const controller = new AbortController()
    const run = runCorpus({workers: 2, workerUrl: fake, stdin: input, output: stuck, window: 32, signal: controller.signal})
    await new Promise((resolve) => setTimeout(resolve, 1500))
    expect(pulled).toBeLessThan(500)
    controller.abort()
    stuck.destroy()
    await run.catch(() => undefined)
  })

  it('scores real documents as lint() counts them, whatever the number of workers', async () => {
    const texts = [
      'Il a parlé d’un «drame» hier soir: Openai a publié son modèle.',
      'Ele não period um desenvolvedor, mas acordou à meia -noite.',
      'Le projet a été lancé en mai, après sept semaines de travail intense.'
    ]
    const input = texts.map((text, index) => JSON.stringify({id: index, text, lang: index === 1 ? 'pt' : 'fr'})).join('\n')
    const one = await corpus(input, {workers: 1, workerUrl: undefined, diagnostics: true})
    const two = await corpus(input, {workers: 2, workerUrl: undefined, diagnostics: true})
    expect(two.records).toEqual(one.records)
    for (const [index, text] of texts.entries()) {
      const expected = await lint(text, {lang: index === 1 ? 'pt' : 'fr'})
      expect(one.records[index]!.diagnostics).toEqual(expected)
      const counts = one.records[index]!.counts as Record<string, number>
      expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(expected.length)
    }

    expect(one.records[2]).toMatchObject({score: 0, lang: 'fr'})
    expect(one.records[0]!.score).toBeGreaterThan(0)
  })
})

describe('runCorpus on arbitrary input', () => {
  it('writes one record per non-empty line, in order, and never throws', async () => {
    const line = fc.oneof(
      fc.oneof(fc.string({unit: 'binary', maxLength: 40}), fc.constantFrom(' ', '\t', '{}')).map((value) => value.replace(/[\r\n]/g, '')),
      fc.record({id: fc.oneof(fc.string(), fc.integer()), text: fc.oneof(fc.string({maxLength: 30}), fc.constantFrom('CRASH', 'EXIT'))}).map((value) => JSON.stringify(value)),
      fc.uint8Array({maxLength: 30}).map((array) => Buffer.from(array.filter((byte) => byte !== 0x0a && byte !== 0x0d)).toString('latin1'))
    )
    await fc.assert(
      fc.asyncProperty(fc.array(line, {maxLength: 30}), fc.integer({min: 1, max: 3}), async (lines, workers) => {
        const {records, summary} = await corpus(lines.join('\n'), {workers, window: 4})
        expect(records.map((record) => record.line)).toEqual(lines.flatMap((text, index) => (text === '' ? [] : [index + 1])))
        expect(summary.documents + summary.errors).toBe(records.length)
      }),
      {numRuns: 15}
    )
  })
})

describe('WorkerPool', () => {
  it('rejects an invalid size', () => {
    expect(() => new WorkerPool({size: 0})).toThrow(/Invalid pool size/)
  })
})
