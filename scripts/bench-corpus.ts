/**
 * Corpus mode in `npm run bench` (section 4), run after the other sections.
 *
 * a. Score calibration: ROC AUC of `documentScore` separating the seed
 *    articles (machine translated) from the clean human texts, on whole
 *    documents and on 300-word windows.
 * b. `mtlint corpus` with 1 and 2 workers on 10 MB of the fixture texts cut
 *    into web-page-sized JSONL documents (wall time, best of two runs; CPU
 *    time; peak RSS).
 * c. Peak RSS of `mtlint corpus` on 100 MB of the same documents repeated,
 *    beside that on 10 MB, every rule on.
 * d. lint() on a 1 MB adversarial line (runs of one letter or mark,
 *    elisions, hyphens, quotes, entities, tags, mixed scripts, lone
 *    surrogates, emoji) beside 1 MB of French prose.
 */
import {spawn} from 'node:child_process'
import {closeSync, createWriteStream, mkdtempSync, openSync, readFileSync, readdirSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {categories, type Category} from '../src/category.js'
import {rocAuc} from '../src/corpus/auc.js'
import {categoryWeights, countWords, documentScore, emptyCounts} from '../src/corpus/score.js'
import {lint} from '../src/lint.js'

const root = fileURLToPath(new URL('../', import.meta.url))
const cli = join(root, 'dist/src/cli.js')
const work = mkdtempSync(join(tmpdir(), 'mtlint-bench-corpus-'))

interface Text {
  name: string
  kind: 'mt' | 'clean'
  lang: string | undefined
  text: string
}

function texts(): Text[] {
  const seeds = join(root, 'fixtures/corpus/seeds')
  const list: Text[] = readdirSync(seeds)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({name, kind: 'mt', lang: undefined, text: readFileSync(join(seeds, name), 'utf8')}))
  for (const variant of ['fr', 'pt-BR', 'pt-PT']) {
    const directory = join(root, 'fixtures/clean', variant)
    for (const name of readdirSync(directory).filter((name) => name.endsWith('.txt')).sort()) {
      list.push({name: variant + '/' + name, kind: 'clean', lang: variant, text: readFileSync(join(directory, name), 'utf8')})
    }
  }

  return list
}

const window = 300

/** Scores of a text's 300-word windows (the last, shorter one dropped unless it is the only one). */
function windowScores(text: string, diagnostics: Array<{category: Category | undefined; start: {offset: number}}>): number[] {
  const starts = [...text.matchAll(/\p{L}+/gu)].map((match) => match.index)
  const scores: number[] = []
  for (let first = 0; first < starts.length; first += window) {
    const last = Math.min(first + window, starts.length)
    if (last - first < window && first > 0) break
    const from = starts[first]!
    const to = last < starts.length ? starts[last]! : text.length
    const counts = emptyCounts()
    for (const diagnostic of diagnostics) {
      if (diagnostic.category && diagnostic.start.offset >= from && diagnostic.start.offset < to) counts[diagnostic.category]++
    }

    scores.push(documentScore(counts, last - first))
  }

  return scores
}

/** Run the CLI with its stdout thrown away; wall time and peak RSS (the whole process, worker threads included). */
async function corpusRun(args: string[]): Promise<{seconds: number; mb: number; cpu: number; stderr: string}> {
  const sink = openSync('/dev/null', 'w')
  const report = "process.on('exit',()=>{const u=process.resourceUsage();process.stderr.write('\\nmaxrss '+u.maxRSS+' cpu '+(u.userCPUTime+u.systemCPUTime)+'\\n')})"
  const start = performance.now()
  const child = spawn(process.execPath, ['--import', 'data:text/javascript,' + encodeURIComponent(report), cli, 'corpus', '--no-progress', ...args], {stdio: ['ignore', sink, 'pipe']})
  let stderr = ''
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk))
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
  const seconds = (performance.now() - start) / 1000
  closeSync(sink)
  if (code !== 0) throw new Error('mtlint corpus failed (' + code + '): ' + stderr)
  const kilobytes = Number(/maxrss (\d+)/.exec(stderr)?.[1])
  const microseconds = Number(/ cpu (\d+)/.exec(stderr)?.[1])
  return {seconds, mb: kilobytes / 1024, cpu: microseconds / 1e6, stderr}
}

