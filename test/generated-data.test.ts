import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {render as renderHyphenElements} from '../scripts/build-hyphen-elements.mjs'
import {render as renderSpinnerPack} from '../scripts/build-spinner-pack.js'

// Generated data is committed beside the script that makes it; these fail when the two disagree.
describe('generated data', () => {
  it('rules/broken-hyphenation/elements.ts is what scripts/build-hyphen-elements.mjs makes', () => {
    expect(readFileSync(new URL('../rules/broken-hyphenation/elements.ts', import.meta.url), 'utf8')).toBe(renderHyphenElements())
  })

  it('rules/leaked-english/spinner.ts is what scripts/build-spinner-pack.ts makes', () => {
    expect(readFileSync(new URL('../rules/leaked-english/spinner.ts', import.meta.url), 'utf8')).toBe(renderSpinnerPack())
  })
})
