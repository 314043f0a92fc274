import {defineConfig} from 'vitest/config'

// The pre-commit test installs the hook with npm and builds it twice: it
// runs alone, after the others, so its load does not slow them down.
const alone = ['test/pre-commit.test.ts']

export default defineConfig({
  test: {
    testTimeout: 60_000,
    projects: [
      {extends: true, test: {name: 'mtlint', include: ['test/**/*.test.ts', 'rules/**/*.test.ts'], exclude: alone}},
      {extends: true, test: {name: 'pre-commit', include: alone, sequence: {groupOrder: 1}}}
    ]
  }
})
