import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** Support configuration (SPEC §3, admin only): typed keys, unknown keys are a 422 (the schema is strict). */
export function configHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.retrieveConfig, ({ store, principal }) => store.config.get(principal.tenantId)),
    defineRoute(deps, routes.updateConfig, ({ store, actor, body }) => store.config.update(actor, body)),
  ];
}
