import type {DocumentTask, OutputRecord} from './records.js'

/** What the pool sends a worker: one document, with the sequence number its answer carries back. */
export interface WorkerRequest {
  seq: number
  task: DocumentTask
}

export interface WorkerResponse {
  seq: number
  record: OutputRecord
}
