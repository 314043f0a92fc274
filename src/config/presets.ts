import type {Severity} from '../rule.js'

/** The presets a configuration can start from. */
export const presetNames = ['recommended', 'strict', 'all'] as const
export type PresetName = (typeof presetNames)[number]

/**
 * Severity of each rule in a preset; rules not listed take `fallback`.
 *
 * - `recommended`: every rule, as warnings (what mtlint does without a configuration).
 * - `strict`: every rule as an error except `nonword`, which stays a warning: it makes 34 of the 35
 *   diagnostics on the 44,400 words of clean human text (fixtures/clean), the other rules none or one.
 * - `all`: every rule as an error.
 */
export const presets: Record<PresetName, {fallback: Severity; rules: Record<string, Severity>}> = {
  recommended: {fallback: 'warn', rules: {}},
  strict: {fallback: 'error', rules: {nonword: 'warn'}},
  all: {fallback: 'error', rules: {}}
}
