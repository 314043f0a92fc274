import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

/** The CLI as users run it: the built file (npm test builds first). */
export const cliPath = fileURLToPath(new URL('../../dist/src/cli.js', import.meta.url))

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Run the built CLI in `cwd`, with `input` on stdin. */
export function runCli(args: string[], cwd: string, input?: string | Buffer): CliRun {
  const run = spawnSync(process.execPath, [cliPath, ...args], {input, encoding: 'utf8', cwd, maxBuffer: 1 << 28})
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

/** A fresh temporary directory with the given files (paths relative to it, directories made). */
export function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'mtlint-project-'))
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name)
    mkdirSync(dirname(path), {recursive: true})
    writeFileSync(path, content)
  }

  return root
}
