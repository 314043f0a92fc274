import {createReadStream, statSync} from 'node:fs'
import type {Readable, Writable} from 'node:stream'
import {createGunzip} from 'node:zlib'
import type {DocumentLinterOptions} from './lint-document.js'
import {splitLines, type InputLine, type LineCounter} from './lines.js'
import {WorkerPool} from './pool.js'
import {Progress} from './progress.js'
import {isError, type OutputRecord} from './records.js'

export interface CorpusOptions extends DocumentLinterOptions {
  /** Input files, read in order (`-` is `stdin`; `.gz` files are decompressed); none means `stdin`. */
  inputs?: readonly string[]
  stdin?: Readable
  /** Where JSON Lines go, one record per input line, in input order. */
  output: Writable
  /** Worker threads. */
  workers: number
  /** Write only documents that score at most this (error records are always written). */
  maxScore?: number | undefined
  /** Skip the first N input lines (counted across inputs): where an interrupted run stopped. */
  resumeFrom?: number | undefined
  /** Most documents read but not yet written; reading waits beyond it. Default: 16 per worker. */
  window?: number | undefined
  /** Longest input line, in bytes; longer ones get an error record without being held in memory. */
  maxLineBytes?: number | undefined
  /** Milliseconds a document may take; 0 for no limit. */
  timeout?: number | undefined
  /** Where to draw a progress bar (a terminal), if anywhere. */
  progress?: Writable | undefined
  /** Stop reading when aborted; documents already read are finished and written. */
  signal?: AbortSignal | undefined
  /** A worker module of your own (tests). */
  workerUrl?: URL | undefined
}

export interface CorpusSummary {
  /** Input lines done, counted from the start of the input: resume an interrupted run with `--resume-from` this. */
  lines: number
  documents: number
  errors: number
  written: number
  /** Whether the run stopped early (aborted, or the output closed). */
  stopped: boolean
}

export const defaultMaxLineBytes = 64 * 1024 * 1024

/**
 * Lint a JSON Lines corpus on a pool of workers: read `{"id", "text",
 * "lang"?}` lines, write one record per line in input order (a verdict or
 * an error record), and never stop on a bad line.
 *
 * Memory is bounded: reading pauses while `window` documents are in
 * flight (being linted, or done and waiting for an earlier one) or while
 * the output does not take more.
 */
