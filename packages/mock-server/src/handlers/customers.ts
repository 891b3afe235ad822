import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** The customer portal's profile and tickets (SPEC §5): scoped to the signed-in customer. */
export function customerHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.customerMe, ({ store, principal }) => store.customers.profile(principal.user)),
    defineRoute(deps, routes.listTickets, ({ store, principal, query }) =>
      store.customers.list(principal.user, query),
    ),
    defineRoute(deps, routes.createTicket, ({ store, principal, actor, body }) =>
      store.customers.create(actor, principal.user, body),
    ),
    defineRoute(deps, routes.retrieveTicket, ({ store, principal, params }) =>
      store.customers.detail(principal.user, params.ticketId),
    ),
    defineRoute(deps, routes.addTicketMessage, ({ store, principal, actor, params, body }) =>
      store.customers.addMessage(actor, principal.user, params.ticketId, body),
    ),
    defineRoute(deps, routes.ticketTyping, ({ store, principal, params }) =>
      store.typing.customer(principal.user, params.ticketId),
    ),
  ];
}
