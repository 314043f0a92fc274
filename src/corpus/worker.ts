/**
 * The corpus worker: a thread that lints documents one at a time. Its
 * rules, lexicons and entity index are loaded once, on first use, and
 * shared by every document it gets.
 */
import {parentPort, workerData} from 'node:worker_threads'
import {createDocumentLinter, type DocumentLinterOptions} from './lint-document.js'
import type {WorkerRequest, WorkerResponse} from './protocol.js'
import {parseLine} from './records.js'

if (!parentPort) throw new Error('mtlint: src/corpus/worker.ts runs in a worker thread')
const port = parentPort
const lintDocument = createDocumentLinter(workerData as DocumentLinterOptions)

port.on('message', async (request: WorkerRequest) => {
  const task = 'raw' in request ? parseLine(Buffer.from(request.raw.bytes.buffer, request.raw.bytes.byteOffset, request.raw.bytes.byteLength), request.raw.line) : request.task
  const record = 'error' in task ? task : await lintDocument(task)
  port.postMessage({seq: request.seq, record} satisfies WorkerResponse)
})
port.postMessage({ready: true})
