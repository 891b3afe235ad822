/**
 * The Content-Security-Policy of every page the reference server serves: strict, no inline script
 * or style (styles come from `/pages.css`, scripts from served files).
 */
export const PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Escapes text for HTML element content and quoted attribute values. */
export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * A whole HTML document: `head` extras (scripts, meta), the body, and the shared stylesheet unless
 * `stylesheet` is false (the component pages style themselves).
 */
export function htmlDocument(options: {
  title: string;
  head?: string;
  body: string;
  bodyClass?: string;
  lang?: string;
  stylesheet?: boolean;
}): string {
  const stylesheet = options.stylesheet === false ? '' : '\n    <link rel="stylesheet" href="/pages.css">';
  return `<!doctype html>
<html lang="${escapeHtml(options.lang ?? 'en')}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${escapeHtml(options.title)}</title>${stylesheet}
    ${options.head ?? ''}
  </head>
  <body${options.bodyClass ? ` class="${escapeHtml(options.bodyClass)}"` : ''}>
${options.body}
  </body>
</html>
`;
}

/**
 * The language a page declares before its script picks the visitor's locale: the first tag of
 * `Accept-Language` (only letters, digits and dashes), else English.
 *
 * @example preferredLanguage('es-MX,es;q=0.9,en;q=0.5') // 'es-MX'
 */
export function preferredLanguage(acceptLanguage: string | null | undefined): string {
  const first = acceptLanguage?.split(',')[0]?.split(';')[0]?.trim() ?? '';
  return /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8}){0,3}$/.test(first) ? first : 'en';
}

/** What a full-page component's page is made of. */
export interface ComponentPage {
  /** `<html lang>`: the visitor's language. */
  lang: string;
  /** `<title>`. */
  title: string;
  /** Same-origin script URLs, loaded as modules-free classic scripts (`defer`). */
  scripts: string[];
  /** The body's markup (already escaped by the caller). */
  body: string;
}

/**
 * A page that hosts one of the widget's full-page components: no inline script or style, so it
 * works under the demo page's strict CSP, and no referrer (a portal link's token is in its URL).
 */
export function componentPageHtml(page: ComponentPage): string {
  const scripts = page.scripts.map((src) => `<script src="${escapeHtml(src)}" defer></script>`);
  return htmlDocument({
    title: page.title,
    lang: page.lang,
    stylesheet: false,
    head: ['<meta name="referrer" content="no-referrer">', ...scripts].join('\n    '),
    body: page.body,
  });
}
