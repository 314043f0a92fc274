import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import process from 'node:process'
import {parseArgs} from 'node:util'
import {languageTags, parseLanguage} from '../language.js'
import {getRule, ruleIds} from '../registry.js'
import type {RuleConfig} from '../rule.js'
import {defaultMaxLineBytes, runCorpus, type CorpusOptions} from './run.js'

export const corpusUsage = `Usage: mtlint corpus [options] [file.jsonl ...]

  Score every document of a JSON Lines corpus ({"id", "text", "lang"?} per line) and write
  one JSON line per input line, in input order, to stdout:
  {"id", "line", "lang", "words", "counts": {category: n}, "score", "diagnostics"?}, or
  {"id", "line", "error"} for a line that cannot be scored. With no files, or "-", reads stdin;
  ".gz" files are decompressed.

Options:
  --lang <tag>            language of documents whose line has no "lang": ${languageTags.join(', ')}
                          (default: detected per document)
  --workers <n>           worker threads (default: ${availableParallelism()}, the cores of this machine)
  --max-score <score>     write only documents scoring at most this (error records are always written)
  --resume-from <n>       skip the first n input lines (an interrupted run says where it stopped)
  --diagnostics           put each document's diagnostics in its record
  --rule <id=severity>    set a rule to off, warn or error (repeatable)
  --timeout <ms>          give up on a document after this long, 0 for never (default: 300000)
  --max-line-bytes <n>    longest input line (default: ${defaultMaxLineBytes})
  --[no-]progress         progress bar on stderr (default: when stderr is a terminal)
  --help, -h              show this help

Exit status: 0 when every line was read (even with error records), 1 when the run failed,
2 on bad usage, 130 when interrupted.`

class UsageError extends Error {}

function integer(value: string | undefined, name: string, minimum: number): number | undefined {
  if (value === undefined) return undefined
  const number = Number(value)
  if (!Number.isInteger(number) || number < minimum) throw new UsageError('Invalid `--' + name + ' ' + value + '`: expected an integer of at least ' + minimum)
  return number
}

function settings(args: string[]): {options: Omit<CorpusOptions, 'output'>; help: boolean} {
  const {values, positionals} = parseArgs({
    args,
    allowPositionals: true,
    allowNegative: true,
    options: {
      lang: {type: 'string'},
      workers: {type: 'string'},
      'max-score': {type: 'string'},
      'resume-from': {type: 'string'},
      diagnostics: {type: 'boolean', default: false},
      rule: {type: 'string', multiple: true, default: []},
      timeout: {type: 'string'},
      'max-line-bytes': {type: 'string'},
      progress: {type: 'boolean'},
      help: {type: 'boolean', short: 'h', default: false}
    }
  })

  const rules: Record<string, RuleConfig> = {}
  for (const setting of values.rule) {
    const [id = '', severity = ''] = setting.split('=')
    if (!getRule(id)) throw new UsageError('Unknown rule `' + id + '` in `--rule`; mtlint has ' + ruleIds.join(', '))
    if (!['off', 'warn', 'error'].includes(severity)) throw new UsageError('Invalid severity in `--rule ' + setting + '`: use off, warn or error')
    rules[id] = severity as RuleConfig
  }

  let maxScore: number | undefined
  if (values['max-score'] !== undefined) {
    maxScore = Number(values['max-score'])
    if (values['max-score'].trim() === '' || !Number.isFinite(maxScore)) throw new UsageError('Invalid `--max-score ' + values['max-score'] + '`: expected a number')
  }

  let lang
  try {
    lang = values.lang === undefined ? undefined : parseLanguage(values.lang, '--lang')
  } catch (error) {
    throw new UsageError((error as Error).message)
  }

  for (const input of positionals) {
    if (input !== '-' && !existsSync(input)) throw new UsageError('No such file: `' + input + '`')
  }

  return {
    help: values.help,
    options: {
      inputs: positionals,
      lang,
      rules,
      diagnostics: values.diagnostics,
      workers: integer(values.workers, 'workers', 1) ?? availableParallelism(),
      maxScore,
      resumeFrom: integer(values['resume-from'], 'resume-from', 0),
      timeout: integer(values.timeout, 'timeout', 0) ?? 300_000,
      maxLineBytes: integer(values['max-line-bytes'], 'max-line-bytes', 1),
      progress: values.progress ?? process.stderr.isTTY ? process.stderr : undefined
    }
  }
}

/** `mtlint corpus …`: run the corpus command and resolve to the exit status. */
export async function corpusCommand(args: string[]): Promise<number> {
  let parsed
  try {
    parsed = settings(args)
  } catch (error) {
    const usage = error instanceof UsageError || (error as {code?: string}).code?.startsWith('ERR_PARSE_ARGS')
    process.stderr.write('mtlint corpus: ' + (error as Error).message + '\n')
    return usage ? 2 : 1
  }

  if (parsed.help) {
    process.stdout.write(corpusUsage + '\n')
    return 0
  }

  if (parsed.options.inputs?.length === 0 && process.stdin.isTTY) {
    process.stderr.write('mtlint corpus: no input: pass JSON Lines files or pipe them on stdin\n\n' + corpusUsage + '\n')
    return 2
  }

  const controller = new AbortController()
  const interrupt = () => controller.abort()
  process.once('SIGINT', interrupt)
  process.once('SIGTERM', interrupt)
  try {
    const summary = await runCorpus({...parsed.options, output: process.stdout, signal: controller.signal})
    const figures = `${summary.documents} documents, ${summary.errors} error records, ${summary.written} records written`
    if (controller.signal.aborted) {
      process.stderr.write(`mtlint corpus: interrupted after input line ${summary.lines} (${figures}); go on with --resume-from ${summary.lines}\n`)
      return 130
    }

    process.stderr.write(`mtlint corpus: ${figures}\n`)
    return 0
  } catch (error) {
    process.stderr.write('mtlint corpus: ' + (error instanceof Error ? error.message : String(error)) + '\n')
    return 1
  } finally {
    process.off('SIGINT', interrupt)
    process.off('SIGTERM', interrupt)
  }
}
