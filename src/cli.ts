#!/usr/bin/env node
import {readFileSync} from 'node:fs'
import process from 'node:process'
import {parseArgs} from 'node:util'
import retextStringify from 'retext-stringify'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter as reporterStylish} from 'vfile-reporter'
import {checkEncoding} from './check-encoding.js'
import {firstInvalidUtf8} from './input.js'
import {languageTags, parseLanguage} from './language.js'
import type {MtlintOptions} from './preset.js'
import {getRule, ruleIds} from './registry.js'
import {reporterJson} from './reporters/json.js'
import type {RuleConfig} from './rule.js'
import {mtlintText, mtlintTextParse} from './text-linter.js'

const usage = `Usage: mtlint [options] [path | glob ...]

  Find machine-translation artefacts in French and Portuguese prose.
  With no paths, reads text from stdin.

Options:
  --lang <tag>           language of the input: ${languageTags.join(', ')} (default: detected per file)
  --format <name>        report format: stylish (default) or json (vfile-reporter-json shape, on stdout)
  --rule <id=severity>   set a rule to off, warn or error (repeatable), e.g. --rule typography=off
  --pack <rule=pack>     add a phrase pack (JSON or YAML file, or npm package mtlint-pack-*) to
                         calque, false-friend or spinner-phrase (repeatable), e.g. --pack calque=house.yaml
  --frail                exit 1 on warnings too, not only on errors
  --quiet, -q            report only files with messages
  --stdin-path <path>    path to show for text read from stdin
  --[no-]color           colour the stylish report (default: when stderr is a terminal)
  --help, -h             show this help
  --version, -v          show the version

Exit status: 0 when clean, 1 on errors (and warnings with --frail), 2 on bad usage.
Rules: ${ruleIds.join(', ')}.`

class UsageError extends Error {}

function options() {
  const {values, positionals} = parseArgs({
    allowPositionals: true,
    allowNegative: true,
    options: {
      lang: {type: 'string'},
      format: {type: 'string', default: 'stylish'},
      rule: {type: 'string', multiple: true, default: []},
      pack: {type: 'string', multiple: true, default: []},
      frail: {type: 'boolean', default: false},
      quiet: {type: 'boolean', short: 'q', default: false},
      'stdin-path': {type: 'string'},
      color: {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false},
      version: {type: 'boolean', short: 'v', default: false}
    }
  })

  if (values.format !== 'stylish' && values.format !== 'json') {
    throw new UsageError('Unknown format `' + values.format + '`: use `stylish` or `json`')
  }

  const rules: Record<string, RuleConfig> = {}
  for (const setting of values.rule) {
    const [id = '', severity = ''] = setting.split('=')
    if (!getRule(id)) throw new UsageError('Unknown rule `' + id + '` in `--rule`; mtlint has ' + ruleIds.join(', '))
    if (!['off', 'warn', 'error'].includes(severity)) throw new UsageError('Invalid severity in `--rule ' + setting + '`: use off, warn or error')
    rules[id] = severity as RuleConfig
  }

  const packs = new Map<string, string[]>()
  for (const setting of values.pack) {
    const at = setting.indexOf('=')
    const id = setting.slice(0, at)
    const rule = getRule(id)
    if (at === -1 || !rule || !('packs' in rule.meta.defaultOptions)) {
      throw new UsageError('Invalid `--pack ' + setting + '`: write `--pack <rule>=<pack>` with a rule that takes packs (calque, false-friend, spinner-phrase)')
    }

    packs.set(id, [...(packs.get(id) ?? []), setting.slice(at + 1)])
  }

  for (const [id, list] of packs) rules[id] = [(rules[id] as 'off' | 'warn' | 'error' | undefined) ?? 'warn', {packs: list}] as RuleConfig

  const settings: MtlintOptions = {rules}
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
    files = [await readStdin(values['stdin-path'])]
  }

  // unified-engine takes about 300 ms to import: only pay it when there is something to lint.
  const {engine} = await import('unified-engine')
  const json = values.format === 'json'
  const processor = unified().use(mtlintTextParse).use(retextStringify).use(checkEncoding).use(mtlintText, settings)
  const code = await new Promise<number | undefined>((resolve, reject) => {
    engine(
      {
        processor,
        files,
        extensions: ['txt', 'text'],
        cwd: process.cwd(),
        ignoreName: '.mtlintignore',
        detectIgnore: true,
        out: false,
        output: false,
        frail: values.frail,
        quiet: values.quiet,
        color: values.color ?? Boolean(json ? false : process.stderr.isTTY),
        reporter: json ? reporterJson : reporterStylish,
        streamError: json ? process.stdout : process.stderr,
        streamOut: process.stdout
      },
      (error, status) => (error ? reject(error) : resolve(status))
    )
  })
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
