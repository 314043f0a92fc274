import type {DocumentTask, OutputRecord} from './records.js'

/** An input line as read, not yet parsed: the worker decodes and parses it, so the reading thread only splits lines. */
export interface RawLine {
  line: number
  bytes: Uint8Array
}

/** What the pool sends a worker: one document (parsed, or a raw line), with the sequence number its answer carries back. */
export type WorkerRequest = {seq: number; task: DocumentTask} | {seq: number; raw: RawLine}

export interface WorkerResponse {
  seq: number
  record: OutputRecord
}
