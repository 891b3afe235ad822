import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** `GET /api/customers/me/kb?q&limit` (SPEC §5): ranked search of the tenant's articles; `…/kb/{id}` reads one. */
export function knowledgeBaseHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.searchKb, ({ store, principal, query }) => ({
      data: store.knowledgeBase.search(principal.tenantId, query.q, query.limit),
    })),
    defineRoute(deps, routes.retrieveKbArticle, ({ store, principal, params }) =>
      store.knowledgeBase.article(principal.tenantId, params.id),
    ),
  ];
}
