import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {parseLine} from '../../src/corpus/records.js'

const line = (text: string) => parseLine(Buffer.from(text), 7)

describe('parseLine', () => {
  it('reads a document, with or without `lang` and `id`', () => {
    expect(line('{"id": "a", "text": "Bonjour", "lang": "pt-br"}')).toEqual({id: 'a', line: 7, text: 'Bonjour', lang: 'pt-BR'})
    expect(line('{"id": 12, "text": "x"}')).toEqual({id: 12, line: 7, text: 'x', lang: undefined})
    expect(line('{"text": "x", "lang": null}')).toEqual({id: null, line: 7, text: 'x', lang: undefined})
  })

  it('keeps lone surrogates and control characters as JSON gives them', () => {
    expect(line('{"id": "s", "text": "a\\ud800b\\u0001"}')).toMatchObject({text: 'a\ud800b\u0001'})
  })

  it('turns every bad line into an error record', () => {
    expect(line('{"id": "a", ')).toMatchObject({id: null, line: 7, error: expect.stringMatching(/^Malformed JSON/)})
    expect(line('[1, 2]')).toMatchObject({id: null, error: expect.stringContaining('not an array')})
    expect(line('"text"')).toMatchObject({id: null, error: expect.stringContaining('not a string')})
    expect(line('{"id": "a"}')).toEqual({id: 'a', line: 7, error: 'Missing `text`'})
    expect(line('{"id": "a", "text": 3}')).toEqual({id: 'a', line: 7, error: 'Invalid `text`: expected a string, not a number'})
    expect(line('{"id": {}, "text": "x"}')).toMatchObject({id: null, error: 'Invalid `id`: expected a string or a number'})
    expect(line('{"id": "a", "text": "x", "lang": "de"}')).toMatchObject({id: 'a', error: expect.stringContaining('Unsupported language `de`')})
    expect(parseLine(Buffer.from([0x7b, 0xff, 0x7d]), 1)).toEqual({id: null, line: 1, error: 'Line is not valid UTF-8 (bad byte at offset 1)'})
  })
})

describe('parseLine on arbitrary bytes', () => {
  it('never throws, and gives a task or an error record for that line', () => {
    const bytes = fc.oneof(
      fc.uint8Array({maxLength: 200}).map((array) => Buffer.from(array)),
      fc.record({id: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object()), text: fc.oneof(fc.string({unit: 'binary'}), fc.integer(), fc.constant(undefined)), lang: fc.oneof(fc.constantFrom('fr', 'pt', 'PT-br', 'de', ''), fc.constant(undefined))}).map((value) => Buffer.from(JSON.stringify(value))),
      fc.json().map((value) => Buffer.from(value))
    )
    fc.assert(
      fc.property(bytes, fc.integer({min: 1}), (value, number) => {
        const result = parseLine(value, number)
        expect(result.line).toBe(number)
        if ('error' in result) expect(typeof result.error).toBe('string')
        else expect(typeof result.text).toBe('string')
      }),
      {numRuns: 500}
    )
  })
})
