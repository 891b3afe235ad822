import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed/demo.js';
import { componentPageHtml, escapeHtml } from './html.js';

/** The script bundle of `<helpdock-customer-portal>` (with its sign-in form hook). */
export const CUSTOMER_PORTAL_SCRIPT = '/helpdock-customer-portal.js';

/**
 * The customer dashboard demo at `/customer`: a sign-in form for the demo customers and
 * `<helpdock-customer-portal>`, which the bundle hands the access token to (a property, never an
 * attribute, so the token stays out of the DOM).
 */
export function customerPageHtml(options: { origin: string; lang: string }): string {
  const customers = DEMO_LOGINS.filter((login) => login.role === 'customer')
    .map((login) => `<li><code>${escapeHtml(login.email)}</code> (${escapeHtml(login.tenant)})</li>`)
    .join('');
  return componentPageHtml({
    lang: options.lang,
    title: 'Helpdock customer portal (demo)',
    scripts: [CUSTOMER_PORTAL_SCRIPT],
    body: `<main>
      <form data-helpdock-sign-in aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">Customer portal demo: sign in</h1>
        <p>Demo customers, password <code>${escapeHtml(DEMO_PASSWORD)}</code>:</p>
        <ul>${customers}</ul>
        <p><label for="sign-in-email">Email</label>
          <input id="sign-in-email" name="email" type="email" autocomplete="username" required value="alice@acme.test"></p>
        <p><label for="sign-in-password">Password</label>
          <input id="sign-in-password" name="password" type="password" autocomplete="current-password" required></p>
        <p role="alert" data-helpdock-sign-in-error></p>
        <p><button type="submit">Sign in</button></p>
      </form>
      <helpdock-customer-portal api-base="${escapeHtml(options.origin)}" theme="auto" hidden></helpdock-customer-portal>
    </main>`,
  });
}
