#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import {resolve} from 'node:path'
import process from 'node:process'
import {parseArgs} from 'node:util'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter as reporterStylish} from 'vfile-reporter'
import {checkEncoding} from './check-encoding.js'
import {firstInvalidUtf8} from './input.js'
import {languageTags, parseLanguage} from './language.js'
import type {ConfigOverrides} from './config/merge.js'
import {mtlintConfigured, mtlintSettle} from './configured.js'
import {getRule, ruleIds} from './registry.js'
import {reporterJson} from './reporters/json.js'
import {reporterSarif} from './reporters/sarif.js'
import type {Severity} from './rule.js'
import {sourceExtensions} from './sources/kind.js'
import {mtlintTextParse} from './text-linter.js'

const usage = `Usage: mtlint [options] [path | glob ...]
       mtlint corpus [options] [file.jsonl ...]   (score a JSON Lines corpus; mtlint corpus --help)

  Find machine-translation artefacts in French and Portuguese prose.
  With no paths, reads text from stdin.

Options:
  --lang <tag>           language of the input: ${languageTags.join(', ')} (default: detected per file)
  --format <name>        report format: stylish (default, on stderr), json (vfile-reporter-json shape)
                         or sarif (SARIF 2.1.0, for code scanning), both on stdout
  --rule <id=severity>   set a rule to off, warn or error (repeatable), e.g. --rule typography=off
  --pack <rule=pack>     add a phrase pack (JSON or YAML file, or npm package mtlint-pack-*) to
                         calque, false-friend or spinner-phrase (repeatable), e.g. --pack calque=house.yaml
  --fix                  apply the replacement of each problem that has exactly one, writing files
                         in place; with stdin, print the fixed text on stdout (report on stderr)
  --frail                exit 1 on warnings too, not only on errors
  --quiet, -q            report only files with messages
  --stdin-path <path>    path of text read from stdin: shown in the report, and giving its
                         configuration and syntax (x.md, x.html)
  --[no-]color           colour the stylish report (default: when stderr is a terminal)
  --help, -h             show this help
  --version, -v          show the version

Configuration: the nearest .mtlintrc (JSON or YAML), .mtlintrc.json, .mtlintrc.yaml, .mtlintrc.yml
or package.json "mtlint" field, from each file's directory up; flags win over it.
Files: .md/.markdown (Markdown), .html/.htm (HTML), anything else plain text.
Suppress: <!-- mtlint-disable|enable|ignore [rule ...] --> (alone on its line in plain text).

Exit status: 0 when clean, 1 on errors (and warnings with --frail), 2 on bad usage.
Rules: ${ruleIds.join(', ')}.`

class UsageError extends Error {}

const formats = ['stylish', 'json', 'sarif']

function options() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      lang: {type: 'string'},
      format: {type: 'string', default: 'stylish'},
      rule: {type: 'string', multiple: true, default: []},
      pack: {type: 'string', multiple: true, default: []},
      fix: {type: 'boolean', default: false},
      frail: {type: 'boolean', default: false},
      quiet: {type: 'boolean', short: 'q', default: false},
      'stdin-path': {type: 'string'},
      color: {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false},
      version: {type: 'boolean', short: 'v', default: false}
    }
  })

  if (!formats.includes(values.format)) {
    throw new UsageError('Unknown format `' + values.format + '`: use `stylish`, `json` or `sarif`')
  }

  const rules: Record<string, Severity> = {}
  for (const setting of values.rule) {
    const [id = '', severity = ''] = setting.split('=')
    if (!getRule(id)) throw new UsageError('Unknown rule `' + id + '` in `--rule`; mtlint has ' + ruleIds.join(', '))
    if (!['off', 'warn', 'error'].includes(severity)) throw new UsageError('Invalid severity in `--rule ' + setting + '`: use off, warn or error')
    rules[id] = severity as Severity
  }

  const packs: Record<string, string[]> = {}
  for (const setting of values.pack) {
    const at = setting.indexOf('=')
    const id = setting.slice(0, at)
    const rule = getRule(id)
    if (at === -1 || !rule || !('packs' in rule.meta.defaultOptions)) {
      throw new UsageError('Invalid `--pack ' + setting + '`: write `--pack <rule>=<pack>` with a rule that takes packs (calque, false-friend, spinner-phrase)')
    }

    // Relative to the working directory, as the user typed it (packs in configuration files are relative to the file).
    const pack = setting.slice(at + 1)
    ;(packs[id] ??= []).push(/\.(?:json|ya?ml)$/iu.test(pack) ? resolve(pack) : pack)
  }

  const settings: ConfigOverrides = {rules, packs}
  if (values.lang !== undefined) {
    try {
      settings.lang = parseLanguage(values.lang, '--lang')
    } catch (error) {
      throw new UsageError((error as Error).message)
    }
  }

  return {values, positionals, settings}
}

