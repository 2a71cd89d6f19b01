// A tiny static file server for the built app (dist/), with no dependencies.
//
// Used by the end-to-end tests, the benchmark and to try a release build by hand:
//
//   node scripts/static-server.mjs <dir> [port] [base]     (port 8080, base "/" by default)
//
// It listens on the loopback interface only, sends the right MIME type for each file
// (`application/wasm` matters: browsers refuse to stream-compile anything else), never
// serves a file outside <dir>, and tells browsers to revalidate everything: Trunk names
// files by a hash of cargo's output, so the same name can carry new bytes after a tool
// change.

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** Content types by file extension; anything else is sent as opaque bytes. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
});

const FALLBACK_TYPE = 'application/octet-stream';
/** Compressed bodies by path and modification time. */
const gzipCache = new Map();
/** What `gzip: true` compresses. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.svg', '.txt', '.webmanifest']);
const LOOPBACK_HOSTS = new Set(['127.0.0.1', '::1']);

/** The content type for a file name. */
export function mimeType(fileName) {
  return MIME_TYPES[path.extname(fileName).toLowerCase()] ?? FALLBACK_TYPE;
}

/**
 * Serve the files under `dir` at `http://<host>:<port><base>`.
 *
 * `port` 0 picks a free port. `base` is the URL path the directory appears under ("/" or
 * e.g. "/planner/"); requests outside it get 404. Resolves once listening, to
 * `{ url, close }`: `url` ends with the base path, `close()` stops the server and drops
 * open connections.
 */
export async function serve(dir, { port = 0, host = '127.0.0.1', base = '/', gzip = false } = {}) {
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(`static-server: refusing to listen on ${host}; use 127.0.0.1`);
  }
  const root = await realpath(dir).catch(() => {
    throw new Error(`static-server: no such directory: ${dir}`);
  });
  if (!(await stat(root)).isDirectory()) {
    throw new Error(`static-server: not a directory: ${dir}`);
  }
  const basePath = normaliseBase(base);
  const server = createServer((request, response) => {
    handle(root, basePath, request, response, gzip).catch((error) => {
      if (!response.headersSent) {
        send(response, 500, 'Internal Server Error');
      } else {
        response.destroy(error);
      }
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: actualPort } = server.address();
  const origin = host.includes(':') ? `http://[${host}]:${actualPort}` : `http://${host}:${actualPort}`;
  return {
    url: `${origin}${basePath}`,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** "/", "planner", "/planner" and "/planner/" become "/" or "/planner/". */
function normaliseBase(base) {
  const trimmed = String(base).replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

async function handle(root, basePath, request, response, gzip) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('Allow', 'GET, HEAD');
    return send(response, 405, 'Method Not Allowed');
  }
  let pathname;
  try {
    pathname = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  } catch {
    return send(response, 400, 'Bad Request');
  }
  if (`${pathname}/` === basePath) {
    response.setHeader('Location', basePath);
    return send(response, 301, 'Moved Permanently');
  }
  if (!pathname.startsWith(basePath) || pathname.includes('\0')) {
    return send(response, 404, 'Not Found');
  }
  const file = await resolveFile(root, pathname.slice(basePath.length));
  if (file.status === 301) {
    // A directory named without its trailing slash: relative URLs in its index.html
    // only resolve against the slashed form.
    response.setHeader('Location', `${encodeURI(pathname)}/`);
    return send(response, 301, 'Moved Permanently');
  }
  if (file.status !== 200) {
    return send(response, file.status, file.status === 403 ? 'Forbidden' : 'Not Found');
  }
  const accepts = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  if (gzip && accepts && COMPRESSIBLE.has(path.extname(file.path).toLowerCase())) {
    // As GitHub Pages serves it: gzip (here at -9, the level the budget counts), compressed
    // once per file version.
    const key = `${file.path}:${file.mtimeMs}`;
    let body = gzipCache.get(key);
    if (!body) {
      body = gzipSync(await readFile(file.path), { level: 9 });
      gzipCache.set(key, body);
    }
    response.writeHead(200, {
      'Content-Type': mimeType(file.path),
      'Content-Encoding': 'gzip',
      'Content-Length': body.length,
      'Cache-Control': 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    });
    return response.end(request.method === 'HEAD' ? undefined : body);
  }
  response.writeHead(200, {
    'Content-Type': mimeType(file.path),
    'Content-Length': file.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') {
    return response.end();
  }
  const stream = createReadStream(file.path);
  stream.on('error', (error) => response.destroy(error));
  stream.pipe(response);
}

/**
 * The file a request path (relative to the base) names: a directory means its index.html
 * (301 to add the trailing slash first). Anything that resolves outside `root`, symlinks
 * included, is 403.
 */
async function resolveFile(root, relative) {
  const candidate = path.resolve(root, `.${path.sep}${relative}`);
  if (!isInside(root, candidate)) {
    return { status: 403 };
  }
  let real;
  try {
    real = await realpath(candidate);
  } catch {
    return { status: 404 };
  }
  if (!isInside(root, real)) {
    return { status: 403 };
  }
  let info = await stat(real);
  if (info.isDirectory()) {
    if (relative !== '' && !relative.endsWith('/')) {
      return { status: 301 };
    }
    real = path.join(real, 'index.html');
    info = await stat(real).catch(() => null);
    if (!info) {
      return { status: 404 };
    }
  }
  return info.isFile() ? { status: 200, path: real, size: info.size, mtimeMs: info.mtimeMs } : { status: 404 };
}

function isInside(root, target) {
  return target === root || target.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}

function send(response, status, message) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-cache',
  });
  response.end(`${status} ${message}\n`);
}

async function main([dir, port = '8080', base = '/']) {
  if (!dir) {
    console.error('usage: node scripts/static-server.mjs <dir> [port] [base]');
    process.exit(2);
  }
  const portNumber = Number(port);
  if (!Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) {
    console.error(`static-server: not a port number: ${port}`);
    process.exit(2);
  }
  const server = await serve(dir, { port: portNumber, base });
  console.log(`Serving ${path.resolve(dir)} at ${server.url} (Ctrl+C to stop)`);
  const stop = () => server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
