import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/**
 * Portal endpoints (SPEC §3): the token in the path is the credential. `defineRoute` has already
 * rejected unknown, revoked and expired tokens (401) and counted this call's use.
 */
export function portalHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.portalContext, ({ store, principal }) => store.portal.context(principal.token)),
    defineRoute(deps, routes.portalCreateThread, ({ store, principal, actor, body }) =>
      store.portal.createThread(actor, principal.token, body),
    ),
    defineRoute(deps, routes.portalSendMessage, ({ store, principal, actor, body }) =>
      store.portal.sendMessage(actor, principal.token, body),
    ),
    defineRoute(deps, routes.portalTyping, ({ store, principal, body }) =>
      store.typing.visitor(principal.token, body.thread_id),
    ),
  ];
}
