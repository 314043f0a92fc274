/**
 * A static file server for dist/browser/ (the playground and the bundle),
 * on 127.0.0.1 only. `npm run playground` builds and serves it; the browser
 * test starts one on a random port.
 *
 *   tsx scripts/serve-browser.ts [--port 8080] [directory]
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, normalize, resolve, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.lex': 'application/octet-stream',
  '.txt': 'text/plain; charset=utf-8'
}

export interface StaticServer {
  /** The server's base URL, ending in `/`. */
  url: string
  /** Paths requested so far, with their status: `['/index.html 200', …]`. */
  requests: string[]
  close(): Promise<void>
}

/** Serve `directory` over HTTP on 127.0.0.1 (`port` 0: a free one). */
export async function serveDirectory(directory: string, port = 0): Promise<StaticServer> {
  const root = resolve(directory)
  const requests: string[] = []
  const server: Server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
      const path = normalize(join(root, pathname.endsWith('/') ? pathname + 'index.html' : pathname))
      const file = path.startsWith(root + sep) ? await stat(path).catch(() => undefined) : undefined
      if (!file?.isFile()) {
        requests.push(pathname + ' 404')
        response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'}).end('Not found: ' + pathname + '\n')
        return
      }

      requests.push(pathname + ' 200')
      response.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream', 'content-length': file.size, 'cache-control': 'no-cache'})
      createReadStream(path).pipe(response)
    })()
  })
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve))
  const {port: bound} = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${bound}/`,
    requests,
    close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === normalize(process.argv[1])) {
  const {values, positionals} = parseArgs({options: {port: {type: 'string', default: '8080'}}, allowPositionals: true})
  const directory = positionals[0] ?? fileURLToPath(new URL('../dist/browser/', import.meta.url))
  const server = await serveDirectory(directory, Number(values.port))
  console.log(`mtlint playground: ${server.url} (serving ${directory}; Ctrl-C to stop)`)
}
