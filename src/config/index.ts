/**
 * mtlint configuration files (Node): `import {configFor} from 'mtlint/config'`.
 * Kept out of the main entry, which has no file-system access.
 */
export {ConfigError} from './error.js'
export {configNames, packageField} from './files.js'
export {findConfigFile} from './find.js'
export {clearConfigCache, configFor, loadConfig, readResolved, type ResolvedConfig} from './load.js'
export {optionsFor, type ConfigOverrides} from './merge.js'
export {presetNames, presets, type PresetName} from './presets.js'
export {validateConfig, type ConfigContent, type Override, type RuleSetting} from './validate.js'
// The unified plugins that lint each file with its configuration, as the command line does.
export {mtlintConfigured, mtlintSettle, type ConfiguredOptions} from '../configured.js'
