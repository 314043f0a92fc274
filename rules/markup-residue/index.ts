import {characterEntities} from 'character-entities'
import {htmlTagNames} from 'html-tag-names'
import {defineRule} from '../../src/rule.js'
import {contextOf} from '../../src/resolve-language.js'
import type {Segment} from '../../src/document.js'
import {report, spanIn, type Finding} from '../../src/report.js'
import {tagMentionWords, wikiMarkers} from './data.js'

const tagNames = new Set(htmlTagNames)
const voidTags = new Set(['br', 'hr', 'img', 'wbr', 'input', 'meta', 'link', 'source', 'iframe'])

/** A line that is only a code fence: ```` ``` ````, `~~~`, or a fence whose first backtick became a quote (`“`html`). */
const fence = /^\s*((?:[“”"‘’'«»]`+|`{3,}|~{3,})[\w+#.-]*)\s*$/u
const atxHeading = /^\s*(#{1,6})\s+\S/u
const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-\w:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=`]+))?)*)\s*(\/?)>|<!--[\s\S]*?-->/g
const entity = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g
const strong = /(\*\*|__)(?=\S)([^*_\n]{1,200}?)(?<=\S)\1/g
const link = /(!?)\[([^[\]\n]{1,300})\]\(((?:https?:\/\/|www\.|\/|\.\.?\/|#)[^()\s]{0,500})\)/g
const shortcode = /\[\/?[a-z][a-z0-9_-]*(?:\s+[a-z_-]+=(?:"[^"\]\n]*"|'[^'\]\n]*'|[^\s\]]+))+\s*\/?\]|\[\/[a-z][a-z0-9_-]*\]/g

const note = {
  fence: 'A Markdown code fence survived the conversion to prose; MT and LLM rewriters often wrap their output in one, and “smart quotes” turn its first backtick into a quote.',
  html: 'HTML from the scraped page survived extraction; translation engines pass tags through untouched.',
  markdown: 'Markdown syntax survived the conversion to prose.',
  wiki: 'An encyclopedia reference or edit marker was scraped with the text.'
}

export default defineRule({
  meta: {
    id: 'markup-residue',
    category: 'markup-residue',
    languages: ['fr', 'pt'],
    description: 'Code fences, HTML tags and entities, Markdown syntax and wiki markers left in prose.',
    defaultOptions: {}
  },
  create() {
    return function (tree, file) {
      const document = contextOf(tree, file)
      const markers = wikiMarkerExpression(document.base)
      for (const segment of document.segments) {
        for (const finding of findings(segment, markers)) report(file, document, finding)
      }
    }
  }
})

function* findings(segment: Segment, markers: RegExp): Generator<Finding> {
  const {text} = segment

  if (segment.wholeLine) {
    const match = fence.exec(text)
    if (match?.[1]) {
      yield {...spanIn(segment, text.indexOf(match[1]), match[1].length), reason: 'Unexpected code fence `' + match[1] + '` in prose, remove it', expected: [''], note: note.fence}
      return
    }

    const heading = atxHeading.exec(text)
    if (heading?.[1]) {
      yield {...spanIn(segment, text.indexOf(heading[1]), heading[1].length + 1), reason: 'Unexpected Markdown heading marker `' + heading[1] + '`, remove it', expected: [''], note: note.markdown}
    }
  }

  // Each kind of residue needs a character of its own: a line without it skips the expression.
  const pairs = text.includes('<') ? tagPairs(text) : new Set<string>()
  for (const match of text.includes('<') ? text.matchAll(tag) : []) {
    const name = match[2]?.toLowerCase()
    if (name !== undefined) {
      const isTag = tagNames.has(name) && (Boolean(match[3]) || voidTags.has(name) || pairs.has(name))
      if (!isTag || tagMentionWords.test(text.slice(Math.max(0, match.index - 30), match.index))) continue
    }

    yield {...spanIn(segment, match.index, match[0].length), reason: 'Unexpected HTML `' + match[0] + '` in prose, remove it', expected: [''], note: note.html}
  }

  for (const match of text.includes('&') ? text.matchAll(entity) : []) {
    const decoded = decodeEntity(match[1]!)
    if (decoded === undefined) continue
    const shown = /^\s$/u.test(decoded) ? 'U+' + decoded.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0') : '`' + decoded + '`'
    yield {...spanIn(segment, match.index, match[0].length), reason: 'Unexpected HTML entity `' + match[0] + '`, write ' + shown, expected: [decoded], note: note.html}
  }

  for (const match of text.includes('**') || text.includes('__') ? text.matchAll(strong) : []) {
    if (match[1] === '__' && /^\w+$/.test(match[2]!)) continue
    yield {...spanIn(segment, match.index, match[0].length), reason: 'Unexpected Markdown emphasis `' + match[1] + '`, remove it', expected: [match[2]!], note: note.markdown}
  }

  const bracket = text.includes('[')
  for (const match of bracket ? text.matchAll(link) : []) {
    const replacement = match[1] ? '' : match[2]!
    const fix = replacement ? 'write `' + replacement + '`' : 'remove it'
    yield {...spanIn(segment, match.index, match[0].length), reason: 'Unexpected Markdown ' + (match[1] ? 'image' : 'link') + ' `' + match[0] + '`, ' + fix, expected: [replacement], note: note.markdown}
  }

  for (const match of bracket ? text.matchAll(shortcode) : []) {
    yield {...spanIn(segment, match.index, match[0].length), reason: 'Unexpected shortcode `' + match[0] + '` in prose, remove it', expected: [''], note: note.html}
  }

  for (const match of bracket ? text.matchAll(markers) : []) {
    yield {...spanIn(segment, match.index, match[0].length), reason: 'Unexpected wiki marker `' + match[0] + '`, remove it', expected: [''], note: note.wiki}
  }
}

/** Names of tags opened and closed in the same paragraph (`<strong>…</strong>`): residue, not a mention. */
function tagPairs(text: string): Set<string> {
  const open = new Set<string>()
  const pairs = new Set<string>()
  for (const match of text.matchAll(tag)) {
    const name = match[2]?.toLowerCase()
    if (name === undefined) continue
    if (match[1]) {
      if (open.has(name)) pairs.add(name)
    } else {
      open.add(name)
    }
  }

  return pairs
}

function decodeEntity(body: string): string | undefined {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
    return code > 0 && code <= 0x10_ff_ff && (code < 0xd8_00 || code > 0xdf_ff) ? String.fromCodePoint(code) : undefined
  }

  return characterEntities[body]
}

const markerExpressions = new Map<string, RegExp>()

/** Reference markers glued to the previous word or punctuation: `pays.[3]`, `ville[réf. nécessaire]`. */
function wikiMarkerExpression(language: 'fr' | 'pt'): RegExp {
  let expression = markerExpressions.get(language)
  if (!expression) {
    const listed = wikiMarkers[language].map((marker) => marker.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s?'))
    expression = new RegExp('(?<=[\\p{L}\\p{N}.,;:!?»”"’)])\\[(?:\\d{1,3}|(?:note|nota) \\d{1,3}|' + listed.join('|') + ')\\]', 'giu')
    markerExpressions.set(language, expression)
  }

  return expression
}
