import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/**
 * Support configuration (SPEC §3, admin only): typed keys, unknown keys are a 422 (the schema is
 * strict); and the host identity secret (SPEC §2), shown only by its rotation.
 */
export function configHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.retrieveConfig, ({ store, principal }) => store.config.view(principal.tenantId)),
    defineRoute(deps, routes.updateConfig, ({ store, actor, body }) => store.config.update(actor, body)),
    defineRoute(deps, routes.rotateIdentitySecret, ({ store, actor }) =>
      store.hostIdentity.rotateSecret(actor),
    ),
  ];
}
