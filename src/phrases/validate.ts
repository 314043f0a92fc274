import type {PhraseEntry, PhraseKind, PhrasePack} from './types.js'

const kinds: readonly PhraseKind[] = ['calque', 'false-friend', 'spinner-phrase']
const entryKeys = new Set(['phrase', 'expected', 'note', 'example', 'neighbour', 'near', 'window', 'exact', 'variant'])

/**
 * Check a phrase pack read from a user's file or package, throwing an error
 * that names the pack (`origin`) and the entry (its index and phrase) and
 * says what is wrong.
 */
export function validatePack(value: unknown, origin: string): PhrasePack {
  const fail = (message: string): never => {
    throw new Error('Invalid phrase pack `' + origin + '`: ' + message)
  }

  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected an object with `language`, `kind` and `entries`')
  const pack = value as Record<string, unknown>
  if (pack.language !== 'fr' && pack.language !== 'pt') fail('`language` must be `fr` or `pt`, not `' + String(pack.language) + '`')
  if (!kinds.includes(pack.kind as PhraseKind)) fail('`kind` must be one of ' + kinds.map((kind) => '`' + kind + '`').join(', ') + ', not `' + String(pack.kind) + '`')
  if (!Array.isArray(pack.entries) || pack.entries.length === 0) fail('`entries` must be a non-empty array')

  const entries = (pack.entries as unknown[]).map((item, index) => validateEntry(item, (message) => fail('entry ' + (index + 1) + describe(item) + ': ' + message)))
  return {name: typeof pack.name === 'string' ? pack.name : origin, language: pack.language as 'fr' | 'pt', kind: pack.kind as PhraseKind, entries}
}

function describe(item: unknown): string {
  const phrase = typeof item === 'object' && item !== null ? (item as {phrase?: unknown}).phrase : undefined
  return typeof phrase === 'string' ? ' (`' + phrase + '`)' : ''
}

function validateEntry(item: unknown, fail: (message: string) => never): PhraseEntry {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return fail('expected an object')
  const entry = item as Record<string, unknown>
  for (const key of Object.keys(entry)) if (!entryKeys.has(key)) fail('unknown field `' + key + '`')
  for (const key of ['phrase', 'note', 'example', 'neighbour'] as const) {
    if (typeof entry[key] !== 'string' || (entry[key] as string).trim() === '') fail('`' + key + '` must be a non-empty string')
  }

  if (!Array.isArray(entry.expected) || !entry.expected.every((value) => typeof value === 'string')) fail('`expected` must be an array of strings (`[]` when unknown)')
  if (entry.near !== undefined && (!Array.isArray(entry.near) || !entry.near.every((value) => typeof value === 'string'))) fail('`near` must be an array of strings')
  if (entry.window !== undefined && (typeof entry.window !== 'number' || !Number.isInteger(entry.window) || entry.window < 1)) fail('`window` must be a positive whole number')
  if (entry.exact !== undefined && typeof entry.exact !== 'boolean') fail('`exact` must be true or false')
  if (entry.variant !== undefined && entry.variant !== 'pt-BR' && entry.variant !== 'pt-PT') fail('`variant` must be `pt-BR` or `pt-PT`')
  return entry as unknown as PhraseEntry
}
