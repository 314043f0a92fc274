/** What a file holds, by its extension: it decides how prose is found in it. */
export type SourceKind = 'markdown' | 'html' | 'text'

/** Extensions (without the dot) of each kind; anything else is plain text. */
export const sourceExtensions: Record<SourceKind, readonly string[]> = {
  markdown: ['md', 'markdown', 'mdown', 'mkd'],
  html: ['html', 'htm', 'xhtml'],
  text: ['txt', 'text']
}

/** The kind of a file from its path: Markdown, HTML, or (any other extension, or none) plain text. */
export function sourceKind(path: string | undefined): SourceKind {
  const extension = /\.([^./\\]+)$/u.exec(path ?? '')?.[1]?.toLowerCase()
  if (extension && sourceExtensions.markdown.includes(extension)) return 'markdown'
  if (extension && sourceExtensions.html.includes(extension)) return 'html'
  return 'text'
}
