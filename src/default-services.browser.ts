/**
 * The services rules get when none are given, in a browser: data fetched
 * from `lexicon/` beside the bundle. Replaces `default-services.ts` in
 * browser bundles.
 */
import {browserServices} from './browser-services.js'

export const defaultServices = browserServices()
