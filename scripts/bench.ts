/**
 * npm run bench: mtlint's cost next to baselines measured in the same run.
 * Machines are noisy, so read the ratios, not the absolute figures.
 *
 * 1. CLI cold start on 5 KB of French and of Portuguese with every default
 *    rule (wall time and peak RSS, median of 5), beside `node -e 0` and
 *    beside building nspell with dictionary-fr (what loading a dictionary
 *    the obvious way costs).
 * 2. Lexicon lookups per second on real prose tokens, beside native Hunspell
 *    (needs `apt-get install hunspell libhunspell-dev gcc`; skipped with a
 *    note otherwise).
 * 3. Lint throughput on 1 MB of French and of Portuguese prose with every
 *    default rule, beside parsing it with retext-latin alone (CPU time).
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {retext} from 'retext'
import {VFile} from 'vfile'
import {nativeBench} from './hunspell-compare/native-hunspell.js'
import {dictionaryDirectory} from './lexicon-build/dictionary-source.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const cli = join(root, 'dist/src/cli.js')
if (!existsSync(cli)) throw new Error('dist/src/cli.js not found: run `npm run build` first')
// Measure the built package, what users run: tsx's transform wraps every function in `__name()`, which
// makes closures created in hot loops several times slower than in the compiled JavaScript.
const built = (path: string): Promise<unknown> => import(pathToFileURL(join(root, 'dist', path)).href)
const {lint} = (await built('src/lint.js')) as typeof import('../src/lint.js')
const {parseDocument} = (await built('src/parse.js')) as typeof import('../src/parse.js')
const {mtlint: mtlintPreset} = (await built('src/preset.js')) as typeof import('../src/preset.js')
const {loadLexicon} = (await built('src/lexicon/index.js')) as typeof import('../src/lexicon/index.js')
const work = mkdtempSync(join(tmpdir(), 'mtlint-bench-'))
const runs = 5

function cleanText(variant: string): string {
  const directory = join(root, 'fixtures/clean', variant)
  return readdirSync(directory)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(directory, name), 'utf8'))
    .join('\n')
}

/** The first `size` characters of a text, cut at a line break. */
function sample(text: string, size: number): string {
  const cut = text.lastIndexOf('\n', size)
  return text.slice(0, cut > 0 ? cut : size) + '\n'
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
const time = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined

/** Wall time (ms) and peak RSS (MB) of a command, median of `runs`. */
function measure(command: string[]): {ms: number; mb: number | undefined} {
  const walls: number[] = []
  const peaks: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    const run = time ? spawnSync(time, ['-f', '%M', ...command], {encoding: 'utf8'}) : spawnSync(command[0]!, command.slice(1), {encoding: 'utf8'})
    walls.push(performance.now() - start)
    if (run.error) throw run.error
    const peak = time ? Number(run.stderr.trim().split('\n').at(-1)) : Number.NaN
    if (Number.isFinite(peak)) peaks.push(peak / 1024)
  }

  return {ms: median(walls), mb: peaks.length > 0 ? median(peaks) : undefined}
}

const row = (label: string, result: {ms: number; mb: number | undefined}) =>
  console.log(`  ${label.padEnd(44)} ${result.ms.toFixed(0).padStart(6)} ms  ${result.mb === undefined ? '   – ' : result.mb.toFixed(0).padStart(5)} MB`)

console.log(`mtlint bench (${new Date().toISOString()}, Node ${process.version}); medians of ${runs} fresh processes\n`)
console.log('1. Cold start')
const french = join(work, 'fr-5k.txt')
const portuguese = join(work, 'pt-5k.txt')
writeFileSync(french, sample(cleanText('fr'), 5000))
writeFileSync(portuguese, sample(cleanText('pt-BR'), 5000))
const baseline = measure([process.execPath, '-e', '0'])
row('node -e 0', baseline)
const frenchRun = measure([process.execPath, cli, '--lang', 'fr', '--quiet', french])
row('mtlint --lang fr, 5 KB, all default rules', frenchRun)
row('mtlint --lang pt, 5 KB, all default rules', measure([process.execPath, cli, '--lang', 'pt', '--quiet', portuguese]))
row('mtlint, 5 KB French, language detected', measure([process.execPath, cli, '--quiet', french]))
const nspell = measure([
  process.execPath,
  '--input-type=module',
  '-e',
  `import nspell from ${JSON.stringify(import.meta.resolve('nspell'))}; import fr from ${JSON.stringify(import.meta.resolve('dictionary-fr'))}; nspell(fr).correct('maison')`
])
row('nspell(dictionary-fr) construction', nspell)
console.log(`  → mtlint on 5 KB of French costs ${(frenchRun.ms / baseline.ms).toFixed(1)}× node -e 0 and ${(frenchRun.ms / nspell.ms).toFixed(2)}× building nspell\n`)

