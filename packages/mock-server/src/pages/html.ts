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

/** A whole HTML document: the shared stylesheet, `head` extras (scripts) and the body. */
export function htmlDocument(options: {
  title: string;
  head?: string;
  body: string;
  bodyClass?: string;
}): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="color-scheme" content="light dark">
    <title>${escapeHtml(options.title)}</title>
    <link rel="stylesheet" href="/pages.css">
    ${options.head ?? ''}
  </head>
  <body${options.bodyClass ? ` class="${escapeHtml(options.bodyClass)}"` : ''}>
${options.body}
  </body>
</html>
`;
}
