/**
 * Native Hunspell through libhunspell (Debian: hunspell, libhunspell-dev
 * and a C compiler). Compiles native-spell.c once into the system temp
 * directory.
 */
import {execFileSync, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {existsSync, mkdirSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

const SOURCE = fileURLToPath(new URL('./native-spell.c', import.meta.url))

export function nativeSpellBinary(): string {
  const directory = join(tmpdir(), 'mtlint-hunspell-compare')
  const version = createHash('sha256').update(readFileSync(SOURCE)).digest('hex').slice(0, 12)
  const binary = join(directory, `native-spell-${version}`)
  if (!existsSync(binary)) {
    mkdirSync(directory, {recursive: true})
    try {
      execFileSync('cc', ['-O2', '-o', binary, SOURCE, '-lhunspell'], {stdio: 'inherit'})
    } catch (error) {
      throw new Error(
        'could not compile the native Hunspell checker; install it with ' +
          '`apt-get install hunspell libhunspell-dev gcc`',
        {cause: error}
      )
    }
  }
  return binary
}

/** Hunspell_spell() for each word, with the given .aff/.dic. */
export function nativeSpell(affix: string, dictionary: string, words: readonly string[]): boolean[] {
  for (const word of words) {
    if (word.includes('\n') || word.includes('\r')) throw new Error(`word with a line break: ${JSON.stringify(word)}`)
  }
  const result = spawnSync(nativeSpellBinary(), [affix, dictionary], {
    input: words.join('\n') + '\n',
    maxBuffer: 1 << 30,
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`native-spell failed: ${result.stderr}`)
  const answers = result.stdout.split('\n')
  answers.pop()
  if (answers.length !== words.length) {
    throw new Error(`native-spell answered ${answers.length} of ${words.length} words`)
  }
  return answers.map((answer) => answer === '1')
}

export interface NativeTiming {
  /** Hunspell_create() and a first lookup. */
  readonly loadMs: number
  readonly checkMs: number
  readonly words: number
  readonly accepted: number
}

/** Load and lookup timings of native Hunspell (native-spell --bench). */
export function nativeBench(affix: string, dictionary: string, words: readonly string[]): NativeTiming {
  const result = spawnSync(nativeSpellBinary(), ['--bench', affix, dictionary], {
    input: words.join('\n') + '\n',
    maxBuffer: 1 << 30,
    encoding: 'utf8'
  })
  if (result.status !== 0) throw new Error(`native-spell --bench failed: ${result.stderr}`)
  const [loadMs, checkMs, count, accepted] = result.stdout.trim().split(' ').map(Number)
  return {
    loadMs: loadMs as number,
    checkMs: checkMs as number,
    words: count as number,
    accepted: accepted as number
  }
}
