import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {render} from '../../scripts/build-entities.js'

// The data is committed beside the script that makes it; this fails when the two disagree
// (run `npx tsx scripts/build-entities.ts` after changing the curated lists or the sources).
describe('generated entity data', () => {
  it('src/entities/data/entities.ts is what scripts/build-entities.ts makes', async () => {
    expect(readFileSync(new URL('../../src/entities/data/entities.ts', import.meta.url), 'utf8')).toBe(await render())
  })
})