/** Write `documents` as JSON Lines, once, or repeated with fresh ids until the file reaches `bytes`. */
async function writeCorpus(path: string, documents: Array<{text: string; lang: string | undefined}>, bytes = 0) {
  const out = createWriteStream(path)
  let size = 0
  let id = 0
  do {
    for (const document of documents) {
      const line = JSON.stringify({id: 'doc-' + id++, text: document.text, ...(document.lang ? {lang: document.lang} : {})}) + '\n'
      size += Buffer.byteLength(line)
      if (!out.write(line)) await new Promise<void>((resolve) => out.once('drain', () => resolve()))
      if (bytes > 0 && size >= bytes) break
    }
  } while (size < bytes)

  await new Promise<void>((resolve) => out.end(() => resolve()))
}

/** Cut a text into documents of about `size` characters, at line breaks. */
function pages(text: string, size: number): string[] {
  const result: string[] = []
  let current = ''
  for (const line of text.split('\n')) {
    current += line + '\n'
    if (current.length >= size) {
      result.push(current)
      current = ''
    }
  }

  if (current.trim()) result.push(current)
  return result
}

/** One line of about `size` characters that exercises the code paths where a careless regular expression or loop goes quadratic. */
function adversarialLine(size: number): string {
  const patterns = [
    (n: number) => 'a'.repeat(n),
    (n: number) => 'é'.repeat(n),
    (n: number) => 'a-'.repeat(n / 2),
    (n: number) => 'l’'.repeat(n / 2),
    (n: number) => "d'".repeat(n / 2),
    (n: number) => 'a' + '.'.repeat(n),
    (n: number) => '!?'.repeat(n / 2),
    (n: number) => 'Mot '.repeat(n / 4),
    (n: number) => 'AB '.repeat(n / 3),
    (n: number) => '«a» '.repeat(n / 4),
    (n: number) => '“a” '.repeat(n / 4),
    (n: number) => '&nbsp;'.repeat(n / 6),
    (n: number) => '<b>'.repeat(n / 3),
    (n: number) => 'a -'.repeat(n / 3),
    (n: number) => 'aB'.repeat(n / 2),
    (n: number) => 'aМ'.repeat(n / 2),
    (n: number) => 'a\ud800'.repeat(n / 2),
    (n: number) => '#a'.repeat(n / 2),
    (n: number) => 'a_'.repeat(n / 2),
    (n: number) => 'a:'.repeat(n / 2),
    (n: number) => '(a'.repeat(n / 2),
    (n: number) => '👍a'.repeat(n / 3),
    (n: number) => '```'.repeat(n / 3),
    (n: number) => '1,2.3 '.repeat(n / 6),
    (n: number) => 'Openai period '.repeat(n / 14),
    (n: number) => 'meia -noite '.repeat(n / 12)
  ]
  const share = Math.floor(size / patterns.length)
  return patterns.map((pattern) => pattern(share).slice(0, share)).join(' ')
}

