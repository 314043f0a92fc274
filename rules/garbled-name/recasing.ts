import {entityForms, foldName, normaliseName, type Entity, type EntityIndex} from '../../src/entities/index.js'
import type {WordEvidence} from '../../src/evidence.js'
import {between, withoutElision} from '../../src/words.js'
import type {Garbling} from './garbling.js'
import {SpellingMemo} from '../../src/spellings.js'

/** Positions of the capitals of a name after its first letter. */
const innerCapitals = (value: string) => [...value].flatMap((letter, index) => (index > 0 && /\p{Lu}/u.test(letter) ? [index] : []))

/**
 * A known name written with its inner capitals flattened: `Openai`,
 * `OpenAi`, `Chatgpt`, `Hugging face`. Left alone: the correct forms,
 * capitals for emphasis (`OPENAI`), names in lowercase (`chatgpt`, `qemu`:
 * commands and identifiers are written so; the document and the context
 * decide those), and common words that spell a name (`Un` for UN).
 */
export function* recased(words: WordEvidence[], index: EntityIndex, common: (word: string) => boolean): Generator<Garbling> {
  const {head, firstStep} = nameTrie(index)
  const headOf = (word: WordEvidence) => head.of(word)
  for (let start = 0; start < words.length; start++) {
    // Most words start no name: the trie's first step, once per spelling, rejects them.
    const first = firstStep.of(words[start]!)
    if (!first) continue
    const lengths = runLengths(first, words, start, headOf)
    for (const length of lengths) {
      const run = words.slice(start, start + length)
      if (!isContiguous(run)) continue
      const first = run[0]!
      const last = run.at(-1)!
      const text = first.segment.text.slice(first.index, last.index + last.value.length)
      const value = length === 1 ? withoutElision(text) : text
      const entity = pick(index.byFolded(value))
      if (!entity || index.byName(value).length > 0) continue
      // Common words of the language or of English that spell a name (`Un` for UN, `Le point` for Le Point) are those words;
      // names the dictionaries know only capitalised (`Dassault`, `European`) are not.
      if (run.every((word) => common(word.key)) || !isRecasing(value, entity)) continue
      yield {start: first.start + text.length - value.length, end: last.end, expected: [entity.name], why: 'recased', evidence: '`' + entity.name + '` is a known name'}
      start += length - 1
      break
    }
  }
}

/** Names as paths of their words' first tokens (folded): `Hugging Face` is `hugging` → `face`. */
interface TrieNode {
  next: Map<string, TrieNode>
  /** A name ends here. */
  end: boolean
}

interface Trie {
  /** A word's first name token. */
  head: SpellingMemo<string>
  /** The node a word's first token leads to from the root, if any. */
  firstStep: SpellingMemo<TrieNode | undefined>
}

const tries = new WeakMap<EntityIndex, Trie>()

/** The first name token of a text word: `l’OpenAI` → `openai`, `Coca-Cola` → `coca`. */
const headToken = (value: string) => foldName(withoutElision(value)).split(/[^\p{L}\p{N}]+/u)[0]!

function nameTrie(index: EntityIndex): Trie {
  let trie = tries.get(index)
  if (!trie) {
    const root: TrieNode = {next: new Map(), end: false}
    for (const entity of index.entities) {
      for (const form of entityForms(entity)) {
        let node = root
        for (const word of normaliseName(form).split(' ')) {
          const token = headToken(word)
          let child = node.next.get(token)
          if (!child) node.next.set(token, (child = {next: new Map(), end: false}))
          node = child
        }

        node.end = true
      }
    }

    trie = {head: new SpellingMemo(headToken), firstStep: new SpellingMemo((value) => root.next.get(headToken(value)))}
    tries.set(index, trie)
  }

  return trie
}

/**
 * How many words from `start` may spell a name, longest first: the depths
 * at which a name of the trie ends along the words' first tokens, from the
 * node of the first word. A run
 * that spells a name (once folded) always follows its path.
 */
function runLengths(first: TrieNode, words: WordEvidence[], start: number, headOf: (word: WordEvidence) => string): number[] {
  const lengths: number[] = first.end ? [1] : []
  let node: TrieNode | undefined = first
  const segment = words[start]!.segment
  for (let position = start + 1; node.next.size > 0 && position < words.length && words[position]!.segment === segment; position++) {
    node = node.next.get(headOf(words[position]!))
    if (!node) break
    if (node.end) lengths.unshift(position - start + 1)
  }

  return lengths
}

/**
 * Machine translation flattens capitals; it does not add them. So a
 * re-casing keeps fewer inner capitals than the name, in the same places
 * (`Openai`, `OpenAi`, `Chatgpt`, `Iphone` for iPhone), while a spelling
 * with capitals of its own (`MacOS`, `OpenWRT`) is a writer's choice. Names
 * in capitals (`NASA`) are left alone: French writes `Nasa` on purpose.
 */
function isRecasing(value: string, entity: Entity): boolean {
  // Same letters and accents, other capitals: `Méta` for Meta is a translation, not a re-casing.
  const name = [entity.name, ...(entity.variants ?? [])].find((form) => form.toLowerCase() === value.toLowerCase())
  if (!name || name === name.toUpperCase() || value === value.toLowerCase() || value === value.toUpperCase()) return false
  const inValue = innerCapitals(value)
  const inName = innerCapitals(name)
  return inValue.length < inName.length && inValue.every((index) => inName.includes(index))
}

/** Words one after the other with single spaces (or nothing else) between them. */
function isContiguous(run: WordEvidence[]): boolean {
  return run.every((word, position) => position === 0 || between(run[position - 1]!, word) === ' ')
}

/** Of several entities with the same folded form, the one that is not a common word, else the first. */
export function pick(candidates: readonly Entity[]): Entity | undefined {
  return candidates.find((entity) => !entity.commonWord) ?? candidates[0]
}
