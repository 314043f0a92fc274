/**
 * The services rules get when none are given (`services` option, or
 * `processor.data('mtlintServices')`): in Node, data read from disk.
 *
 * Browser bundles swap this module for `default-services.browser.ts`
 * (package.json `browser` field; scripts/build-browser.mjs), so that no
 * Node-only module is reachable from `lint()` there.
 */
export {nodeServices as defaultServices} from './node-services.js'
