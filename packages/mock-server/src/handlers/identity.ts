import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** `POST /api/auth/login` (SPEC §2). */
export function identityHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.login, ({ body, store }) =>
      store.identity.login(body, deps.limiter, deps.accessTokens),
    ),
  ];
}
