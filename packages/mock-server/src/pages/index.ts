import { escapeHtml, htmlDocument, PAGE_CSP } from './html.js';
import { inboxPageHtml, inboxPageScript } from './inbox-page.js';
import { landingPageHtml } from './landing.js';
import { PAGES_CSS } from './styles.js';

export { PAGE_CSP } from './html.js';

/** A page or asset the HTTP server answers with. */
export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What the pages need from the running server. */
export interface PageContext {
  /** The origin the server is reached at. */
  origin: string;
  /** Whether a built widget file (e.g. `helpdock.js`, `helpdock-inbox.js`) can be served. */
  built(file: string): Promise<boolean>;
  /** Issues a fresh portal token for the demo assignment; undefined without demo data. */
  demoPortalToken(): Promise<string | undefined>;
}

const html = (body: string, status = 200): PageResponse => ({
  status,
  headers: {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  },
  body,
});

const asset = (type: string, body: string): PageResponse => ({
  status: 200,
  headers: {
    'Content-Type': `${type}; charset=utf-8`,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache',
  },
  body,
});

/**
 * The source text of a browser function, run at load. Runners that keep function names (tsx,
 * esbuild's `keepNames`) put calls to a `__name` helper into that text: it is defined here so the
 * script runs however the server was loaded.
 */
function scriptOf(main: () => void): string {
  return `(() => {\n  const __name = (target) => target;\n  (${main.toString()})();\n})();\n`;
}

/**
 * The reference server's own pages (not API routes): the landing page at `/`, the staff inbox at
 * `/inbox`, `/portal/new` (a fresh portal link, then a redirect to it) and their stylesheet and
 * script. Undefined for any other path.
 */
export async function servePage(
  method: string,
  path: string,
  context: PageContext,
): Promise<PageResponse | undefined> {
  if (method !== 'GET') return undefined;
  switch (path) {
    case '/':
    case '/index.html':
      return html(
        landingPageHtml({ origin: context.origin, widgetBuilt: await context.built('helpdock.js') }),
      );
    case '/inbox':
      return html(
        inboxPageHtml({ origin: context.origin, inboxBuilt: await context.built('helpdock-inbox.js') }),
      );
    case '/pages.css':
      return asset('text/css', PAGES_CSS);
    case '/inbox-page.js':
      return asset('text/javascript', scriptOf(inboxPageScript));
    case '/portal/new': {
      const token = await context.demoPortalToken();
      if (token === undefined) {
        const body =
          '<main><h1>No demo data</h1><p>This server runs without the demo seed, so there is no demo assignment to link to.</p></main>';
        return html(htmlDocument({ title: 'No demo data', body }), 404);
      }
      const location = `/portal/${encodeURIComponent(token)}`;
      return {
        status: 303,
        headers: {
          Location: location,
          'Cache-Control': 'no-store',
          'Content-Type': 'text/plain; charset=utf-8',
        },
        body: `See ${escapeHtml(location)}`,
      };
    }
    default:
      return undefined;
  }
}