async function readStdin(path: string | undefined): Promise<VFile> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  const bytes = Buffer.concat(chunks)
  const bad = firstInvalidUtf8(bytes)
  if (bad !== undefined) throw new UsageError('Cannot lint stdin: it is not valid UTF-8 (bad byte at offset ' + bad + ')')
  return new VFile({value: bytes.toString('utf8'), path: path ?? '<stdin>'})
}

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {version: string}
  return manifest.version
}

async function main() {
  const {values, positionals, settings} = options()
  if (values.help) return void process.stdout.write(usage + '\n')
  if (values.version) return void process.stdout.write(version() + '\n')

  let files: Array<string | VFile> = positionals
  if (files.length === 0) {
    if (process.stdin.isTTY) throw new UsageError('No input: pass files or globs, or pipe text on stdin\n\n' + usage)
    if (values.fix && values.format !== 'stylish') throw new UsageError('Cannot use `--fix` on stdin with `--format ' + values.format + '`: the fixed text goes to stdout; use `--format stylish` (on stderr)')
    files = [await readStdin(values['stdin-path'])]
  }

  const stdin = files[0] instanceof VFile ? files[0] : undefined

  // unified-engine takes about 300 ms to import: only pay it when there is something to lint.
  const {engine} = await import('unified-engine')
  const onStdout = values.format !== 'stylish'
  const manifestVersion = version()
  const reporter = values.format === 'json' ? reporterJson : values.format === 'sarif' ? (files: VFile[], options: {silent?: boolean | null}) => reporterSarif(files, {...options, version: manifestVersion}) : reporterStylish
  const processor = unified().use(mtlintTextParse).use(retextStringify).use(checkEncoding).use(mtlintConfigured, {overrides: settings, fix: values.fix ? (stdin ? 'data' : 'write') : undefined}).use(mtlintSettle)
  const code = await new Promise<number | undefined>((resolve, reject) => {
    engine(
      {
        processor,
        files,
        extensions: Object.values(sourceExtensions).flat(),
        cwd: process.cwd(),
        ignoreName: '.mtlintignore',
        detectIgnore: true,
        // Hooks (pre-commit, lint-staged) name every staged file: one the ignore file lists is skipped, as in a directory.
        silentlyIgnore: true,
        out: false,
        output: false,
        frail: values.frail,
        quiet: values.quiet,
        color: values.color ?? Boolean(onStdout ? false : process.stderr.isTTY),
        reporter,
        streamError: onStdout ? process.stdout : process.stderr,
        streamOut: process.stdout
      },
      (error, status) => (error ? reject(error) : resolve(status))
    )
  })
  if (stdin?.data.mtlintFixed !== undefined) process.stdout.write(stdin.data.mtlintFixed)
  process.exitCode = code ?? 0
}

try {
  if (process.argv[2] === 'corpus') {
    const {corpusCommand} = await import('./corpus/command.js')
    process.exitCode = await corpusCommand(process.argv.slice(3))
  } else await main()
} catch (error) {
  const usageError = error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
  process.stderr.write('mtlint: ' + (error instanceof Error ? error.message : String(error)) + '\n')
  process.exitCode = usageError ? 2 : 1
}
