import type {Writable} from 'node:stream'

/**
 * A one-line progress bar for a terminal: documents, documents a second,
 * MB a second, and, when the input size is known, a bar and the time left.
 * Redrawn at most five times a second.
 */
export class Progress {
  private readonly stream: Writable & {columns?: number}
  private readonly total: number | undefined
  private readonly started = performance.now()
  private drawn = 0
  private documents = 0
  private bytes = 0

  constructor(stream: Writable, totalBytes: number | undefined) {
    this.stream = stream
    this.total = totalBytes
  }

  /** Count input bytes read. */
  read(bytes: number) {
    this.bytes += bytes
    this.draw(false)
  }

  /** Count a document done. */
  done() {
    this.documents++
    this.draw(false)
  }

  /** Draw the final figures and end the line. */
  finish() {
    this.draw(true)
    this.stream.write('\n')
  }

  /** Clear the line (before other messages). */
  clear() {
    this.stream.write('\r\u001B[K')
  }

  private draw(force: boolean) {
    const now = performance.now()
    if (!force && now - this.drawn < 200) return
    this.drawn = now
    this.stream.write('\r\u001B[K' + progressLine(this.documents, this.bytes, (now - this.started) / 1000, this.total, this.stream.columns ?? 80))
  }
}

/** The text of the progress line. */
export function progressLine(documents: number, bytes: number, seconds: number, total: number | undefined, columns: number): string {
  const elapsed = Math.max(seconds, 0.001)
  const figures = `${documents} docs  ${(documents / elapsed).toFixed(1)} docs/s  ${(bytes / 1e6 / elapsed).toFixed(2)} MB/s`
  if (!total) return figures.slice(0, columns - 1)
  const share = Math.min(1, bytes / total)
  const left = share > 0 ? (elapsed * (1 - share)) / share : Number.NaN
  const tail = `  ${(share * 100).toFixed(1)} %  ETA ${duration(left)}`
  const width = Math.max(0, Math.min(30, columns - figures.length - tail.length - 4))
  const bar = width > 0 ? '[' + '#'.repeat(Math.round(share * width)).padEnd(width, '.') + '] ' : ''
  return (bar + figures + tail).slice(0, columns - 1)
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--'
  const whole = Math.round(seconds)
  const hours = Math.floor(whole / 3600)
  const minutes = Math.floor((whole % 3600) / 60)
  const rest = String(whole % 60).padStart(2, '0')
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`
}
