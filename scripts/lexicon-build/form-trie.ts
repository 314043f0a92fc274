/**
 * The generated forms, collected in a trie over UTF-16 code units (typed
 * arrays, no per-form strings kept), then minimised into an acyclic
 * automaton (DAWG).
 *
 * Each trie node may carry the best-ranked affix derivation of its form
 * (rank and root) and the index of the dictionary word spelt there.
 * Minimisation is bottom-up: a node becomes the registered state with the
 * same value and the same labelled edges to the same states, if there is one.
 */

const NONE = -1

/** What ends at a trie node, for the caller to turn into a state value. */
export interface FormInfo {
  /** Root of the best-ranked derivation, or -1. */
  readonly root: number
  /** Index given to `addWord`, or -1. */
  readonly wordIndex: number
}

export interface BuiltAutomaton {
  /** Per state: its value (0 = not accepting). */
  readonly values: Uint8Array
  /** Per state: index of its first edge in `edgeLabels`/`edgeTargets`. */
  readonly edgeStart: Uint32Array
  readonly edgeCount: Uint32Array
  /** Edges of all states, each state's edges sorted by label. */
  readonly edgeLabels: Uint16Array
  readonly edgeTargets: Uint32Array
  readonly stateCount: number
  readonly root: number
}

function grown<T extends Int32Array | Uint32Array | Uint16Array | Uint8Array>(
  old: T,
  capacity: number,
  fill?: number
): T {
  const array = new (old.constructor as new (n: number) => T)(capacity)
  if (fill !== undefined) array.fill(fill, old.length)
  array.set(old)
  return array
}

/** Growable Uint32 list. */
class Column {
  array = new Uint32Array(1 << 16)
  length = 0
  push(value: number): void {
    if (this.length === this.array.length) this.array = grown(this.array, this.array.length * 2)
    this.array[this.length++] = value
  }
  view(): Uint32Array {
    return this.array.slice(0, this.length)
  }
}

export class FormTrie {
  private size = 1
  private capacity = 1 << 20
  private firstChild = new Int32Array(this.capacity).fill(NONE)
  private nextSibling = new Int32Array(this.capacity).fill(NONE)
  private label = new Uint16Array(this.capacity)
  private bestRank = new Uint32Array(this.capacity)
  private bestRoot = new Int32Array(this.capacity).fill(NONE)
  private wordIndex = new Int32Array(this.capacity).fill(NONE)
  private ambiguous = new Uint8Array(this.capacity)

  private grow(): void {
    const capacity = this.capacity * 2
    this.firstChild = grown(this.firstChild, capacity, NONE)
    this.nextSibling = grown(this.nextSibling, capacity, NONE)
    this.label = grown(this.label, capacity)
    this.bestRank = grown(this.bestRank, capacity)
    this.bestRoot = grown(this.bestRoot, capacity, NONE)
    this.wordIndex = grown(this.wordIndex, capacity, NONE)
    this.ambiguous = grown(this.ambiguous, capacity)
    this.capacity = capacity
  }

