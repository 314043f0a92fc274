import {spawn, type ChildProcessWithoutNullStreams} from 'node:child_process'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  CodeActionKind,
  CodeActionRequest,
  createProtocolConnection,
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentFormattingRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node.js'

// The server as editors run it: the built bin (npm test builds first), a
// real LSP client on its stdio.
const server = fileURLToPath(new URL('../dist/src/language-server.js', import.meta.url))

// `🚀` is two UTF-16 code units: LSP columns count them, as mtlint's do.
const withArtefact = 'Le rapport sort aujourd’hui.\nDepuis 🚀 mai, Openai a publié trois modèles de langage, selon le journal.\n'
const clean = withArtefact.replace('Openai', 'OpenAI')

// Set up in beforeAll: a workspace with an `.mtlintignore`, the server, the client.
let workspace: string
let uri: string
let ignored: string
let english: string
let configured: string
let markdown: string
let child: ChildProcessWithoutNullStreams
let exited: Promise<number | null>
let stderr = ''
let connection: ProtocolConnection
const logs: string[] = []

// Every publishDiagnostics, and waiters for a given document version.
const published: PublishDiagnosticsParams[] = []
const waiters: Array<{uri: string; version: number; resolve: (params: PublishDiagnosticsParams) => void}> = []

function diagnosticsOf(version: number, of = uri): Promise<PublishDiagnosticsParams> {
  const done = published.find((params) => params.uri === of && params.version === version)
  return done ? Promise.resolve(done) : new Promise((resolve) => waiters.push({uri: of, version, resolve}))
}

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'mtlint-lsp-'))
  uri = pathToFileURL(join(workspace, 'article.txt')).href
  ignored = pathToFileURL(join(workspace, 'drafts', 'ignored.txt')).href
  english = pathToFileURL(join(workspace, 'english.txt')).href
  writeFileSync(join(workspace, '.mtlintignore'), 'drafts/\n')
  // A folder whose configuration turns garbled-name off, as on the command line.
  mkdirSync(join(workspace, 'quiet'))
  writeFileSync(join(workspace, 'quiet', '.mtlintrc.yaml'), 'rules:\n  garbled-name: off\n')
  configured = pathToFileURL(join(workspace, 'quiet', 'article.txt')).href
  markdown = pathToFileURL(join(workspace, 'notes.md')).href

  child = spawn(process.execPath, [server, '--stdio'], {cwd: workspace, stdio: ['pipe', 'pipe', 'pipe']})
  child.stderr.on('data', (chunk: Buffer) => (stderr += String(chunk)))
  exited = new Promise((resolve) => child.on('exit', resolve))

  connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin))
  connection.onNotification(LogMessageNotification.type, (params) => logs.push(params.message))
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params)
    for (const waiter of waiters.filter((waiter) => params.uri === waiter.uri && params.version === waiter.version)) waiter.resolve(params)
  })
  connection.listen()

  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: pathToFileURL(workspace).href,
    workspaceFolders: [{uri: pathToFileURL(workspace).href, name: 'workspace'}],
    capabilities: {textDocument: {codeAction: {codeActionLiteralSupport: {codeActionKind: {valueSet: [CodeActionKind.QuickFix]}}}}}
  })
  expect(result.capabilities.codeActionProvider).toMatchObject({codeActionKinds: [CodeActionKind.QuickFix]})
  await connection.sendNotification(InitializedNotification.type, {})
})

afterAll(() => {
  connection.dispose()
  child.kill()
  rmSync(workspace, {recursive: true, force: true})
})

describe('mtlint-language-server over stdio', () => {
  let diagnostic: Diagnostic

  it('publishes diagnostics when a document opens, with rule, source, link and exact range', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri, languageId: 'plaintext', version: 1, text: withArtefact}})
    const {diagnostics} = await diagnosticsOf(1)
    expect(diagnostics).toHaveLength(1)
    diagnostic = diagnostics[0]!
    expect(diagnostic).toMatchObject({
      range: {start: {line: 1, character: 15}, end: {line: 1, character: 21}},
      severity: DiagnosticSeverity.Warning,
      code: 'garbled-name',
      source: 'mtlint',
      codeDescription: {href: expect.stringMatching(/rules\/garbled-name\/readme\.md$/)},
      data: {expected: ['OpenAI']}
    })
    expect(diagnostic.message).toMatch(/^Unexpected `Openai`, write `OpenAI`\n/)
    // The processor came from the package itself, not the fallback.
    expect(logs.filter((message) => message.includes('Cannot find'))).toEqual([])
  })

  it('offers the expected text as a preferred quick fix', async () => {
    const actions = (await connection.sendRequest(CodeActionRequest.type, {
      textDocument: {uri},
      range: diagnostic.range,
      context: {diagnostics: [diagnostic], only: [CodeActionKind.QuickFix]}
    })) as CodeAction[]
    expect(actions).toEqual([
      {
        title: 'Replace `Openai` with `OpenAI`',
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        edit: {changes: {[uri]: [{range: diagnostic.range, newText: 'OpenAI'}]}}
      }
    ])
  })

  it('clears the diagnostics when the document changes to a clean text', async () => {
    await connection.sendNotification(DidChangeTextDocumentNotification.type, {textDocument: {uri, version: 2}, contentChanges: [{text: clean}]})
    expect((await diagnosticsOf(2)).diagnostics).toEqual([])
  })

  it('leaves files listed in .mtlintignore alone', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: ignored, languageId: 'plaintext', version: 1, text: withArtefact}})
    expect((await diagnosticsOf(1, ignored)).diagnostics).toEqual([])
  })

  it('applies the configuration file found from the document upward', async () => {
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: configured, languageId: 'plaintext', version: 1, text: withArtefact}})
    expect((await diagnosticsOf(1, configured)).diagnostics).toEqual([])
  })

  it('lints Markdown as Markdown: prose, not code, at places in the original text', async () => {
    const text = '# Notes\n\n```\nOpenai.connect()\n```\n\nDepuis mai, **Openai** a publié trois modèles de langage, selon le journal.\n'
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: markdown, languageId: 'markdown', version: 1, text}})
    const {diagnostics} = await diagnosticsOf(1, markdown)
    expect(diagnostics.map((item) => [item.code, item.range.start.line, item.range.start.character, item.range.end.character])).toEqual([['garbled-name', 6, 14, 20]])
  })

  it('says once, as information, that a text in another language is not linted', async () => {
    const text = 'This article was written in English and should not be linted as French.\n'
    await connection.sendNotification(DidOpenTextDocumentNotification.type, {textDocument: {uri: english, languageId: 'plaintext', version: 1, text}})
    const {diagnostics} = await diagnosticsOf(1, english)
    expect(diagnostics).toEqual([expect.objectContaining({code: 'language', severity: DiagnosticSeverity.Information, message: expect.stringContaining('This text looks English')})])
  })

  it('leaves the text alone when asked to format it', async () => {
    const edits = await connection.sendRequest(DocumentFormattingRequest.type, {textDocument: {uri}, options: {tabSize: 2, insertSpaces: true}})
    expect(edits ?? []).toEqual([])
  })

  it('shuts down and exits cleanly', async () => {
    await connection.sendRequest(ShutdownRequest.type)
    await connection.sendNotification(ExitNotification.type)
    expect(await exited).toBe(0)
    expect(stderr).toBe('')
  })
})
