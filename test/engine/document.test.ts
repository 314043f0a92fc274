import {readFileSync, readdirSync} from 'node:fs'
import type {Root} from 'nlcst'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {documentContext, textContext, type DocumentContext} from '../../src/document.js'
import {parseDocument} from '../../src/parse.js'
import {wordsOf} from '../../src/words.js'

const directories = ['corpus/seeds', 'clean/fr', 'clean/pt-BR', 'clean/pt-PT'].map((path) => new URL('../../fixtures/' + path + '/', import.meta.url))
const texts = directories.flatMap((directory) =>
  readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [name, readFileSync(new URL(name, directory), 'utf8')] as const)
)

const edgeCases: Array<readonly [string, string]> = [
  ['white space of every kind around lines', '\u00a0 Titre\u202f\n\t- une liste  \r\n\ufeff• puce\u2003\n\u0085\n\u0085mot\u0085\n\n   \n'],
  ['punctuation and symbols only', '…\n« » — ; ?\n***\n'],
  ['control characters and lone surrogates', 'a\u0001b \ud800 c\u0007\nfin\udc00.'],
  ['a long line cut into blocks', ('Le recém -nascido dort, dit-on, jusqu’à 4 heures. ').repeat(120)],
  ['empty', '']
]

const segments = (context: DocumentContext) => context.segments.map(({text, start, end, wholeLine}) => ({text, start, end, wholeLine}))
const words = (context: DocumentContext) => wordsOf(context).map(({value, start, end, sentenceStart, titleCased, markedCase, hasDigit}) => ({value, start, end, sentenceStart, titleCased, markedCase, hasDigit}))

describe('textContext', () => {
  // Plain text is not parsed into nlcst: its segments must be exactly what the tree would give, or rules would see other text.
  it.each([...texts, ...edgeCases])('gives the segments and words of the parsed tree: %s', (_, text) => {
    const file = new VFile(text)
    const parsed = documentContext(parseDocument(text), file, 'fr')
    const tree: Root = {type: 'RootNode', children: []}
    const plain = textContext(tree, file, 'fr')
    expect(segments(plain)).toEqual(segments(parsed))
    expect(words(plain)).toEqual(words(parsed))
    for (const segment of plain.segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text)
  })

  it('is the context rules get for the tree it was built on', () => {
    const file = new VFile('Un texte.')
    const tree: Root = {type: 'RootNode', children: []}
    const context = textContext(tree, file, 'fr')
    expect(context.segments.map((segment) => segment.text)).toEqual(['Un texte.'])
    expect(documentContext(tree, file, 'fr')).toBe(context)
  })
})
