import type {LanguageTag} from '../../src/language.js'

export interface Conventions {
  /** Words (lowercase) that introduce a clock time: `às`, `vers`. */
  timeCues: readonly string[]
  /** Cues after which a number cannot be an ordinal (`às 7a` is a time, `à 7a fase` an ordinal). */
  pluralTimeCues: readonly string[]
  /** Words that make the number before them an amount (`3.2 milliards`). */
  amountWords: readonly string[]
  /** Write a 24-hour time the language's way. */
  time(hours: number, minutes: string | undefined): string
  /** Thousands separator the language uses. */
  thousands: string
  /** Currency symbols that must not stand before the amount (a regular expression source). */
  symbolsBefore: string
  /** Magnitude words (target language and English) that may follow an amount with a currency symbol. */
  magnitudes: Record<string, string>
  /** Write an amount with a currency symbol the language's way (`amount` and `magnitude` already localised). */
  currency(symbol: string, amount: string, magnitude: string | undefined): string
}

/** Units and symbols after which a number is a measured amount in every language. */
const units = ['%', 'km', 'cm', 'mm', 'kg', 'mg', 'ml', 'Go', 'Mo', 'To', 'Ko', 'GB', 'MB', 'TB', 'KB', 'GHz', 'MHz', 'kHz', 'Hz', 'kW', 'kWh', 'MW', 'GW', '°C', '°F', '°', '€', '$', '£']

const frCurrencyNames: Record<string, string> = {'$': 'dollars', '€': 'euros', '£': 'livres', '¥': 'yens'}
const ptCurrencyNames: Record<string, string> = {'$': 'dólares', '€': 'euros', '£': 'libras', '¥': 'ienes'}

const french: Conventions = {
  timeCues: ['à', 'a', 'vers', 'dès', 'jusqu’à', "jusqu'à", 'avant', 'après', 'de', 'entre', 'et', 'depuis'],
  pluralTimeCues: ['vers', 'dès', 'jusqu’à', "jusqu'à"],
  amountWords: [...units, 'milliard', 'milliards', 'million', 'millions', 'milliers', 'mille', 'billion', 'billions', 'fois', 'pour cent', 'points', 'dollars', 'euros', 'livres', 'yens', 'francs'],
  time: (hours, minutes) => hours + ' h' + (minutes && minutes !== '00' ? ' ' + minutes : ''),
  thousands: '\u202F',
  symbolsBefore: 'US\\s?\\$|\\$|€|£|¥',
  magnitudes: {milliard: 'milliard', milliards: 'milliards', million: 'million', millions: 'millions', billion: 'milliards', trillion: 'billions', bn: 'milliards'},
  currency: (symbol, amount, magnitude) =>
    magnitude ? amount + ' ' + magnitude + ' de ' + (frCurrencyNames[symbol] ?? symbol) : amount + '\u00A0' + (symbol === 'US$' ? '$ US' : symbol)
}

const portuguese: Conventions = {
  timeCues: ['às', 'as', 'à', 'a', 'das', 'pelas', 'até', 'desde', 'entre', 'e', 'depois', 'antes', 'partir'],
  pluralTimeCues: ['às', 'as', 'das', 'pelas'],
  amountWords: [...units, 'bilhão', 'bilhões', 'bilião', 'biliões', 'milhão', 'milhões', 'mil', 'milhares', 'trilhão', 'trilhões', 'vezes', 'por cento', 'pontos', 'dólares', 'euros', 'reais', 'libras'],
  time: (hours, minutes) => hours + 'h' + (minutes && minutes !== '00' ? minutes : ''),
  thousands: '.',
  symbolsBefore: 'US\\s\\$|\\$',
  magnitudes: {bilhão: 'bilhão', bilhões: 'bilhões', bilião: 'bilião', biliões: 'biliões', milhão: 'milhão', milhões: 'milhões', mil: 'mil', billion: 'bilhões', million: 'milhões', trillion: 'trilhões', bn: 'bilhões'},
  currency: (symbol, amount, magnitude) =>
    symbol === '$' || symbol === 'US$' ? 'US$ ' + amount + (magnitude ? ' ' + magnitude : '') : amount + ' ' + (magnitude ? magnitude + ' de ' : '') + (ptCurrencyNames[symbol] ?? symbol)
}

export const conventions: Record<LanguageTag, Conventions> = {
  fr: french,
  pt: portuguese,
  'pt-BR': portuguese,
  'pt-PT': {
    ...portuguese,
    thousands: '\u00A0',
    magnitudes: {...portuguese.magnitudes, billion: 'mil milhões', trillion: 'biliões', bn: 'mil milhões'}
  }
}
