/** The name message-control markers go by: `<!-- mtlint-disable typography -->`. */
export const markerName = 'mtlint'

/** A marker as unified-message-control reads it: `attributes` is the verb, then rule ids. */
export interface Marker {
  name: string
  attributes: string
}

const comment = /^<!--([\s\S]*?)-->$/u
const directive = /^\s*mtlint(?:-|\s+)(\S+)([\s\S]*?)\s*$/u

/**
 * The marker in the body of a comment (` mtlint-disable typography nonword `),
 * or `undefined` when the comment is not one. `mtlint-<verb>` and
 * `mtlint <verb>` (the form of remark-lint) are both accepted; the verb is
 * checked by unified-message-control, which fails the file on an unknown one.
 */
export function markerIn(body: string): Marker | undefined {
  const match = directive.exec(body)
  return match ? {name: markerName, attributes: match[1]! + match[2]!} : undefined
}

/** The marker of a whole HTML comment (`<!-- mtlint-ignore -->`), as Markdown holds it in an `html` node or a plain-text line. */
export function markerInComment(value: string): Marker | undefined {
  const match = comment.exec(value.trim())
  return match ? markerIn(match[1]!) : undefined
}
