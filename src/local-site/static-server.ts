// A tiny static file server for the built site: used by `npm run preview`, the e2e tests and the
// PDF and bench steps. Serves `dir` under `base` (e.g. /guide/), with a 404 page like a real host, and
// the headers of the site's own `_headers` file (written by the build: security-headers.ts), as Netlify
// and Cloudflare Pages do, so every browser test runs under the real content security policy.
import { createServer, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { HEADERS_FILE, parseHeadersFile } from './headers-file.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.ico': 'image/x-icon', '.xml': 'application/xml; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm', '.pdf': 'application/pdf', '.woff2': 'font/woff2', '.webmanifest': 'application/manifest+json',
};

/** Where and what to serve; every field has a default. */
export interface StaticServerOptions {
  dir?: string;
  base?: string;
  port?: number;
  host?: string;
}

/** The running server, its origin and the URL of the site's home page (origin + base). */
export interface RunningServer {
  server: Server;
  origin: string;
  url: string;
}

/** Starts serving; resolves to the running server and its origin. Port 0 picks a free port. */
export function startStaticServer({ dir = 'dist', base = '/', port = 0, host = '127.0.0.1' }: StaticServerOptions = {}): Promise<RunningServer> {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/|\/$/g, '')}`.replace(/^\/$/, '');
  const headersPath = join(root, HEADERS_FILE);
  const rules = existsSync(headersPath) ? parseHeadersFile(readFileSync(headersPath, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    if (prefix && !path.startsWith(`${prefix}/`) && path !== prefix) return send404(response, root);
    path = path.slice(prefix.length) || '/';
    for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) response.setHeader(name, value);
    if (path === `/${HEADERS_FILE}`) return send404(response, root);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) return send404(response, root);
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { location: `${prefix}${path}/${url.search}` });
        return response.end();
      }
      file = join(file, 'index.html');
    }
    if (!existsSync(file)) return send404(response, root);
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  return new Promise<RunningServer>((resolveStart, rejectStart) => {
    server.once('error', rejectStart);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolveStart({ server, origin: `http://${host}:${actualPort}`, url: `http://${host}:${actualPort}${prefix}/` });
    });
  });
}

function send404(response: ServerResponse, root: string) {
  const page = join(root, '404.html');
  response.writeHead(404, { 'content-type': TYPES['.html'] });
  if (existsSync(page)) createReadStream(page).pipe(response);
  else response.end('Not found');
}
