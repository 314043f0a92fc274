/**
 * Hunspell flag syntax (`FLAG` directive of the .aff file): how a run of
 * flag characters in a .dic entry or an affix continuation class is split
 * into individual flags.
 *
 * Flags are returned as strings (one string per flag); the build interns
 * them to small integers afterwards.
 */

export type FlagType = 'char' | 'long' | 'num' | 'UTF-8'

/** Split a flag field (`AB`, `L'D'`, `1,23`, `ãý`) into its flags. */
export function decodeFlags(field: string, type: FlagType): string[] {
  if (field === '') return []
  switch (type) {
    case 'long': {
      // Hunspell reads two *bytes* per flag; every dictionary we build uses
      // ASCII long flags, which we check so a byte/char mismatch cannot hide.
      if (!/^[\x00-\x7f]*$/.test(field)) {
        throw new Error(`non-ASCII long flag field: ${field}`)
      }
      if (field.length % 2 !== 0) {
        throw new Error(`odd-length long flag field: ${field}`)
      }
      const flags: string[] = []
      for (let i = 0; i < field.length; i += 2) flags.push(field.slice(i, i + 2))
      return flags
    }
    case 'num':
      return field.split(',').filter((part) => part !== '')
    case 'UTF-8':
      return Array.from(field)
    case 'char': {
      // One flag per byte. Non-ASCII characters would be several flags in
      // Hunspell; refuse them rather than guess.
      if (!/^[\x00-\x7f]*$/.test(field)) {
        throw new Error(`non-ASCII single-byte flag field: ${field}`)
      }
      return Array.from(field)
    }
  }
}

/** Split a COMPOUNDRULE pattern into flags and `*`/`?` operators. */
export function decodeCompoundRule(rule: string, type: FlagType): string[] {
  const tokens: string[] = []
  if (type === 'long' || type === 'num') {
    // Multi-character flags are written in parentheses: (aa)(bb)*
    const re = /\(([^)]*)\)|([*?])/gu
    for (const match of rule.matchAll(re)) {
      tokens.push(match[1] ?? match[2] ?? '')
    }
    return tokens
  }
  return Array.from(rule)
}
