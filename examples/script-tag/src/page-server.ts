import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PUBLIC_DIR = fileURLToPath(new URL('../public/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/**
 * The page's Content-Security-Policy: scripts only from this origin and the Helpdock API, no inline
 * script or style, network calls only to the API. The bubble works under it.
 */
export function contentSecurityPolicy(apiOrigin: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' ${apiOrigin}`,
    "style-src 'self'",
    `connect-src 'self' ${apiOrigin}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A running page server. */
export interface PageServer {
  /** The page's origin, e.g. `http://127.0.0.1:4011`. */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** Serves `public/` on its own origin, with the API origin filled into the HTML and a strict CSP. */
export async function startPageServer(apiOrigin: string, port = 0): Promise<PageServer> {
  const server = createServer(async (req, res) => {
    const path = new URL(req.url ?? '/', 'http://page.local').pathname;
    const file = path === '/' ? 'index.html' : path.slice(1);
    const type = TYPES[extname(file)];
    if (!type || file.includes('..') || file.includes('/')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      let body = await readFile(join(PUBLIC_DIR, file), 'utf8');
      if (file === 'index.html') body = body.replaceAll('%HELPDOCK_API%', apiOrigin);
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Security-Policy': contentSecurityPolicy(apiOrigin),
        'Cache-Control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
