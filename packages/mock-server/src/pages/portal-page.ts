import { componentPageHtml, escapeHtml } from './html.js';

/** The script bundle of `<helpdock-portal>`, served beside `helpdock.js`. */
export const PORTAL_SCRIPT = '/helpdock-portal.js';

/**
 * The page behind every `portal_url` (`/portal/{token}`): `<helpdock-portal>` for the token in the
 * path, which says itself when the link is unknown, revoked or expired.
 */
export function portalPageHtml(options: { origin: string; token: string; lang: string }): string {
  return componentPageHtml({
    lang: options.lang,
    title: 'Support conversation',
    scripts: [PORTAL_SCRIPT],
    body: `<main><helpdock-portal api-base="${escapeHtml(options.origin)}" token="${escapeHtml(options.token)}" theme="auto"></helpdock-portal></main>`,
  });
}
