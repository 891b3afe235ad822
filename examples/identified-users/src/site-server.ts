import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { signIdentityToken } from '@helpdock/sdk/identity';
import { checkCredentials, type SiteAccount } from './accounts.js';
import { Sessions } from './sessions.js';

const PUBLIC_DIR = new URL('../public/', import.meta.url);
const STATIC: Record<string, string> = {
  '/site.js': 'text/javascript; charset=utf-8',
  '/site.css': 'text/css; charset=utf-8',
};

/** What the site server needs: where Helpdock is, and the tenant's identity secret (server-side only). */
export interface SiteOptions {
  /** Origin of the Helpdock API (and of `helpdock.js`). */
  apiOrigin: string;
  /** The tenant's identity secret: it signs user tokens here and never reaches the page. */
  identitySecret: string;
  /** Port to listen on; 0 picks a free one. */
  port?: number;
}

/** A running site. */
export interface SiteServer {
  /** The site's origin, e.g. `http://127.0.0.1:4012`. */
  url: string;
  /** Stops the server. */
  close(): Promise<void>;
}

/** The page's Content-Security-Policy: no inline script or style; scripts and calls to itself and the API. */
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

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The signed-in part of the page: who is signed in and a sign-out form, or the sign-in form. */
function accountPanel(account: SiteAccount | undefined, failed: boolean): string {
  if (account) {
    return `<p id="signed-in-as">Signed in as ${escapeHtml(account.name)}</p>
      <form id="sign-out" method="post" action="/logout"><button type="submit">Sign out</button></form>`;
  }
  return `${failed ? '<p role="alert">Wrong username or password.</p>' : ''}
      <form id="sign-in" method="post" action="/login">
        <label>Username <input name="username" autocomplete="username" required /></label>
        <label>Password <input name="password" type="password" autocomplete="current-password" required /></label>
        <button type="submit">Sign in</button>
      </form>`;
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) {
    body += chunk;
    if (body.length > 10_000) break;
  }
  return new URLSearchParams(body);
}

const redirectHome = (res: ServerResponse, headers: Record<string, string> = {}, query = '') =>
  res.writeHead(303, { Location: `/${query}`, ...headers }).end();

/**
 * The example site: its own sign-in with a session cookie, a page with the Helpdock script tag, and
 * `GET /helpdock-token`, where the backend signs the signed-in user's token with `signIdentityToken`.
 * The identity secret stays in this process; the page only ever sees short-lived signed tokens.
 */
export async function startSiteServer(options: SiteOptions): Promise<SiteServer> {
  const sessions = new Sessions();
  const page = await readFile(new URL('index.html', PUBLIC_DIR), 'utf8');

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://site.local');
    const account = sessions.accountOf(req.headers.cookie);
    try {
      if (req.method === 'POST' && url.pathname === '/login') {
        const form = await readForm(req);
        const found = checkCredentials(form.get('username') ?? '', form.get('password') ?? '');
        if (!found) return redirectHome(res, {}, '?sign-in=failed');
        return redirectHome(res, { 'Set-Cookie': sessions.start(found) });
      }
      if (req.method === 'POST' && url.pathname === '/logout') {
        return redirectHome(res, { 'Set-Cookie': sessions.end(req.headers.cookie) });
      }
      if (req.method === 'GET' && url.pathname === '/helpdock-token') {
        const headers = { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' };
        if (!account) return res.writeHead(401, headers).end(JSON.stringify({ error: 'Sign in first' }));
        const userJwt = await signIdentityToken(options.identitySecret, {
          sub: account.id,
          email: account.email,
          name: account.name,
          expiresIn: 600,
        });
        return res.writeHead(200, headers).end(JSON.stringify({ userJwt }));
      }
      if (req.method === 'GET' && url.pathname === '/') {
        const html = page
          .replaceAll('%HELPDOCK_API%', options.apiOrigin)
          .replace('%SIGNED_IN%', account ? 'true' : 'false')
          .replace('%ACCOUNT%', accountPanel(account, url.searchParams.get('sign-in') === 'failed'));
        return res
          .writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': contentSecurityPolicy(options.apiOrigin),
            'Cache-Control': 'no-store',
          })
          .end(html);
      }
      const type = req.method === 'GET' ? STATIC[url.pathname] : undefined;
      if (type) {
        const body = await readFile(new URL(url.pathname.slice(1), PUBLIC_DIR), 'utf8');
        return res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
      }
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
    } catch {
      res.writeHead(500, { 'Content-Type': 'text/plain' }).end('Something went wrong');
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
