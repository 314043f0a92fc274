/**
 * The committed lexicon data is what the build script makes; after a
 * dictionary update run `npx tsx scripts/build-lexicons.ts`. Portuguese,
 * the slowest, has its own file so that it runs in parallel.
 */
import {rebuildsIdentically} from './rebuild-check.js'

for (const language of ['en', 'fr', 'pt-PT'] as const) rebuildsIdentically(language)
