import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** The signed-in user's own partner attributes (SPEC §6); the system token is never returned. */
export function partnerAttributeHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.retrievePartnerAttributes, ({ store, principal }) =>
      store.partnerAttributes.view(principal.user.id),
    ),
    defineRoute(deps, routes.updatePartnerAttributes, ({ store, principal, actor, body }) =>
      store.partnerAttributes.update(actor, principal.user, body),
    ),
  ];
}
