import type {Segment} from '../../src/document.js'
import type {BaseLanguage} from '../../src/language.js'
import {report} from '../../src/report.js'
import {contextOf} from '../../src/resolve-language.js'
import {defineRule} from '../../src/rule.js'
import {countLetterRuns} from '../../src/words.js'
import {classifyLine, classifyZoneLine, type Kind} from './classify.js'
import {english} from './en.js'
import {french} from './fr.js'
import type {Furniture} from './phrases.js'
import {portuguese} from './pt.js'

const furnitureOf: Record<BaseLanguage, Furniture> = {fr: merge(french, english), pt: merge(portuguese, english)}

/** A line of article prose: a sentence of ten words or more, or any line of twenty-five. */
const isProse = (segment: Segment) => {
  const words = countLetterRuns(segment.text, 25)
  return words >= 25 || (words >= 10 && /[.!?…»”"]\s|[.!?…]["»”)]*\s*$/u.test(segment.text))
}

export default defineRule({
  meta: {
    id: 'boilerplate',
    category: 'boilerplate',
    languages: ['fr', 'pt'],
    description: 'Page furniture scraped with the article: comment forms, share widgets, teasers, navigation, breadcrumbs, counters, credits.',
    defaultOptions: {}
  },
  create() {
    return function (tree, file) {
      const document = contextOf(tree, file)
      const furniture = furnitureOf[document.base]
      const lines = document.segments.filter((segment) => segment.wholeLine)
      const kinds = new Map<Segment, Kind>()

      for (const [index, line] of lines.entries()) {
        const kind = classifyLine(line, furniture, lines)
        if (!kind) continue
        kinds.set(line, kind)
        const next = lines[index + 1]
        if (kind === 'navigation label' && next && !isProse(next) && !classifyLine(next, furniture, lines)) {
          kinds.set(next, 'linked article title')
        }
      }

      const body = lines.map((line, index) => (!kinds.has(line) && isProse(line) ? index : -1)).filter((index) => index >= 0)
      // In a middle chunk of a huge document, neither end of the text is an end of the page.
      const bodyStart = document.part.first ? (body[0] ?? lines.length) : -1
      const bodyEnd = document.part.last ? (body.at(-1) ?? -1) : lines.length
      for (const [index, line] of lines.entries()) {
        if (kinds.has(line) || (index >= bodyStart && index <= bodyEnd)) continue
        const kind = classifyZoneLine(line, furniture, index === 0)
        if (kind) kinds.set(line, kind)
      }

      for (const line of lines) {
        const kind = kinds.get(line)
        if (!kind) continue
        report(file, document, {
          start: line.start,
          end: line.end,
          reason: 'Unexpected page furniture (' + kind + ') `' + abbreviate(line.text) + '`, remove it',
          expected: [''],
          note: 'Scraping kept the page around the article: ' + kind + 's are part of the site template, not of the text.'
        })
      }
    }
  }
})

function abbreviate(text: string): string {
  return text.length > 40 ? text.slice(0, 37).trimEnd() + '…' : text
}

function merge(language: Furniture, fallback: Furniture): Furniture {
  const result = {} as Record<keyof Furniture, readonly string[]>
  for (const key of Object.keys(language) as Array<keyof Furniture>) result[key] = [...language[key], ...fallback[key]]
  return result
}
