import { customerPageHtml } from './customer-page.js';
import { escapeHtml, htmlDocument, PAGE_CSP, preferredLanguage } from './html.js';
import { inboxPageHtml, inboxPageScript } from './inbox-page.js';
import { landingPageHtml } from './landing.js';
import { portalPageHtml } from './portal-page.js';
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
  /** The request's `Accept-Language` header: the full-page components speak the visitor's language. */
  acceptLanguage?: string | undefined;
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

/** A full-page component's page: its URL may hold a credential (a portal token), so no referrer leaves it. */
const componentHtml = (body: string): PageResponse => {
  const page = html(body);
  page.headers['Referrer-Policy'] = 'no-referrer';
  return page;
};

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

/** The path segment as the visitor's link spelled it, percent-decoded where that is valid. */
function pathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** `/portal/new`: a fresh demo portal link, then a redirect to it (404 without demo data). */
async function newDemoPortalLink(context: PageContext): Promise<PageResponse> {
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

/** One page: the paths it answers (its first group, if any, is handed to `serve`) and its answer. */
interface Page {
  path: RegExp;
  serve(context: PageContext, segment: string | undefined): Promise<PageResponse> | PageResponse;
}

/**
 * Every page of the reference server, in the order they are tried (so `/portal/new` comes before
 * `/portal/{token}`).
 */
const PAGES: readonly Page[] = [
  {
    path: /^\/(?:index\.html)?$/,
    serve: async (context) =>
      html(landingPageHtml({ origin: context.origin, widgetBuilt: await context.built('helpdock.js') })),
  },
  {
    path: /^\/inbox$/,
    serve: async (context) =>
      html(inboxPageHtml({ origin: context.origin, inboxBuilt: await context.built('helpdock-inbox.js') })),
  },
  { path: /^\/pages\.css$/, serve: () => asset('text/css', PAGES_CSS) },
  { path: /^\/inbox-page\.js$/, serve: () => asset('text/javascript', scriptOf(inboxPageScript)) },
  { path: /^\/portal\/new$/, serve: newDemoPortalLink },
  {
    path: /^\/customer\/?$/,
    serve: (context) =>
      componentHtml(
        customerPageHtml({ origin: context.origin, lang: preferredLanguage(context.acceptLanguage) }),
      ),
  },
  {
    path: /^\/portal\/([^/]{1,400})\/?$/,
    serve: (context, segment) =>
      componentHtml(
        portalPageHtml({
          origin: context.origin,
          token: pathSegment(segment ?? ''),
          lang: preferredLanguage(context.acceptLanguage),
        }),
      ),
  },
];

/**
 * The reference server's own pages (not API routes), from one table: the landing page at `/`, the
 * staff inbox at `/inbox`, `/portal/new` (a fresh portal link, then a redirect to it), the pages of
 * the full-page components (`/portal/{token}`, the page behind every `portal_url`, and `/customer`,
 * the customer dashboard demo), and the landing and inbox pages' stylesheet and script. Undefined
 * for any other path or method.
 */
export async function servePage(
  method: string,
  path: string,
  context: PageContext,
): Promise<PageResponse | undefined> {
  if (method !== 'GET') return undefined;
  for (const page of PAGES) {
    const match = page.path.exec(path);
    if (match) return page.serve(context, match[1]);
  }
  return undefined;
}
