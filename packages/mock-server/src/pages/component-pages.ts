import { customerPageHtml } from './customer-page.js';
import { preferredLanguage } from './html.js';
import { portalPageHtml } from './portal-page.js';

const PORTAL_PATH = /^\/portal\/([^/]{1,400})\/?$/;

/** The path segment as the visitor's link spelled it, percent-decoded where that is valid. */
function pathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * The HTML of the full-page components the reference server hosts: `/portal/{token}` (the page
 * behind every `portal_url`) and `/customer` (the customer dashboard demo); `undefined` for any
 * other path.
 */
export function componentPage(path: string, origin: string, acceptLanguage?: string): string | undefined {
  const lang = preferredLanguage(acceptLanguage);
  if (path === '/customer' || path === '/customer/') return customerPageHtml({ origin, lang });
  const portal = PORTAL_PATH.exec(path);
  if (portal?.[1]) return portalPageHtml({ origin, token: pathSegment(portal[1]), lang });
  return undefined;
}
