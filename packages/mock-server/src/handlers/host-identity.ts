import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/**
 * `POST /api/support/public/identify` (SPEC §2): a user token the site's backend signed becomes a
 * customer access token.
 */
export function hostIdentityHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.publicIdentify, ({ store, actor, body, client }) =>
      store.hostIdentity.identify(actor, client, body, deps.limiter, deps.accessTokens),
    ),
  ];
}
