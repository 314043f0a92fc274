import {describe, expect, it} from 'vitest'
import {lint, type Diagnostic} from '../src/index.js'
import {sourceKind} from '../src/sources/kind.js'
import {project, runCli} from './helpers/cli.js'

const markdown = `---
title: Un «test» rapide: démo
tags: [meia -noite]
---

# Le Guide De Démarrage Rapide

Il a parlé d’un «drame» hier soir, après sept semaines de *travail* intense.

Lancez la commande \`npm install --save-dev «x»\` puis ouvrez https://example.com/guide-rapide/page pour voir.

\`\`\`js
const x = "«drame» $3,2 milliards"
\`\`\`

Voir <https://example.org/path_with-stuff> et [le site](https://example.net/a-b) pour la suite du texte.

<div>
«bloc» HTML
</div>

Le budget atteint $3,2 milliards cette année.

| Option | Description |
|---|---|
| Mode Rapide | Installe Tout «vite» |
`

const html = `<!doctype html>
<html><head><title>Le «titre»</title><style>p{content:"«x»"}</style></head><body>
<h1>Le Guide De Démarrage Rapide</h1>
<p>Il a parlé d’un «drame» hier soir, après sept semaines de <em>travail</em> intense &amp; rapide.</p>
<pre><code>const x = "«drame» $3,2 milliards"</code></pre><script>var a = "«drame»"</script>
<p>Lancez <code>npm «i»</code> puis https://example.com/x-y pour voir la suite, $3,2 milliards.</p>
</body></html>
`

function summary(diagnostics: Diagnostic[]) {
  return diagnostics.map((diagnostic) => [diagnostic.ruleId, diagnostic.start.line, diagnostic.actual])
}

describe('sources', () => {
  it('tells Markdown, HTML and plain text apart by extension', () => {
    expect(['a.md', 'b.MARKDOWN', 'c.html', 'd.htm', 'e.txt', 'f', undefined].map(sourceKind)).toEqual(['markdown', 'markdown', 'html', 'html', 'text', 'text', 'text'])
  })

  it('lints the prose of Markdown only: not code, front matter, HTML, URLs or tables', async () => {
    const diagnostics = await lint(markdown, {lang: 'fr', path: 'guide.md'})
    expect(summary(diagnostics)).toEqual([
      ['typography', 6, 'Guide De Démarrage Rapide'],
      ['typography', 8, '«'],
      ['typography', 8, '»'],
      ['number-format', 22, '$3,2 milliards']
    ])
    for (const diagnostic of diagnostics) expect(markdown.slice(diagnostic.start.offset, diagnostic.end.offset)).toBe(diagnostic.actual)
  })

  it('lints the prose of HTML only: not code, scripts, styles or the head', async () => {
    const diagnostics = await lint(html, {lang: 'fr', path: 'page.html'})
    expect(summary(diagnostics)).toEqual([
      ['typography', 3, 'Guide De Démarrage Rapide'],
      ['typography', 4, '«'],
      ['typography', 4, '»'],
      ['number-format', 6, '$3,2 milliards']
    ])
    for (const diagnostic of diagnostics) expect(html.slice(diagnostic.start.offset, diagnostic.end.offset)).toBe(diagnostic.actual)
  })

  it('detects the language on the prose, not on the code', async () => {
    const code = '```js\n' + '// Read the configuration file and return the settings for this project.\nconst settings = readConfiguration(path)\n'.repeat(20) + '```\n'
    const text = code + '\nIl a parlé d’un «drame» hier soir, après sept semaines de travail intense.\n'
    expect(summary(await lint(text, {path: 'notes.md'}))).toEqual([
      ['typography', 44, '«'],
      ['typography', 44, '»']
    ])
    expect(await lint('```\nconst x = 1\n```\n', {path: 'code.md'})).toMatchObject([{ruleId: 'empty', message: 'No words in this file, nothing to lint'}])
  })

  it('takes the syntax from `syntax` over the path', async () => {
    expect(summary(await lint('Il a parlé d’un «drame» hier soir, après sept semaines de `travail` intense.', {lang: 'fr', syntax: 'markdown'}))).toHaveLength(2)
    await expect(lint('Un texte.', {syntax: 'rst' as never})).rejects.toThrow('Unknown syntax `rst`')
  })
})

describe('sources from the command line', () => {
  it('finds Markdown and HTML files in directories and reports places in the original files', () => {
    const root = project({'docs/guide.md': markdown, 'docs/page.html': html, 'docs/notes.txt': 'Il a parlé d’un «drame» hier soir, après sept semaines de travail.\n', 'docs/image.png': 'x'})
    const run = runCli(['--lang', 'fr', '--format', 'json', 'docs'], root)
    const files = JSON.parse(run.stdout) as Array<{path: string; messages: Array<{actual: string; place: {start: {offset: number}; end: {offset: number}}}>}>
    expect(files.map((file) => [file.path, file.messages.length])).toEqual([
      ['docs/guide.md', 4],
      ['docs/notes.txt', 2],
      ['docs/page.html', 4]
    ])
    for (const file of files) {
      const source = file.path.endsWith('.md') ? markdown : file.path.endsWith('.html') ? html : undefined
      for (const message of source ? file.messages : []) expect(source!.slice(message.place.start.offset, message.place.end.offset)).toBe(message.actual)
    }
  })
})
