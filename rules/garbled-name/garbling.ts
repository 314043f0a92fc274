/** A garbled name found in the text: its span, the correct form, and the evidence for the note. */
export interface Garbling {
  start: number
  end: number
  expected: string[]
  why: 'recased' | 'inconsistent' | 'translated' | 'lowercased'
  /** What decided it, said in the note: the lexicon, the document, the context. */
  evidence: string
}
