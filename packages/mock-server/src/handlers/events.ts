import { routes } from '@helpdock/sdk/schemas';
import { decodeJwt } from 'jose';
import type { HttpHandler } from 'msw';
import { bearerToken } from '../core/auth.js';
import { defineRoute } from '../core/define-route.js';
import { fail } from '../core/errors.js';
import type { ServerDeps } from '../deps.js';
import { eventStreamResponse, parseLastEventId } from '../sse/stream.js';
import { customerLogKey, staffLogKey, threadLogKey } from '../store/events.js';

/** When the request's access token expires (ms): the route has verified it already. */
const tokenExpiry = (request: Request): number => (decodeJwt(bearerToken(request) ?? '').exp ?? 0) * 1000;

/**
 * The SSE streams (SPEC §7): the portal stream (`message.created`, `thread.updated` of the threads in
 * the token's scope), the customer stream (`connected`, then this customer's ticket events) and the
 * staff stream (`connected`, then the tenant's thread events). All replay after `Last-Event-ID` and
 * send heartbeats, and end when their credential does.
 */
export function eventHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.portalEvents, ({ store, principal, request }) => {
      const { token } = principal;
      // The current record: a reset replaces the state, and with it every token.
      const live = () => store.state.tokens.includes(token);
      return eventStreamResponse({
        hub: store.events,
        key: threadLogKey(token.tenant_id),
        lastEventId: parseLastEventId(request),
        clock: deps.clock,
        heartbeatMs: deps.settings.heartbeatMs,
        signal: request.signal,
        alive: () => live() && token.revoked_at === null && Date.parse(token.expires_at) > deps.clock.now(),
        filter: (event) => {
          const thread = event.topic === null ? undefined : store.threads.find(event.topic);
          return thread !== undefined && store.tokens.covers(token, thread);
        },
      });
    }),
    defineRoute(deps, routes.customerEvents, ({ store, principal, request }) => {
      const { user } = principal;
      const customerId = user.customer_id;
      if (customerId === null) throw fail.forbidden('This account has no customer profile');
      const expiresAtMs = tokenExpiry(request);
      return eventStreamResponse({
        hub: store.events,
        key: customerLogKey(user.tenant_id, customerId),
        lastEventId: parseLastEventId(request),
        clock: deps.clock,
        heartbeatMs: deps.settings.heartbeatMs,
        signal: request.signal,
        alive: () => deps.clock.now() < expiresAtMs && store.directory.user(user.id) !== undefined,
        greeting: (at) => ({ type: 'connected', data: { customerId, at } }),
      });
    }),
    defineRoute(deps, routes.supportEvents, ({ store, principal, request }) => {
      const { user } = principal;
      const expiresAtMs = tokenExpiry(request);
      return eventStreamResponse({
        hub: store.events,
        key: staffLogKey(principal.tenantId),
        lastEventId: parseLastEventId(request),
        clock: deps.clock,
        heartbeatMs: deps.settings.heartbeatMs,
        signal: request.signal,
        alive: () => deps.clock.now() < expiresAtMs && store.directory.user(user.id) !== undefined,
        greeting: (at) => ({ type: 'connected', data: { at } }),
      });
    }),
  ];
}
