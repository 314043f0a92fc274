import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {describe, expect, it} from 'vitest'
import {applyEdits, chooseEdits, editOf} from '../src/fix/apply.js'

/** A message over `actual` (its first occurrence at or after `from`) with these replacements. */
function message(value: string, actual: string, expected: string[], ruleId = 'rule', from = 0): VFileMessage {
  const file = new VFile(value)
  const start = value.indexOf(actual, from)
  const result = file.message('x', {place: {start: {line: 1, column: start + 1, offset: start}, end: {line: 1, column: start + actual.length + 1, offset: start + actual.length}}, ruleId})
  result.actual = actual
  result.expected = expected
  return result
}

describe('fixes', () => {
  it('take only messages with exactly one replacement whose text is still in place', () => {
    const value = 'A meia -noite, o dash.'
    expect(editOf(message(value, 'meia -noite', ['meia-noite']), value)).toMatchObject({start: 2, end: 13, text: 'meia-noite'})
    expect(editOf(message(value, 'dash', ['sprint', 'corrida']), value)).toBeUndefined()
    expect(editOf(message(value, 'dash', []), value)).toBeUndefined()
    expect(editOf(message(value, 'dash', ['sprint']), 'A meia-noite, o rush.')).toBeUndefined()
  })

  it('delete a word with one space beside it, and a whole line with its line break', () => {
    const value = 'o software program, e mais.\nLaisser un commentaire\nFim.'
    const edits = chooseEdits([message(value, 'program', ['']), message(value, 'Laisser un commentaire', [''])], value)
    expect(applyEdits(value, edits)).toBe('o software, e mais.\nFim.')
  })

  it('resolve overlaps the same way whatever the order of the messages', () => {
    const value = 'um recém -nascido dash'
    const messages = [message(value, 'recém -nascido', ['recém-nascido'], 'broken-hyphenation'), message(value, '-nascido dash', ['nascido sprint'], 'other'), message(value, 'dash', ['sprint'], 'leaked-english')]
    const forward = applyEdits(value, chooseEdits(messages, value))
    const backward = applyEdits(value, chooseEdits([...messages].reverse(), value))
    expect(forward).toBe('um recém-nascido sprint')
    expect(backward).toBe(forward)
  })
})
