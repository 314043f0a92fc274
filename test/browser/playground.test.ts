/**
 * The playground in headless Chromium: the browser bundle lints in the page,
 * with the dictionaries fetched over HTTP, and marks exactly the artefact.
 *
 * Needs Debian's chromium (`apt-get install -y chromium`) at /usr/bin/chromium,
 * or another binary in MTLINT_CHROMIUM; skipped, saying so, without one.
 */
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {chromium, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveDirectory, type StaticServer} from '../../scripts/serve-browser.js'

const root = fileURLToPath(new URL('../../', import.meta.url))
const executablePath = process.env.MTLINT_CHROMIUM ?? '/usr/bin/chromium'
const available = existsSync(executablePath)
if (!available) console.warn(`Skipping the browser test: no Chromium at ${executablePath} (apt-get install -y chromium, or set MTLINT_CHROMIUM)`)

/** Chromium flags that work offline in a container: no sandbox, GPU, QUIC or background connections. */
const args = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

describe.skipIf(!available)('playground in headless Chromium', () => {
  let server: StaticServer
  let profile: string
  let context: BrowserContext
  let page: Page
  const errors: string[] = []
  const lexicons: string[] = []

  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-browser.mjs', '--quiet'], {cwd: root, stdio: 'inherit'})
    server = await serveDirectory(join(root, 'dist/browser'))
    profile = await mkdtemp(join(tmpdir(), 'mtlint-chromium-'))
    context = await chromium.launchPersistentContext(profile, {executablePath, headless: true, args})
    page = context.pages()[0] ?? (await context.newPage())
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('response', (response) => {
      if (response.url().endsWith('.lex')) lexicons.push(new URL(response.url()).pathname + ' ' + response.status())
    })
    await page.goto(server.url)
  }, 120_000)

  afterAll(async () => {
    await context?.close()
    await server?.close()
    if (profile) await rm(profile, {recursive: true, force: true})
  })

  /** Type `text` in the textarea (lint as you type) and wait for its diagnostics. */
  async function lintInPage(text: string, lang: string) {
    await page.selectOption('#lang', lang)
    await page.fill('#text', text)
    await page.waitForSelector('#view[data-state="done"]', {timeout: 60_000})
    return {
      view: await page.textContent('#view'),
      marks: await marksInPage(),
      suggestions: await suggestionsInPage(),
      status: await page.textContent('#status')
    }
  }

  /** Each `<mark>` of the mirrored view: its rule and the text it covers. */
  function marksInPage() {
    return page.$$eval('#view mark', (found) => found.map((mark) => ({rule: mark.getAttribute('data-rule'), text: mark.textContent})))
  }

  /** The suggestions shown in the list of diagnostics. */
  function suggestionsInPage() {
    return page.$$eval('#diagnostics .suggestion', (found) => found.map((code) => code.textContent))
  }

  it('marks a broken compound in Portuguese and suggests the fix', async () => {
    const result = await lintInPage('A festa começa à meia -noite.', 'pt-BR')
    expect(result.marks).toEqual([{rule: 'broken-hyphenation', text: 'meia -noite'}])
    expect(result.suggestions).toEqual(['meia-noite'])
    expect(result.view).toBe('A festa começa à meia -noite.')
  })

  it('marks a re-cased name in French, linted with the Lint button', async () => {
    await page.uncheck('#live')
    await page.selectOption('#lang', 'fr')
    await page.fill('#text', 'Openai a publié un modèle.')
    await page.click('#run')
    await page.waitForSelector('#view[data-state="done"]', {timeout: 60_000})
    expect(await marksInPage()).toEqual([{rule: 'garbled-name', text: 'Openai'}])
    expect(await suggestionsInPage()).toEqual(['OpenAI'])
    await page.check('#live')
  })

  it('marks nothing in a clean sentence, its language detected', async () => {
    const result = await lintInPage('Le chat dort sur le canapé du salon depuis ce matin, et personne ne veut le déranger.', '')
    expect(result.marks).toEqual([])
    expect(result.status).toMatch(/^No diagnostics/)
  })

  it('lints the French example with every kind of artefact it holds marked', async () => {
    await page.click('button[data-example="fr"]')
    await page.waitForSelector('#view[data-state="done"]', {timeout: 60_000})
    const marks = await marksInPage()
    expect(new Set(marks.map((mark) => mark.rule))).toEqual(new Set(['garbled-name', 'typography', 'number-format', 'boilerplate']))
    expect(marks).toContainEqual({rule: 'number-format', text: '4PM'})
  })

  it('fetched the dictionaries over HTTP, not from the bundle', () => {
    expect(lexicons.sort()).toEqual(['/lexicon/en.lex 200', '/lexicon/fr.lex 200', '/lexicon/pt-PT.lex 200', '/lexicon/pt.lex 200'])
    expect(server.requests).toContain('/mtlint.js 200')
  })

  it('logged no errors in the page', () => {
    expect(errors).toEqual([])
  })
})
