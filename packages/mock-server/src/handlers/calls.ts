import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** `POST /api/customers/me/calls` (SPEC §5): a call now or at a time within 30 days. */
export function callHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.createCall, ({ store, principal, actor, body }) =>
      store.calls.request(actor, principal.user, body),
    ),
  ];
}