export async function runCorpus(options: CorpusOptions): Promise<CorpusSummary> {
  const maxLineBytes = options.maxLineBytes ?? defaultMaxLineBytes
  const window = options.window ?? options.workers * 16
  const resumeFrom = options.resumeFrom ?? 0
  const output = options.output
  const inputs = options.inputs && options.inputs.length > 0 ? options.inputs : ['-']
  const progress = options.progress ? new Progress(options.progress, totalSize(inputs)) : undefined
  const pool = new WorkerPool({
    size: options.workers,
    workerData: {lang: options.lang, rules: options.rules, diagnostics: options.diagnostics},
    workerUrl: options.workerUrl,
    timeout: options.timeout,
    // Room for the longest line (as UTF-16, with the copies linting makes), and 512 MB at least.
    maxHeapMb: Math.max(512, Math.ceil((8 * maxLineBytes) / 2 ** 20))
  })

  const summary: CorpusSummary = {lines: resumeFrom, documents: 0, errors: 0, written: 0, stopped: false}
  const waiting = new Map<number, OutputRecord>()
  let read = 0
  let written = 0
  let blocked = false
  let closed = false
  let failure: Error | undefined
  let wake: (() => void) | undefined

  const onDrain = () => {
    blocked = false
    wake?.()
  }

  const onError = (error: Error & {code?: string}) => {
    closed = true
    if (error.code !== 'EPIPE') failure ??= error
    halt()
    wake?.()
  }

  // Set while waiting for input, to stop waiting. (Not Promise.race with a
  // promise that lives as long as the run: each race would leave a reaction
  // on it, holding its line, until the end.)
  let halted = false
  let stopWaiting: (() => void) | undefined
  const halt = () => {
    halted = true
    stopWaiting?.()
  }

  const onAbort = () => (halt(), wake?.())
  output.on('drain', onDrain)
  output.on('error', onError)
  options.signal?.addEventListener('abort', onAbort)
  if (options.signal?.aborted) halt()
  const streams: Readable[] = []
  const lines = readLines(inputs, options.stdin, maxLineBytes, progress, streams)

  function deliver(index: number, record: OutputRecord) {
    waiting.set(index, record)
    while (waiting.has(written)) {
      const next = waiting.get(written)!
      waiting.delete(written)
      written++
      summary.lines = next.line
      progress?.done()
      if (isError(next)) summary.errors++
      else summary.documents++
      if (closed || (!isError(next) && options.maxScore !== undefined && next.score > options.maxScore)) continue
      summary.written++
      if (!output.write(JSON.stringify(next) + '\n')) blocked = true
    }

    wake?.()
  }

  const until = async (ready: () => boolean) => {
    while (!ready()) await new Promise<void>((resolve) => (wake = resolve))
  }

  const stop = () => closed || failure !== undefined || options.signal?.aborted === true

  try {
    for (;;) {
      // Waiting for input (a quiet stdin) ends when the run is stopped.
      if (halted) break
      const next = await new Promise<IteratorResult<InputLine> | undefined>((resolve, reject) => {
        stopWaiting = () => resolve(undefined)
        lines.next().then(resolve, (error: unknown) => (halted ? resolve(undefined) : reject(error)))
      })
      stopWaiting = undefined
      if (!next || next.done) break
      const item = next.value
      if (item.line <= resumeFrom) continue
      await until(() => stop() || (read - written < window && !blocked))
      if (stop()) break
      const index = read++
      if ('oversized' in item) {
        deliver(index, {id: null, line: item.line, error: 'Line too long: ' + item.oversized + ' bytes, more than ' + maxLineBytes})
        continue
      }

      // The worker decodes and parses the line: this thread only splits lines and writes records.
      pool.run({line: item.line, bytes: item.bytes}).then((record) => deliver(index, record), (error: Error) => ((failure ??= error), wake?.()))
    }

    await until(() => written === read || closed || failure !== undefined)
    if (failure) throw failure
    if (closed || read !== written || options.signal?.aborted) summary.stopped = true
    return summary
  } finally {
    if (progress) progress.finish()
    // Stopped early: let go of the inputs so that the process can exit.
    if (summary.stopped || failure) for (const stream of streams) stream.destroy()
    output.off('drain', onDrain)
    output.off('error', onError)
    options.signal?.removeEventListener('abort', onAbort)
    await pool.close()
  }
}

/** Every input's lines, numbered on across inputs. */
async function* readLines(inputs: readonly string[], stdin: Readable | undefined, maxLineBytes: number, progress: Progress | undefined, opened: Readable[]): AsyncGenerator<InputLine> {
  const counter: LineCounter = {line: 1}
  for (const input of inputs) {
    let stream: Readable = input === '-' ? (stdin ?? process.stdin) : createReadStream(input, {highWaterMark: 1 << 16})
    opened.push(stream)
    if (input.endsWith('.gz')) opened.push((stream = stream.pipe(createGunzip())))
    yield* splitLines(progress ? counted(stream, progress) : stream, maxLineBytes, counter)
  }
}

async function* counted(stream: Readable, progress: Progress): AsyncGenerator<Buffer> {
  for await (const chunk of stream) {
    progress.read((chunk as Buffer).length)
    yield chunk as Buffer
  }
}

/** Total bytes of the input files, when they are all uncompressed files. */
function totalSize(inputs: readonly string[]): number | undefined {
  if (inputs.some((input) => input === '-' || input.endsWith('.gz'))) return undefined
  try {
    return inputs.reduce((sum, input) => sum + statSync(input).size, 0)
  } catch {
    return undefined
  }
}
