import {Writable} from 'node:stream'
import {describe, expect, it} from 'vitest'
import {Progress, progressLine} from '../../src/corpus/progress.js'

describe('progressLine', () => {
  it('shows documents, documents/s and MB/s, with a bar and ETA when the size is known', () => {
    expect(progressLine(100, 2_000_000, 4, undefined, 80)).toBe('100 docs  25.0 docs/s  0.50 MB/s')
    const line = progressLine(100, 2_000_000, 4, 8_000_000, 100)
    expect(line).toMatch(/^\[#+\.+\] 100 docs {2}25\.0 docs\/s {2}0\.50 MB\/s {2}25\.0 % {2}ETA 0:12$/)
    expect(progressLine(0, 0, 0, 10, 100)).toContain('ETA --:--')
    expect(progressLine(5, 1, 3700, 2, 200)).toContain('ETA 1:01:40')
  })

  it('fits the terminal', () => {
    expect(progressLine(100, 2_000_000, 4, 8_000_000, 30).length).toBeLessThan(30)
  })
})

describe('Progress', () => {
  it('redraws the line in place and ends it when finished', () => {
    let written = ''
    const stream = new Writable({write(chunk, _, callback) { written += chunk; callback() }})
    const progress = new Progress(stream, undefined)
    progress.read(1000)
    progress.done()
    progress.finish()
    expect(written.startsWith('\r\u001B[K')).toBe(true)
    expect(written).toMatch(/1 docs .*\n$/)
  })
})
