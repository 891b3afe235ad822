import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** The customer's notifications (SPEC §5): list (optionally unread only) and mark read. */
export function notificationHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.listNotifications, ({ store, principal, query }) =>
      store.notifications.list(principal.user, query),
    ),
    defineRoute(deps, routes.markNotificationRead, ({ store, principal, params }) =>
      store.notifications.markRead(principal.user, params.id),
    ),
  ];
}
