import fc from 'fast-check'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import {describe, expect, it} from 'vitest'
import {toDiagnostic, type Diagnostic} from '../../src/diagnostic.js'
import {createProcessor} from '../../src/processor.js'
import {ruleIds} from '../../src/registry.js'
import {language, text} from './arbitraries.js'

// Every rule alone, then all of them together, on arbitrary text: no exception
// (binary data is refused, by design), every span inside the text, `actual`
// equal to the text it points at, line and column matching the offset, and
// the same answer every time.
const processors = new Map<string, ReturnType<typeof createProcessor>>()

function processorFor(rule: string | undefined, lang: string) {
  const key = (rule ?? '*') + ' ' + lang
  let processor = processors.get(key)
  if (!processor) {
    const rules = rule ? Object.fromEntries(ruleIds.map((id) => [id, id === rule ? 'warn' : 'off'] as const)) : {}
    processor = createProcessor({lang, rules})
    processors.set(key, processor)
  }

  return processor
}

async function diagnose(rule: string | undefined, lang: string, value: string): Promise<Diagnostic[] | 'binary'> {
  const processor = processorFor(rule, lang)
  const file = new VFile({value})
  try {
    await processor.run(processor.parse(file), file)
  } catch (error) {
    if ((error as {ruleId?: string}).ruleId === 'binary') return 'binary'
    throw error
  }

  return file.messages.map((message) => toDiagnostic(message, value))
}

function check(value: string, diagnostics: Diagnostic[]) {
  const place = location(value)
  for (const diagnostic of diagnostics) {
    const {start, end} = diagnostic
    expect(0 <= start.offset && start.offset <= end.offset && end.offset <= value.length, JSON.stringify(diagnostic)).toBe(true)
    if (diagnostic.actual !== undefined) expect(diagnostic.actual, diagnostic.ruleId).toBe(value.slice(start.offset, end.offset))
    if (diagnostic.category) {
      expect({line: start.line, column: start.column}, diagnostic.ruleId).toEqual(pick(place.toPoint(start.offset)))
      expect({line: end.line, column: end.column}, diagnostic.ruleId).toEqual(pick(place.toPoint(end.offset)))
    }
  }
}

const pick = (point: {line: number; column: number} | undefined) => ({line: point?.line, column: point?.column})

async function property(rule: string | undefined, runs: number) {
  await fc.assert(
    fc.asyncProperty(text, language, async (value, lang) => {
      const first = await diagnose(rule, lang, value)
      if (first !== 'binary') check(value, first)
      expect(await diagnose(rule, lang, value)).toEqual(first)
    }),
    {numRuns: runs}
  )
}

describe('every rule on arbitrary text', () => {
  for (const rule of ruleIds) it(rule, () => property(rule, 40))
})

describe('the whole pipeline on arbitrary text', () => {
  it('every rule together', () => property(undefined, 60), 300_000)
})
