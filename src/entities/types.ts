/** What an entity is. `brand` is the default for names whose kind is not known more precisely. */
export type EntityKind =
  | 'company'
  | 'product'
  | 'platform'
  | 'person'
  | 'organisation'
  | 'place'
  | 'language'
  | 'brand'
  | 'media'

export const ENTITY_KINDS: readonly EntityKind[] = [
  'company',
  'product',
  'platform',
  'person',
  'organisation',
  'place',
  'language',
  'brand',
  'media'
]

/** A proper name that machine translation may garble (re-case, translate, lowercase). */
export interface Entity {
  /** Canonical spelling and casing: 'OpenAI', 'ChatGPT', 'LinkedIn', 'iPhone', 'Calvin Klein', 'New York'. */
  name: string
  kind: EntityKind
  /** Other correct spellings of the same name (not localisations): 'NVIDIA' for Nvidia, 'HuggingFace' for Hugging Face. */
  variants?: string[]
  /** Legitimate localised forms by language: {fr: ['Londres'], pt: ['Londres']}, {fr: ['Nations unies', 'ONU'], pt: ['Nações Unidas', 'ONU']}. */
  localised?: {fr?: string[]; pt?: string[]}
  /**
   * One of its forms, or each word of a multi-word form, is also a common
   * word of English, French or Portuguese: 'Apple', 'Meta', 'Segment',
   * 'Slack', 'X', 'Python', 'Notion', 'Signal', 'Teams' (variant of
   * Microsoft Teams), 'Seoul' (pt `Seul` ~ fr seul), 'Vienna' (fr `Vienne`).
   * The build checks the name, the variants and the localised forms of one
   * or two words, in lowercase and without accents, as `byFolded` ignores
   * them (`Malé` ~ male, `Pará` ~ para), and the name and variants also
   * with one accent added (`India` ~ pt índia). Numbers do not count as
   * words ('Windows 11' is common, 'GPT-4' is not). A mention in lowercase
   * or translated is only a garbling with context.
   */
  commonWord?: boolean
}

export function isEntityKind(value: string): value is EntityKind {
  return (ENTITY_KINDS as readonly string[]).includes(value)
}
