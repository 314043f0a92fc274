import type {BaseLanguage} from '../../src/language.js'

/**
 * Bracketed markers that wikis and encyclopedias put after words, per
 * language (English ones too: MT keeps them untranslated). Numbers and
 * single letters (`[1]`, `[a]`) are matched by pattern, not listed.
 */
export const wikiMarkers: Record<BaseLanguage, readonly string[]> = {
  fr: [
    'réf. nécessaire',
    'réf. souhaitée',
    'réf. incomplète',
    'pas clair',
    'lequel ?',
    'Quand ?',
    'modifier',
    'modifier le code',
    'modifier | modifier le code',
    'note',
    'citation nécessaire',
    'citation needed',
    'edit',
    'clarification needed'
  ],
  pt: [
    'carece de fontes',
    'carece de fontes?',
    'falta fonte',
    'fonte confiável?',
    'editar',
    'editar código-fonte',
    'editar | editar código-fonte',
    'nota',
    'citação necessária',
    'citation needed',
    'edit',
    'clarification needed'
  ]
}

/** Words that introduce a mention of a tag (`la balise <div>`), which is prose, not residue. */
export const tagMentionWords = /(?:balises?|tags?|éléments?|elementos?|etiquetas?|marcadores?|marcações?|élément|code|código)\s*[«“"'`]?\s*$/iu
