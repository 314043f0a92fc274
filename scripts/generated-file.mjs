// Shared by the scripts that generate committed data: write the file, or with --check only
// compare it and exit 1 when it is stale. The tests in test/generated-data.test.ts do the same.
import {readFileSync, writeFileSync} from 'node:fs'

/** Write `output` to `target`, or check it with `--check`; `rebuild` is the command to tell the user. */
export function writeOrCheck(target, output, rebuild) {
  if (!process.argv.includes('--check')) return writeFileSync(target, output)
  if (readFileSync(target, 'utf8') !== output) {
    console.error(target + ' is stale: run ' + rebuild)
    process.exit(1)
  }
}
