/**
 * White space, by code unit, as two tokenisers see it. They differ in two
 * characters, and each test must match its tokeniser exactly.
 */

/** White space as `\s` of a regular expression (U+FEFF is, U+0085 is not). */
export function isRegExpSpace(code: number): boolean {
  return isCommonSpace(code) || code === 0xfe_ff
}

/** White space as parse-latin sees it around a paragraph (U+0085 is, U+FEFF is not). */
export function isParseLatinSpace(code: number): boolean {
  return isCommonSpace(code) || code === 0x85
}

function isCommonSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x16_80 ||
    (code >= 0x20_00 && code <= 0x20_0a) ||
    code === 0x20_28 ||
    code === 0x20_29 ||
    code === 0x20_2f ||
    code === 0x20_5f ||
    code === 0x30_00
  )
}
