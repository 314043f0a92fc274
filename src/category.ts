/** The corpus taxonomy (`fixtures/corpus/README.md`): what kind of artefact a diagnostic is. */
export const categories = [
  'leaked-english',
  'garbled-name',
  'broken-hyphenation',
  'calque',
  'mistranslation',
  'nonword',
  'grammar',
  'typography',
  'number-format',
  'markup-residue',
  'boilerplate'
] as const

export type Category = (typeof categories)[number]
