import {readFileSync, readdirSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lint} from '../../src/lint.js'

// Longer texts per rule (fixtures/rules/<id>/*.txt): realistic pages with artefacts and their correct neighbours.
const root = new URL('../../fixtures/rules/', import.meta.url)
const fixtures = readdirSync(root).flatMap((id) =>
  readdirSync(new URL(id + '/', root))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({id, name: id + '/' + name, text: readFileSync(new URL(id + '/' + name, root), 'utf8')}))
)

describe('rule fixtures', () => {
  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_, fixture) => {
    const diagnostics = await lint(fixture.text)
    expect(diagnostics.some((diagnostic) => diagnostic.ruleId === fixture.id), 'the fixture exercises its rule').toBe(true)
    for (const diagnostic of diagnostics) expect(fixture.text.slice(diagnostic.start.offset, diagnostic.end.offset)).toBe(diagnostic.actual)
    expect(diagnostics.map((diagnostic) => `${diagnostic.start.line}:${diagnostic.start.column} ${diagnostic.ruleId} ${JSON.stringify(diagnostic.actual)} → ${JSON.stringify(diagnostic.expected)}`)).toMatchSnapshot()
  })
})
