import {readFileSync, readdirSync} from 'node:fs'
import type {Nodes, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import {retext} from 'retext'
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {maxBlock, splitBlocks} from '../../src/blocks.js'
import {parseDocument} from '../../src/parse.js'

const seeds = new URL('../../fixtures/corpus/seeds/', import.meta.url)
const texts = readdirSync(seeds).map((name) => readFileSync(new URL(name, seeds), 'utf8'))

function leaves(node: Nodes): Array<{value: string; position?: {start: {offset?: number}; end: {offset?: number}}}> {
  return 'children' in node ? node.children.flatMap((child) => leaves(child)) : [node]
}

describe('parseDocument', () => {
  // Paragraphs differ on purpose: retext-latin joins a line without final punctuation (a heading) to the next one,
  // mtlint keeps every line a paragraph of its own. Tokens and their places do not differ.
  it.each(texts.map((text, index) => [index, text] as const))('tokenises seed %i as retext-latin does, at the same places', (_, text) => {
    const tokens = (tree: Root) => leaves(tree).map((leaf) => [leaf.value, leaf.position?.start.offset, leaf.position?.end.offset])
    const ours = parseDocument(text)
    expect(tokens(ours)).toEqual(tokens(retext().parse(text)))
    const lines = text.split('\n').filter((line) => line.trim()).map((line) => line.trim())
    expect(ours.children.filter((child) => child.type === 'ParagraphNode').map((child) => toString(child).trim())).toEqual(lines)
  })

  it('keeps every leaf at its place in the document, across split long lines', () => {
    const sentence = 'Le recém -nascido dort, dit-on, jusqu’à 4 heures. '
    const text = 'Titre\r\n\n' + sentence.repeat(200) + '\n\nFin.'
    const tree: Root = parseDocument(text)
    expect(toString(tree)).toBe(text)
    for (const leaf of leaves(tree)) {
      expect(text.slice(leaf.position!.start.offset, leaf.position!.end.offset)).toBe(leaf.value)
    }
  })

  it('refuses binary data with the place of the first control character', () => {
    const file = new VFile({value: 'PNG\u0000\u0001\u0002data'})
    expect(() => parseDocument(String(file), file)).toThrow(/binary data \(control character U\+0000 at 1:4\)/)
  })

  it('accepts tabs, form feeds and carriage returns', () => {
    const file = new VFile({value: 'Un\ttexte\fnormal.\r\nOui.'})
    expect(() => parseDocument(String(file), file)).not.toThrow()
  })
})

describe('splitBlocks', () => {
  it('cuts long lines at sentence ends, then white space, never inside a surrogate pair', () => {
    const line = 'Une phrase assez longue pour remplir. '.repeat(200)
    const blocks = splitBlocks(line)
    expect(blocks.length).toBeGreaterThan(1)
    for (const block of blocks) {
      expect(block.end - block.start).toBeLessThanOrEqual(maxBlock)
      expect(line.slice(block.start, block.end)).toMatch(/^Une[^]*\. $/)
    }

    const emoji = '😀'.repeat(maxBlock)
    for (const block of splitBlocks(emoji)) expect((block.end - block.start) % 2).toBe(0)
  })

  it('gives each block its line and column', () => {
    expect(splitBlocks('a\n\n  b\r\nc')).toEqual([
      {start: 0, end: 1, line: 1, column: 1},
      {start: 3, end: 6, line: 3, column: 1},
      {start: 8, end: 9, line: 4, column: 1}
    ])
  })
})