export async function benchCorpus() {
  const all = texts()
  console.log('\n4. Corpus mode')

  // a. Score calibration.
  const documentScores: Record<'mt' | 'clean', number[]> = {mt: [], clean: []}
  const windows: Record<'mt' | 'clean', number[]> = {mt: [], clean: []}
  for (const entry of all) {
    const diagnostics = await lint(entry.text, entry.lang ? {lang: entry.lang} : {})
    const counts = emptyCounts()
    for (const diagnostic of diagnostics) if (diagnostic.category) counts[diagnostic.category]++
    documentScores[entry.kind].push(documentScore(counts, countWords(entry.text)))
    windows[entry.kind].push(...windowScores(entry.text, diagnostics))
  }

  const range = (values: number[]) => `${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)}`
  console.log(`  weights: ${categories.map((category) => `${category} ${categoryWeights[category]}`).join(', ')}`)
  console.log(`  whole documents: ${documentScores.mt.length} MT (scores ${range(documentScores.mt)}) vs ${documentScores.clean.length} clean (${range(documentScores.clean)}): ROC AUC ${rocAuc(documentScores.mt, documentScores.clean).toFixed(3)}`)
  console.log(`  ${window}-word windows: ${windows.mt.length} MT vs ${windows.clean.length} clean, ${windows.mt.filter((score) => score === 0).length} MT windows and ${windows.clean.filter((score) => score === 0).length} clean ones score 0: ROC AUC ${rocAuc(windows.mt, windows.clean).toFixed(3)}`)

  // b. Workers, on 10 MB of fixture pages: starting a worker costs about a second of loading, which
  // has to weigh little. Best of two runs each, alternated, so that a burst of load elsewhere on the
  // machine weighs less; the CPU time and load average show when runs were starved anyway.
  const documents = all.flatMap((entry) => pages(entry.text, 4000).map((text) => ({text, lang: entry.lang})))
  const sizes = [10, 100]
  const paths = sizes.map((megabytes) => join(work, megabytes + 'mb.jsonl'))
  await writeCorpus(paths[0]!, documents, 10e6)
  const count = readFileSync(paths[0]!, 'utf8').split('\n').length - 1
  const runs: Record<number, {seconds: number; mb: number; cpu: number}> = {}
  const peaks: Record<number, number> = {}
  const load = loadavg()[0]!
  for (const workers of [1, 2, 1, 2]) {
    const run = await corpusRun(['--workers', String(workers), paths[0]!])
    if (!runs[workers] || run.seconds < runs[workers]!.seconds) runs[workers] = run
    peaks[workers] = Math.max(peaks[workers] ?? 0, run.mb)
  }

  for (const workers of [1, 2]) {
    const run = runs[workers]!
    console.log(`  mtlint corpus --workers ${workers}, ${count} documents (10 MB), best of 2: ${run.seconds.toFixed(1)} s, ${(count / run.seconds).toFixed(0)} docs/s, ${(10 / run.seconds).toFixed(2)} MB/s, CPU ${run.cpu.toFixed(1)} s (${((100 * run.cpu) / run.seconds).toFixed(0)} % of one core), peak RSS ${peaks[workers]!.toFixed(0)} MB`)
  }

  console.log(`  → 2 workers: ${(runs[1]!.seconds / runs[2]!.seconds).toFixed(2)}× one worker (${availableParallelism()} cores, load average ${load.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}; target ≥ 1.7×)`)

  // c. Peak RSS against input size, every rule on.
  await writeCorpus(paths[1]!, documents, 100e6)
  const big = await corpusRun(['--workers', '2', paths[1]!])
  console.log(`  mtlint corpus --workers 2 on 100 MB: ${big.seconds.toFixed(1)} s, ${(100 / big.seconds).toFixed(2)} MB/s, CPU ${big.cpu.toFixed(1)} s, peak RSS ${big.mb.toFixed(0)} MB`)
  console.log(`  → peak RSS on 100 MB: ${(big.mb / peaks[2]!).toFixed(2)}× that on 10 MB (${peaks[2]!.toFixed(0)} MB; target ≤ 1.2×)`)

  // d. Adversarial line.
  const french = all.filter((entry) => entry.lang === 'fr').map((entry) => entry.text).join('\n')
  const prose = french.repeat(Math.ceil(1_000_000 / french.length)).slice(0, 1_000_000)
  const adversarial = adversarialLine(1_000_000)
  await lint(prose.slice(0, 5000), {lang: 'fr'})
  let start = performance.now()
  await lint(prose, {lang: 'fr'})
  const proseSeconds = (performance.now() - start) / 1000
  start = performance.now()
  const found = await lint(adversarial, {lang: 'fr'})
  const adversarialSeconds = (performance.now() - start) / 1000
  console.log(`  lint() on 1 MB of French prose: ${proseSeconds.toFixed(1)} s; on a 1 MB adversarial line: ${adversarialSeconds.toFixed(1)} s (${found.length} diagnostics)`)
  console.log(`  → adversarial line: ${(adversarialSeconds / proseSeconds).toFixed(2)}× prose (target ≤ 3×)`)
}

// `npx tsx scripts/bench-corpus.ts` runs this section alone (after `npm run build`).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchCorpus()
