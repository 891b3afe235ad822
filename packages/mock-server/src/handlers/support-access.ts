import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** `POST /api/v1/chatwoot/support-access/reset` (SPEC §4): a new Chatwoot password, by email only. */
export function supportAccessHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.supportAccessReset, ({ store, principal, actor }) =>
      store.supportAccess.reset(actor, principal.user, deps.limiter),
    ),
  ];
}
