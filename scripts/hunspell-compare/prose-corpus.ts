/**
 * Real prose for the comparison, from Debian documentation packages:
 *
 *   apt-get install debian-reference-fr debian-reference-pt-br \
 *     debian-reference-pt debian-reference-en debian-handbook \
 *     debian-edu-doc-fr debian-edu-doc-pt-br debian-edu-doc-pt-pt maint-guide-fr
 *
 * Missing files are skipped (and reported), so the comparison runs with
 * whatever part of the corpus is installed.
 */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join} from 'node:path'
import {gunzipSync} from 'node:zlib'
import type {LexiconLanguage} from '../../src/lexicon/lexicon-language.js'

const HANDBOOK = '/usr/share/doc/debian-handbook/html'
const REFERENCE = '/usr/share/debian-reference'
const EDU = '/usr/share/doc'

function handbook(locale: string): string[] {
  const directory = join(HANDBOOK, locale)
  if (!existsSync(directory)) return [directory]
  return readdirSync(directory)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => join(directory, name))
}

export const PROSE_SOURCES: Readonly<Record<LexiconLanguage, () => string[]>> = {
  fr: () => [
    `${REFERENCE}/debian-reference.fr.txt.gz`,
    `${EDU}/debian-edu-doc-fr/debian-edu-bookworm-manual.html`,
    '/usr/share/doc/maint-guide-fr/maint-guide.fr.txt.gz',
    ...handbook('fr-FR')
  ],
  pt: () => [
    `${REFERENCE}/debian-reference.pt-br.txt.gz`,
    `${EDU}/debian-edu-doc-pt-br/debian-edu-bookworm-manual.html`,
    ...handbook('pt-BR')
  ],
  'pt-PT': () => [
    `${REFERENCE}/debian-reference.pt.txt.gz`,
    `${EDU}/debian-edu-doc-pt-pt/debian-edu-bookworm-manual.html`,
    `${EDU}/debian-edu-doc-pt-pt/debian-edu-bullseye-manual.html`
  ],
  en: () => [`${REFERENCE}/debian-reference.en.txt.gz`, ...handbook('en-US')]
}

const ENTITIES: Record<string, string> = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' '}

function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (entity, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16))
      if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10))
      return ENTITIES[name.toLowerCase()] ?? entity
    })
}

export function readProse(language: LexiconLanguage): {text: string; files: string[]; missing: string[]} {
  const files: string[] = []
  const missing: string[] = []
  let text = ''
  for (const path of PROSE_SOURCES[language]()) {
    if (!existsSync(path)) {
      missing.push(path)
      continue
    }
    files.push(path)
    const raw = readFileSync(path)
    const content = path.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8')
    text += (path.includes('.html') ? htmlToText(content) : content) + '\n'
  }
  return {text, files, missing}
}

/**
 * Word tokens: letters, marks and digits, joined by single apostrophes,
 * hyphens or dots (l'ordinateur, fazê-lo, arc-en-ciel, 1.5, apt.conf).
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.\-][\p{L}\p{M}\p{N}]+)*/gu

export function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0]
    counts.set(token, (counts.get(token) ?? 0) + 1)
  }
  return counts
}
