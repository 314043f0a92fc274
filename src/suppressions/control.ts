import type {Node} from 'unist'
import {messageControl} from 'unified-message-control'
import type {VFile} from 'vfile'
import {location} from 'vfile-location'
import {ruleIds} from '../registry.js'
import {markerIn, markerInComment, markerName, type Marker} from './marker.js'

/** Hide the messages that markers in a Markdown tree (mdast) turn off. */
export function controlMarkdown(tree: Node, file: VFile) {
  control(tree, file, (node) => (node.type === 'html' ? markerInComment((node as Node & {value: string}).value) : undefined))
}

/** Hide the messages that markers in an HTML tree (hast) turn off. */
export function controlHtml(tree: Node, file: VFile) {
  dropSpaceAfterMarkers(tree)
  control(tree, file, (node) => (node.type === 'comment' ? markerIn((node as Node & {value: string}).value) : undefined))
}

/**
 * Hide the messages that markers in a plain text turn off: lines that hold
 * nothing but an HTML comment such as `<!-- mtlint-disable nonword -->`.
 * `ignore` covers the next non-blank line. Messages on marker lines
 * themselves (the comment looks like markup residue) are hidden too.
 */
export function controlText(file: VFile) {
  const value = String(file)
  if (!value.includes('mtlint')) return
  const place = location(file)
  const lines: TextLine[] = []
  const line = /[^\r\n]+/gu
  let match: RegExpExecArray | null
  while ((match = line.exec(value))) {
    if (match[0].trim() === '') continue
    const start = match.index
    const end = start + match[0].length
    lines.push({type: 'line', value: match[0], marker: markerInComment(match[0]), start, end, position: {start: place.toPoint(start)!, end: place.toPoint(end)!}})
  }

  const markers = lines.filter((node) => node.marker)
  if (markers.length === 0) return
  file.messages = file.messages.filter((message) => {
    const offset = message.place && 'start' in message.place ? message.place.start.offset : undefined
    return offset === undefined || !markers.some((node) => offset >= node.start && offset < node.end)
  })
  const root = {type: 'root', children: lines, position: {start: place.toPoint(0)!, end: place.toPoint(value.length)!}}
  control(root, file, (node) => (node as TextLine).marker)
}

/** A non-blank line of a plain text, as a node for unified-message-control. */
interface TextLine extends Node {
  value: string
  marker: Marker | undefined
  start: number
  end: number
}

function control(tree: Node, file: VFile, marker: (node: Node) => Marker | undefined) {
  messageControl(tree as never, {file, name: markerName, marker: marker as never, known: [...ruleIds]})
}

/** `ignore` applies to the node after the marker; in HTML that is often the white space before the element meant. */
function dropSpaceAfterMarkers(node: Node) {
  const children = (node as Node & {children?: Node[]}).children
  if (!children) return
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!
    if (child.type === 'comment' && markerIn((child as Node & {value: string}).value)) {
      while (children[index + 1]?.type === 'text' && /^\s*$/u.test((children[index + 1] as Node & {value: string}).value)) children.splice(index + 1, 1)
    } else {
      dropSpaceAfterMarkers(child)
    }
  }
}
