#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import process from 'node:process'
import {createUnifiedLanguageServer} from 'unified-language-server'
import {languageServerProcessor} from './language-server-processor.js'

const usage = `Usage: mtlint-language-server [--stdio | --node-ipc | --socket=<port> | --pipe=<name>]

  A language server (LSP) for mtlint: diagnostics on open and change, quick fixes.
  Talks over stdio unless told otherwise; editors start it themselves.`

const argv = process.argv.slice(2)
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(usage + '\n')
} else if (argv.includes('--version') || argv.includes('-v')) {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  process.stdout.write(manifest.version + '\n')
} else {
  // vscode-languageserver reads the transport from the arguments and throws
  // without one; stdio is what every editor but VS Code is configured with.
  if (!argv.some((arg) => /^--(stdio|node-ipc|socket|pipe)\b/.test(arg))) process.argv.push('--stdio')

  // unified-language-server loads `processorName` from the workspace; naming
  // our own module by URL means the processor is always this package's, never
  // a copy of mtlint (maybe another version) installed in the workspace, and
  // never the fallback with its warning on every check.
  createUnifiedLanguageServer({
    processorName: new URL('language-server-processor.js', import.meta.url).href,
    processorSpecifier: 'languageServerProcessor',
    defaultProcessor: languageServerProcessor,
    configurationSection: 'mtlint',
    ignoreName: '.mtlintignore'
  })
}
