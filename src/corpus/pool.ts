import {Worker} from 'node:worker_threads'
import type {DocumentLinterOptions} from './lint-document.js'
import type {RawLine, WorkerRequest, WorkerResponse} from './protocol.js'
import {parseLine, type DocumentTask, type OutputRecord} from './records.js'

export interface PoolOptions {
  /** Number of worker threads. */
  size: number
  /** Passed to each worker (the default worker reads the linter options from it). */
  workerData?: DocumentLinterOptions
  /** A worker module of your own (tests use one that crashes); defaults to `worker.js` beside this file. */
  workerUrl?: URL
  /** Milliseconds a document may take before its worker is stopped and replaced; 0 for no limit. */
  timeout?: number
  /**
   * Cap on each worker's V8 old generation, in MB. Besides stopping one
   * document from taking the machine's memory (its worker dies, it gets an
   * error record), a cap makes V8 collect sooner: without one, a worker's
   * heap grew by a hundred MB over a long run before a full collection.
   */
  maxHeapMb?: number
}

interface Job {
  seq: number
  task: DocumentTask | RawLine
  resolve(record: OutputRecord): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker
  /** Whether the worker has said it is ready: only then is a crash blamed on its document. */
  ready: boolean
  job: Job | undefined
  timer: NodeJS.Timeout | undefined
  /** Why the worker is being stopped by the pool, when it is. */
  stopping: string | undefined
}

/** Workers in a row that die before they are ready, after which the pool gives up. */
const crashLimit = 5

/**
 * A fixed set of worker threads linting documents, one at a time each.
 *
 * A worker that crashes (an uncaught error, running out of memory) or takes
 * longer than `timeout` on a document is replaced, and the document it was
 * linting resolves to an error record: no document is lost or linted twice.
 * A worker that dies before it is ready gives its document to the next
 * one; only when workers keep dying so (a worker that cannot start) does
 * `run` reject.
 */
export class WorkerPool {
  readonly size: number
  private readonly options: PoolOptions
  private readonly slots: Slot[] = []
  private readonly queue: Job[] = []
  private seq = 0
  private crashes = 0
  private closed = false
  private failure: Error | undefined

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new Error('Invalid pool size `' + options.size + '`: expected a positive integer')
    this.size = options.size
    this.options = options
    for (let index = 0; index < options.size; index++) this.slots.push(this.spawn())
  }

  /** Lint one document on the next free worker: parsed, or a raw input line that the worker parses (an error record if it is not a document). */
  run(task: DocumentTask | RawLine): Promise<OutputRecord> {
    if (this.failure) return Promise.reject(this.failure)
    if (this.closed) return Promise.reject(new Error('The worker pool is closed'))
    return new Promise((resolve, reject) => {
      this.queue.push({seq: this.seq++, task, resolve, reject})
      this.dispatch()
    })
  }

  /** Stop every worker. */
  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => ((slot.stopping = 'closed'), slot.worker.terminate())))
  }

  private spawn(): Slot {
    const worker = createWorker(this.options)
    const slot: Slot = {worker, ready: false, job: undefined, timer: undefined, stopping: undefined}
    let error: Error | undefined
    worker.on('message', (response: WorkerResponse | {ready: true}) => {
      if ('ready' in response) {
        slot.ready = true
        this.dispatch()
        return
      }

      const job = slot.job
      if (!job || job.seq !== response.seq) return
      this.crashes = 0
      this.finish(slot)
      job.resolve(response.record)
      this.dispatch()
    })
    worker.on('error', (cause) => {
      error = cause
    })
    worker.on('exit', (code) => {
      const job = slot.job
      const reason = slot.stopping ?? (error ? 'worker crashed: ' + error.message : 'worker exited with code ' + code)
      this.finish(slot)
      if (this.closed) return
      const blamed = slot.ready && job
      if (!blamed && ++this.crashes > crashLimit) return this.fail(new Error('mtlint corpus: workers cannot start (' + reason + ')'))
      this.slots[this.slots.indexOf(slot)] = this.spawn()
      if (blamed) job.resolve({id: idOf(job.task), line: job.task.line, error: 'Document not linted: ' + reason})
      else if (job) this.queue.unshift(job)
      this.dispatch()
    })
    return slot
  }

  private finish(slot: Slot) {
    if (slot.timer) clearTimeout(slot.timer)
    slot.timer = undefined
    slot.job = undefined
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return
      if (slot.job || slot.stopping || !slot.ready) continue
      const job = this.queue.shift()!
      slot.job = job
      if (this.options.timeout) {
        slot.timer = setTimeout(() => {
          slot.stopping = 'timed out after ' + this.options.timeout + ' ms'
          void slot.worker.terminate()
        }, this.options.timeout)
      }

      if ('bytes' in job.task) {
        // A copy of its own, handed over without another: the job keeps the original, to name the document if the worker dies.
        const bytes = new Uint8Array(job.task.bytes)
        slot.worker.postMessage({seq: job.seq, raw: {line: job.task.line, bytes}} satisfies WorkerRequest, [bytes.buffer])
      } else {
        slot.worker.postMessage({seq: job.seq, task: job.task} satisfies WorkerRequest)
      }
    }
  }

  private fail(error: Error) {
    this.failure = error
    for (const slot of this.slots) if (slot.job) slot.job.reject(error)
    for (const job of this.queue.splice(0)) job.reject(error)
    void this.close()
  }
}

/**
 * Start a worker. From the built package the worker is `worker.js`; when
 * mtlint runs from its TypeScript sources (tests, `tsx scripts/…`), the
 * worker loads tsx first so that it can import `worker.ts`.
 */
function createWorker(options: PoolOptions): Worker {
  const own = new URL(import.meta.url)
  const url = options.workerUrl ?? new URL(own.pathname.endsWith('.ts') ? './worker.ts' : './worker.js', own)
  const settings = {workerData: options.workerData, ...(options.maxHeapMb ? {resourceLimits: {maxOldGenerationSizeMb: options.maxHeapMb}} : {})}
  if (!url.pathname.endsWith('.ts')) return new Worker(url, settings)
  const code = `import('tsx/esm/api').then((api) => { api.register(); return import(${JSON.stringify(url.href)}) })`
  return new Worker(code, {...settings, eval: true})
}

/** The id of a job's document, for the error record of a worker that died on it (a raw line is parsed only then). */
function idOf(task: DocumentTask | RawLine): DocumentTask['id'] | null {
  if (!('bytes' in task)) return task.id
  const parsed = parseLine(Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength), task.line)
  return parsed.id
}
