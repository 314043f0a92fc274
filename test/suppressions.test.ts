import {describe, expect, it} from 'vitest'
import {lint, type Diagnostic} from '../src/index.js'
import {project, runCli} from './helpers/cli.js'

const quoted = 'Il a parlé d’un «drame» hier soir, après sept semaines de travail.'
const money = 'Le budget atteint $3,2 milliards cette année, selon le rapport.'

function lines(diagnostics: Diagnostic[]) {
  return diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.start.line])
}

describe('suppression comments', () => {
  it('disable, enable and ignore in Markdown', async () => {
    const markdown = [
      '<!-- mtlint-disable typography -->', // 1
      '',
      quoted, // 3: typography off
      '',
      '<!-- mtlint-enable typography -->', // 5
      '',
      quoted, // 7: on again
      '',
      '<!-- mtlint-ignore -->', // 9: every rule, next node only
      money + ' ' + quoted, // 10
      '',
      money // 12
    ].join('\n')
    expect(lines(await lint(markdown, {lang: 'fr', path: 'a.md'}))).toEqual([
      ['typography', 7],
      ['typography', 7],
      ['number-format', 12]
    ])
  })

  it('disable, enable and ignore in HTML', async () => {
    const html = [
      '<body>',
      '<!-- mtlint-ignore number-format -->',
      '<p>' + money + '</p>', // 3: ignored
      '<p>' + money + '</p>', // 4
      '<!-- mtlint-disable -->',
      '<p>' + quoted + '</p>', // 6: everything off
      '<!-- mtlint-enable -->',
      '<p>' + quoted + '</p>', // 8
      '</body>'
    ].join('\n')
    expect(lines(await lint(html, {lang: 'fr', path: 'a.html'}))).toEqual([
      ['number-format', 4],
      ['typography', 8],
      ['typography', 8]
    ])
  })

  it('works in plain text with comment lines, which are not reported themselves', async () => {
    const text = [quoted, '<!-- mtlint-disable typography number-format -->', quoted, money, '<!-- mtlint-enable number-format -->', quoted, money, '<!-- mtlint-ignore -->', '', money, money].join('\n')
    expect(lines(await lint(text, {lang: 'fr'}))).toEqual([
      ['typography', 1],
      ['typography', 1],
      ['number-format', 7],
      ['number-format', 11]
    ])
  })

  it('accepts the remark-lint form `mtlint disable`', async () => {
    expect(await lint('<!-- mtlint disable typography -->\n' + quoted, {lang: 'fr', path: 'a.md'})).toEqual([])
  })

  it('warns about rules it does not know, and fails on an unknown keyword', async () => {
    expect(await lint('<!-- mtlint-disable typografy -->\n\n' + quoted, {lang: 'fr', path: 'a.md'})).toContainEqual(
      expect.objectContaining({ruleId: 'known', message: "Cannot disable `'typografy'`, it’s not known"})
    )
    await expect(lint('<!-- mtlint-silence typography -->\n\n' + quoted, {lang: 'fr', path: 'a.md'})).rejects.toThrow('Unknown keyword `silence`')
  })

  it('work from the command line', () => {
    const root = project({'a.md': '<!-- mtlint-disable typography -->\n\n' + quoted + '\n', 'b.txt': '<!-- mtlint-disable -->\n' + quoted + '\n'})
    const run = runCli(['--frail', '--lang', 'fr', 'a.md', 'b.txt'], root)
    expect(run).toMatchObject({code: 0})
    expect(run.stderr).not.toContain('warning')
  })
})
