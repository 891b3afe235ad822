import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed/demo.js';
import { escapeHtml, htmlDocument } from './html.js';

/** What the landing page needs to know about the running server. */
export interface LandingOptions {
  /** The origin the server is reached at (API base of the bubble and the links). */
  origin: string;
  /** Whether `/helpdock.js` is built (else the page says how to build it). */
  widgetBuilt: boolean;
}

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;

function loginRows(): string {
  return DEMO_LOGINS.map(
    (login) =>
      `<tr><td><code>${escapeHtml(login.email)}</code></td><td>${escapeHtml(login.role)}</td><td>${escapeHtml(login.tenant)}</td></tr>`,
  ).join('\n            ');
}

/**
 * The landing page at `/`: what the reference server is, the two-sided demo in five steps, the
 * demo logins and links to every screen and API. The support bubble of the `acme` site is on it,
 * so the visitor's side starts right here. No inline script or style ({@link PAGE_CSP}).
 */
export function landingPageHtml({ origin, widgetBuilt }: LandingOptions): string {
  const bubble = widgetBuilt
    ? `<script src="/helpdock.js" data-api-base="${escapeHtml(origin)}" data-site-key="pk_acme_demo" data-theme="auto" async></script>`
    : '';
  const notBuilt = widgetBuilt
    ? ''
    : '<p class="note"><strong>The widget is not built yet:</strong> run <code>npm run build</code>, then reload to see the bubble and the inbox.</p>';
  const body = `    <header class="hero">
      <p class="eyebrow">Helpdock</p>
      <h1>Reference server</h1>
      <p class="lead">The whole Helpdock API, in memory: support threads, portal links, the customer
      portal, live event streams, and emulated Chatwoot and WhatsApp. For development and tests, never
      production.</p>
      ${notBuilt}
    </header>
    <main>
      <section aria-labelledby="play">
        <h2 id="play">Play both sides of a conversation</h2>
        <ol class="steps">
          <li><strong>Write as a visitor.</strong> Open the support bubble at the bottom right of this page and send a message.</li>
          <li><strong>Sign in as staff.</strong> Open ${link('/inbox', 'the inbox')} in another window and sign in as <code>ops@acme.test</code>.</li>
          <li><strong>See it arrive.</strong> Your message is at the top of the list, marked unread, without a reload.</li>
          <li><strong>Answer.</strong> Open it, type and send the reply: it appears in the bubble at once.</li>
          <li><strong>Resolve.</strong> Press Resolve: the bubble says the conversation is resolved.</li>
        </ol>
      </section>
      <section aria-labelledby="screens">
        <h2 id="screens">Screens</h2>
        <ul class="cards">
          <li class="card"><h3>${link('/inbox', 'Staff inbox')}</h3><p>Every thread of a tenant, live: filters, replies, typing, resolve, portal links.</p></li>
          <li class="card"><h3>${link('/customer', 'Customer dashboard')}</h3><p>A signed-in customer's tickets, notifications, calls and help articles.</p></li>
          <li class="card"><h3>${link('/portal/new', 'A fresh portal link')}</h3><p>Creates a new link for assignment <code>asg_4411</code> and opens it, as a customer would from an email.</p></li>
          <li class="card"><h3>Support bubble</h3><p>On this page: one script tag, <code>data-site-key="pk_acme_demo"</code>.</p></li>
        </ul>
      </section>
      <section aria-labelledby="logins">
        <h2 id="logins">Demo logins</h2>
        <p>Password for everyone: <code>${escapeHtml(DEMO_PASSWORD)}</code></p>
        <div class="table-wrap">
          <table>
            <thead><tr><th scope="col">Email</th><th scope="col">Role</th><th scope="col">Tenant</th></tr></thead>
            <tbody>
            ${loginRows()}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="api">
        <h2 id="api">API and docs</h2>
        <dl class="facts">
          <dt>API base</dt><dd><code>${escapeHtml(origin)}</code> (site keys <code>pk_acme_demo</code>, <code>pk_globex_demo</code>)</dd>
          <dt>Control API</dt><dd><code>/__helpdock/</code>: <code>POST reset</code>, <code>GET outbox</code>, <code>GET audit</code>, <code>GET store</code>, <code>POST clock</code>, <code>POST faults</code> (the token is in the start banner)</dd>
          <dt>Docs</dt><dd>In the repository: <code>README.md</code>, <code>docs/guides/getting-started.md</code>, the OpenAPI document <code>docs/openapi.json</code>, and the API reference from <code>npm run docs</code>.</dd>
        </dl>
      </section>
    </main>
    ${bubble}`;
  return htmlDocument({ title: 'Helpdock reference server', body });
}
