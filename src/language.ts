import {franc} from 'franc-min'

/** Language tags mtlint accepts: a base language, or a variant of one. */
export const languageTags = ['fr', 'pt', 'pt-BR', 'pt-PT'] as const
export type LanguageTag = (typeof languageTags)[number]

/** Base languages: what rules declare they cover, and what data packs are keyed by. */
export type BaseLanguage = 'fr' | 'pt'

/** ISO 639-3 codes that `franc-min` returns, mapped to the tags mtlint supports. */
const fromDetected: Record<string, LanguageTag> = {fra: 'fr', por: 'pt'}

/** English names of languages users are likely to feed by mistake, for clearer errors. */
const detectedNames: Record<string, string> = {
  eng: 'English',
  spa: 'Spanish',
  ita: 'Italian',
  deu: 'German',
  nld: 'Dutch',
  cat: 'Catalan',
  glg: 'Galician',
  ron: 'Romanian'
}

/** How much text detection reads: enough for a reliable trigram profile, bounded so huge files cost nothing extra. */
const detectionSample = 20_000

/** Validate a user-supplied language, accepting case variants such as `pt-br`. */
export function parseLanguage(value: unknown, origin = 'lang'): LanguageTag {
  if (typeof value === 'string') {
    const match = languageTags.find((tag) => tag.toLowerCase() === value.toLowerCase().replace('_', '-'))
    if (match) return match
  }

  throw new Error(
    'Unsupported language `' +
      String(value) +
      '` in `' +
      origin +
      '`: mtlint lints ' +
      languageTags.map((tag) => '`' + tag + '`').join(', ')
  )
}

export function baseLanguage(tag: LanguageTag): BaseLanguage {
  return tag.startsWith('pt') ? 'pt' : 'fr'
}

export type Detection =
  | {ok: true; language: LanguageTag}
  | {ok: false; reason: string}

/**
 * Detect the language of a whole document.
 *
 * Detection is done once per document (not per sentence) among every
 * language `franc-min` knows, so that a Spanish or English file is reported
 * as such instead of being forced into French or Portuguese.
 */
export function detectLanguage(value: string): Detection {
  const sample = value.length > detectionSample ? value.slice(0, detectionSample) : value
  const code = franc(sample, {minLength: 20})

  if (code === 'und') {
    return {
      ok: false,
      reason:
        'Cannot detect the language of this text (too short or not prose); set it with `lang` (`--lang` on the command line)'
    }
  }

  const tag = fromDetected[code]
  if (tag) return {ok: true, language: tag}

  return {
    ok: false,
    reason:
      'This text looks ' +
      (detectedNames[code] ?? 'like `' + code + '` (ISO 639-3)') +
      ', which mtlint does not lint; if it is French or Portuguese, set `lang` (`--lang` on the command line)'
  }
}
