/** What a phrase pack holds, and the category its diagnostics take. */
export type PhraseKind = 'calque' | 'false-friend' | 'spinner-phrase'

/**
 * One phrase a translation or a spinner produces, with its fix. Written as
 * the phrase appears in text; inflected forms match too (`demande
 * d’extraction` also finds `demandes d'extraction`), unless `exact`.
 */
export interface PhraseEntry {
  /** The phrase, as written: `demande d’extraction`, `aux yeux écarquillés`, `solicitação de tração`. */
  phrase: string
  /** Replacements, best first; `''` deletes; empty when only an editor can say. */
  expected: string[]
  /** The English source and why the phrase is wrong: `Word-for-word rendering of "pull request".` */
  note: string
  /** A sentence where the entry fires (tests prove it does). */
  example: string
  /** The nearest correct sentence, where it stays silent (tests prove it does). */
  neighbour: string
  /** Only flag when one of these words (any inflection) stands within `window` words: `queue` near `gestion`. */
  near?: string[]
  /** How many words around the phrase `near` looks at (default 12). */
  window?: number
  /** Match the phrase's words exactly, without inflection (for short or ambiguous phrases). */
  exact?: boolean
  /** Portuguese only: the entry applies to one variant. */
  variant?: 'pt-BR' | 'pt-PT'
}

/** A pack of entries for one language and one kind. */
export interface PhrasePack {
  /** Where the pack comes from, for messages: `mtlint/calque/fr`, a file path, a package name. */
  name: string
  language: 'fr' | 'pt'
  kind: PhraseKind
  entries: readonly PhraseEntry[]
}
