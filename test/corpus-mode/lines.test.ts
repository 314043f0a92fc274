import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {splitLines, type InputLine} from '../../src/corpus/lines.js'

async function collect(chunks: Array<string | Buffer>, max = 1000): Promise<InputLine[]> {
  const lines: InputLine[] = []
  for await (const line of splitLines((async function* () { yield* chunks })(), max)) lines.push(line)
  return lines
}

const show = (lines: InputLine[]) => lines.map((item) => ('bytes' in item ? [item.line, item.bytes.toString('utf8')] : [item.line, item.oversized]))

describe('splitLines', () => {
  it('splits on line feeds, drops carriage returns, skips empty lines but counts them', async () => {
    expect(show(await collect(['a\r\nb', 'c\n\nd']))).toEqual([[1, 'a'], [2, 'bc'], [4, 'd']])
  })

  it('skips a line over the limit as it streams by, and reports its size', async () => {
    expect(show(await collect(['ab\n', '0123', '4567', '89\nc'], 5))).toEqual([[1, 'ab'], [2, 10], [3, 'c']])
  })

  it('gives the same lines however the input is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({unit: 'binary'}).map((part) => part.replaceAll('\n', '')), {maxLength: 20}), fc.array(fc.nat(), {maxLength: 10}), async (parts, cuts) => {
        const bytes = Buffer.from(parts.join('\n'))
        const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b)
        const chunks = [0, ...points].map((start, index, all) => bytes.subarray(start, all[index + 1] ?? bytes.length))
        const expected = parts.map((part, index) => [index + 1, part.replace(/\r$/, '')]).filter(([, part]) => part !== '')
        expect(show(await collect(chunks, 1 << 20))).toEqual(expected)
      })
    )
  })
})