console.log('2. Lexicon lookups on prose tokens')
for (const [language, variant] of [['fr', 'fr'], ['pt', 'pt-BR']] as const) {
  const tokens = cleanText(variant).match(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu) ?? []
  const words = Array.from({length: 10}, () => tokens).flat()
  const lexicon = await loadLexicon(language)
  const start = performance.now()
  let accepted = 0
  for (const word of words) if (lexicon.has(word)) accepted++
  const perSecond = words.length / ((performance.now() - start) / 1000)
  let native = 'native Hunspell: not installed (apt-get install hunspell libhunspell-dev gcc)'
  try {
    const directory = dictionaryDirectory(language)
    const timing = nativeBench(join(directory, 'index.aff'), join(directory, 'index.dic'), words)
    native = `native Hunspell ${(timing.words / (timing.checkMs / 1000) / 1e6).toFixed(2)} M/s (${(perSecond / (timing.words / (timing.checkMs / 1000))).toFixed(1)}×), load ${timing.loadMs.toFixed(0)} ms`
  } catch {}

  console.log(`  ${language}: ${words.length} tokens, mtlint ${(perSecond / 1e6).toFixed(2)} M/s (${((accepted / words.length) * 100).toFixed(1)} % accepted); ${native}`)
}

console.log('\n3. Throughput with every default rule beside retext-latin parse-only (one core, CPU time, median of 5 after a warm-up run)')
/** CPU milliseconds of `run`: steadier than wall time on a shared machine. */
async function cpu(run: () => unknown): Promise<number> {
  const start = process.cpuUsage()
  await run()
  const used = process.cpuUsage(start)
  return (used.user + used.system) / 1000
}

/** Median CPU time of `run` over 5 runs, after one to warm up (compiled code, caches): the steady state of a long run. */
async function medianCpu(run: () => unknown): Promise<number> {
  await run()
  const times: number[] = []
  for (let index = 0; index < 5; index++) times.push(await cpu(run))
  return median(times)
}

const throughput: Array<{label: string; ratio: number}> = []
for (const [language, variant] of [['fr', 'fr'], ['pt', 'pt-BR']] as const) {
  const unit = cleanText(variant)
  const megabyte = unit.repeat(Math.ceil(1_000_000 / unit.length))
  const lines = megabyte.split('\n')
  await lint(sample(unit, 2000), {lang: language})
  const parse = await medianCpu(() => {
    const parser = retext()
    for (const line of lines) parser.parse(line)
  })
  const mtlint = await medianCpu(() => lint(megabyte, {lang: language}))
  // Each run gets a tree of its own: rules cache their work on the tree.
  const trees = [0, 1, 2, 3, 4, 5].map(() => parseDocument(megabyte))
  const plugin = await medianCpu(() => retext().use(mtlintPreset, {lang: language}).run(trees.pop()!, new VFile(megabyte)))
  const mb = megabyte.length / 1e6
  console.log(`  ${language}: ${(mb).toFixed(2)} MB of clean ${variant} prose (${(unit.length / 1e3).toFixed(0)} KB of text repeated)`)
  console.log(`    retext-latin parse, line by line            ${(mb / (parse / 1000)).toFixed(2)} MB/s`)
  console.log(`    mtlint lint(), every default rule           ${(mb / (mtlint / 1000)).toFixed(2)} MB/s → ${((parse / mtlint) * 100).toFixed(0)} % of parse-only`)
  console.log(`    retext().use(mtlint) on a parsed tree       ${(mb / (plugin / 1000)).toFixed(2)} MB/s (parsing not counted)`)
  throughput.push({label: language, ratio: parse / mtlint})
}

console.log(`  → target ≥ 50 % of parse-only: ${throughput.map(({label, ratio}) => `${label} ${(ratio * 100).toFixed(0)} %`).join(', ')}`)
await (await import('./bench-corpus.js')).benchCorpus()
