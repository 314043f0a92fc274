// Build the browser bundle and the playground into dist/browser/:
//   mtlint.js (+ chunks loaded on demand)  the library, from src/browser.ts
//   lexicon/*.lex                          the dictionaries, fetched by URL
//   index.html, playground.js, .css        the playground, which imports ./mtlint.js
// Usage: node scripts/build-browser.mjs [--quiet]
import {copyFile, mkdir, readdir, readFile, rm, stat} from 'node:fs/promises'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {gzipSync} from 'node:zlib'
import * as esbuild from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist/browser')
const quiet = process.argv.includes('--quiet')

/** Browser builds take default-services.browser.ts for default-services.ts (as the package.json `browser` field does for dist/). */
const browserDefaults = {
  name: 'mtlint-browser-defaults',
  setup(build) {
    build.onResolve({filter: /[/\\]default-services\.js$/}, (args) => ({path: join(args.resolveDir, 'default-services.browser.ts')}))
  }
}

/** The playground imports the library as a separate module, as a page of yours would. */
const libraryExternal = {
  name: 'mtlint-library-external',
  setup(build) {
    build.onResolve({filter: /^\.\.\/browser\.js$/}, () => ({path: './mtlint.js', external: true}))
  }
}

const common = {bundle: true, format: 'esm', platform: 'browser', target: 'es2022', minify: true, sourcemap: true, legalComments: 'linked', logLevel: 'warning', absWorkingDir: root}

await rm(out, {recursive: true, force: true})
await esbuild.build({...common, entryPoints: {mtlint: 'src/browser.ts'}, outdir: out, splitting: true, chunkNames: '[name]-[hash]', plugins: [browserDefaults]})
await esbuild.build({...common, entryPoints: {playground: 'src/playground/playground.ts'}, outdir: out, plugins: [libraryExternal]})
for (const name of ['index.html', 'playground.css']) await copyFile(join(root, 'src/playground', name), join(out, name))

await mkdir(join(out, 'lexicon'))
const lexicons = (await readdir(join(root, 'src/lexicon/data'))).filter((name) => name.endsWith('.lex'))
for (const name of lexicons) await copyFile(join(root, 'src/lexicon/data', name), join(out, 'lexicon', name))

if (!quiet) {
  const kb = (bytes) => Math.round(bytes / 1024).toLocaleString('en') + ' KB'
  for (const directory of [out, join(out, 'lexicon')]) {
    for (const name of (await readdir(directory)).filter((name) => /\.(?:js|lex)$/.test(name))) {
      const path = join(directory, name)
      const size = (await stat(path)).size
      console.log(`${path.slice(root.length + 1).padEnd(40)} ${kb(size).padStart(9)}  gzip ${kb(gzipSync(await readFile(path)).length).padStart(9)}`)
    }
  }
}
