import fc from 'fast-check'

/** Words and marks the rules react to, so that generated texts reach their code, not only the tokenizer. */
const triggers = [
  'Openai', 'Antrópicos', 'Claude du code', 'francês-owen', 'python', 'period', 'software program', 'synthetic',
  'meia -noite', 'recém -nascido', 'arranha- céu', 'demandes d’extraction', 'solicitações de tração', 'buckt', 'immentée',
  'L’alertes', 'de manière imminent', 'em LinkedIn', '«drame»', '« drame »', '“citation”', 'rapide:', 'até a 4A', '3.2 milliards',
  '$3,2 milliards', '```html', '&nbsp;', '<div>', '</p>', '**gras**', '[[lien]]', 'Laisser un commentaire', 'READ  Meta', 'Partager',
  'The quick brown fox jumps over the lazy dog.', 'Le Projet Est Lancé', 'Il a dit ; Non', 'l’homme', 'ação', 'NÃO', 'São Paulo',
  'e-mail', 'co-', '-ment', '\u00AD', 'Ⅻ', 'ﬁn', 'e\u0301', '👍🏽', '東京', 'Москва', 'العربية', 'ǅ', 'İ', 'ß'
]

const separators = [' ', '  ', '\n', '\r\n', '\n\n', '\t', '\u00A0', '\u202F', '. ', ', ', ' — ', '\u2028', '\f', '\v']
const punctuation = ['.', '-', '!', '?', '«', '»', '"', '\'', '’', ':', ';', '…', '*', '#', '_', '`', '<', '>', '&', '(', ')', '[', '/', '\\', '=', '|', '~']

/** A lone surrogate, as JSON `\ud800` gives one. */
const loneSurrogate = fc.integer({min: 0xd800, max: 0xdfff}).map((code) => String.fromCharCode(code))
/** A control character (a few of them make a text binary, which lint() refuses). */
const control = fc.integer({min: 0, max: 0x1f}).map((code) => String.fromCharCode(code))

const piece = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...triggers)},
  {weight: 4, arbitrary: fc.constantFrom(...separators)},
  {weight: 2, arbitrary: fc.string({unit: 'grapheme', maxLength: 12})},
  {weight: 2, arbitrary: fc.string({unit: 'binary', maxLength: 12})},
  {weight: 1, arbitrary: loneSurrogate},
  {weight: 1, arbitrary: control},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...punctuation), fc.integer({min: 2, max: 3000})).map(([mark, count]) => mark.repeat(count))},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom(...triggers), fc.integer({min: 2, max: 400})).map(([word, count]) => (word + ' ').repeat(count))},
  {weight: 1, arbitrary: fc.tuple(fc.constantFrom('a', 'é', 'A', 'x'), fc.integer({min: 50, max: 5000})).map(([letter, count]) => letter.repeat(count))}
)

/** Texts of arbitrary Unicode, mixed scripts, control characters, lone surrogates, long lines and runs of punctuation. */
export const text = fc.array(piece, {maxLength: 40}).map((pieces) => pieces.join(''))

export const language = fc.constantFrom('fr', 'pt', 'pt-BR', 'pt-PT')
