import { DEMO_LOGINS, DEMO_PASSWORD } from './seed/demo.js';

/** The Content-Security-Policy of the demo page: strict, no inline script or style. */
export const DEMO_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:";

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The demo page served at `/`: the bubble added by one script tag, the demo logins and the main
 * endpoints. No inline script or style, so it works under {@link DEMO_PAGE_CSP}.
 */
export function demoPageHtml(origin: string, widgetAvailable: boolean): string {
  const logins = DEMO_LOGINS.map(
    (login) =>
      `<li><code>${escapeHtml(login.email)}</code> — ${escapeHtml(login.role)} (${escapeHtml(login.tenant)})</li>`,
  ).join('\n        ');
  const widget = widgetAvailable
    ? `<script src="/helpdock.js" data-api-base="${escapeHtml(origin)}" data-site-key="pk_acme_demo" async></script>`
    : '<p><strong>The widget is not built yet:</strong> run <code>npm run build</code> to see the bubble here.</p>';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Helpdock reference server</title>
  </head>
  <body>
    <main>
      <h1>Helpdock reference server</h1>
      <p>This page embeds the support bubble for the <code>acme</code> site (<code>pk_acme_demo</code>).</p>
      ${widget}
      <h2>Demo logins</h2>
      <p>Password for everyone: <code>${escapeHtml(DEMO_PASSWORD)}</code></p>
      <ul>
        ${logins}
      </ul>
      <h2>Endpoints</h2>
      <p>API base: <code>${escapeHtml(origin)}</code></p>
      <ul>
        <li><code>POST /api/auth/login</code></li>
        <li><code>GET /api/support/threads</code> (staff)</li>
        <li><code>GET /api/support/public/config</code></li>
        <li><code>GET /api/customers/me/tickets</code> (customers)</li>
        <li>Control API: <code>/__helpdock/</code> (reset, outbox, audit, store, clock, faults)</li>
      </ul>
    </main>
  </body>
</html>
`;
}
