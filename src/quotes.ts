/** A quotation inside a paragraph: offsets in the paragraph's text, content without the marks. */
export interface Quotation {
  start: number
  end: number
}

const pairs: Record<string, string> = {'«': '»', '“': '”', '„': '“', '‘': '’', '"': '"'}
const opening = /[«“„‘"]/

/**
 * The quotations of a paragraph: text between « », “ ”, „ “ or straight
 * double quotes, outermost first. An opening mark with no closing one in
 * the paragraph quotes nothing.
 */
export function quotationsOf(text: string): Quotation[] {
  const quotations: Quotation[] = []
  // Most paragraphs quote nothing: one search for an opening mark spares them the walk.
  if (!opening.test(text)) return quotations
  let index = 0
  while (index < text.length) {
    const close = pairs[text[index]!]
    const end = close === undefined ? -1 : findClose(text, index + 1, close)
    if (end === -1) {
      index++
      continue
    }

    quotations.push({start: index + 1, end})
    index = end + 1
  }

  return quotations
}

function findClose(text: string, from: number, close: string): number {
  for (let index = from; index < text.length; index++) {
    if (text[index] !== close) continue
    if (close !== '’') return index
    if (index + 1 === text.length || /[\s.,;:!?)»]/u.test(text[index + 1]!)) return index
  }

  return -1
}