  /** The node spelling `word`, created if needed; children stay sorted. */
  private node(word: string): number {
    let node = 0
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i)
      let previous = NONE
      let child = this.firstChild[node] as number
      while (child !== NONE && (this.label[child] as number) < code) {
        previous = child
        child = this.nextSibling[child] as number
      }
      if (child === NONE || this.label[child] !== code) {
        if (this.size === this.capacity) this.grow()
        const created = this.size++
        this.label[created] = code
        this.nextSibling[created] = child
        if (previous === NONE) this.firstChild[node] = created
        else this.nextSibling[previous] = created
        child = created
      }
      node = child
    }
    return node
  }

  /**
   * Record a derivation of `form` from `root` at `rank` (lower is found
   * first by Hunspell). `sameClass` tells whether two roots give the same
   * answer, to report forms where the rank decides.
   */
  addDerivation(form: string, root: number, rank: number, sameClass: (a: number, b: number) => boolean): void {
    const node = this.node(form)
    const best = this.bestRoot[node] as number
    if (best === NONE) {
      this.bestRoot[node] = root
      this.bestRank[node] = rank
      return
    }
    if (!sameClass(best, root)) this.ambiguous[node] = 1
    if (rank < (this.bestRank[node] as number)) {
      this.bestRoot[node] = root
      this.bestRank[node] = rank
    }
  }

  addWord(word: string, index: number): void {
    this.wordIndex[this.node(word)] = index
  }

  /** Forms whose derivations disagree (spelt out; there are few). */
  ambiguousForms(): string[] {
    const forms: string[] = []
    const walk = (node: number, prefix: string): void => {
      if (this.ambiguous[node]) forms.push(prefix)
      for (let c = this.firstChild[node] as number; c !== NONE; c = this.nextSibling[c] as number) {
        walk(c, prefix + String.fromCharCode(this.label[c] as number))
      }
    }
    if (this.ambiguous.some((flag) => flag === 1)) walk(0, '')
    return forms
  }

  /** Minimise into an automaton; `valueOf` gives each node's value (0-255). */
  minimize(valueOf: (info: FormInfo) => number): BuiltAutomaton {
    const values = new Column()
    const edgeStart = new Column()
    const edgeCount = new Column()
    const labels = new Column()
    const targets = new Column()
    const stateOf = new Int32Array(this.size)

    // Open-addressing register of states, keyed by value and edges.
    let table = new Int32Array(1 << 16).fill(NONE)
    const hashOf = (state: number): number => {
      let hash = Math.imul((values.array[state] as number) + 1, 0x9e3779b1)
      const start = edgeStart.array[state] as number
      const end = start + (edgeCount.array[state] as number)
      for (let e = start; e < end; e++) {
        hash = Math.imul(hash ^ (labels.array[e] as number), 0x85ebca6b)
        hash = Math.imul(hash ^ (targets.array[e] as number), 0xc2b2ae35)
        hash ^= hash >>> 15
      }
      return hash >>> 0
    }
    const equal = (a: number, b: number): boolean => {
      const count = edgeCount.array[a] as number
      if (values.array[a] !== values.array[b] || count !== edgeCount.array[b]) return false
      const startA = edgeStart.array[a] as number
      const startB = edgeStart.array[b] as number
      for (let k = 0; k < count; k++) {
        if (labels.array[startA + k] !== labels.array[startB + k]) return false
        if (targets.array[startA + k] !== targets.array[startB + k]) return false
      }
      return true
    }
    const insert = (state: number): void => {
      const mask = table.length - 1
      let slot = hashOf(state) & mask
      while (table[slot] !== NONE) slot = (slot + 1) & mask
      table[slot] = state
    }

    // Iterative post-order over the trie.
    const stack = new Int32Array(this.size)
    const expanded = new Uint8Array(this.size)
    let top = 0
    stack[top++] = 0
    while (top > 0) {
      const node = stack[top - 1] as number
      if (!expanded[node]) {
        expanded[node] = 1
        for (let c = this.firstChild[node] as number; c !== NONE; c = this.nextSibling[c] as number) {
          stack[top++] = c
        }
        continue
      }
      top--
      const value = valueOf({root: this.bestRoot[node] as number, wordIndex: this.wordIndex[node] as number})
      // Build the candidate state at the end of the arrays…
      const candidate = values.length
      values.push(value)
      edgeStart.push(labels.length)
      let count = 0
      for (let c = this.firstChild[node] as number; c !== NONE; c = this.nextSibling[c] as number) {
        // Skip dead ends: forms that are stored but not accepted.
        if (stateOf[c] === NONE) continue
        labels.push(this.label[c] as number)
        targets.push(stateOf[c] as number)
        count++
      }
      edgeCount.push(count)
      if (value === 0 && count === 0 && node !== 0) {
        values.length--
        edgeStart.length--
        edgeCount.length--
        stateOf[node] = NONE
        continue
      }
      // …and drop it again if an equal state is registered.
      const mask = table.length - 1
      let slot = hashOf(candidate) & mask
      let found = NONE
      for (let existing = table[slot] as number; existing !== NONE; existing = table[slot] as number) {
        if (equal(existing, candidate)) {
          found = existing
          break
        }
        slot = (slot + 1) & mask
      }
      if (found !== NONE) {
        values.length--
        edgeStart.length--
        edgeCount.length--
        labels.length -= count
        targets.length -= count
        stateOf[node] = found
        continue
      }
      stateOf[node] = candidate
      table[slot] = candidate
      if (values.length * 2 > table.length) {
        table = new Int32Array(table.length * 2).fill(NONE)
        for (let state = 0; state < values.length; state++) insert(state)
      }
    }

    return {
      values: Uint8Array.from(values.view()),
      edgeStart: edgeStart.view(),
      edgeCount: edgeCount.view(),
      edgeLabels: Uint16Array.from(labels.view()),
      edgeTargets: targets.view(),
      stateCount: values.length,
      root: stateOf[0] as number
    }
  }
}
