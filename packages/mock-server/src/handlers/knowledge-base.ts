import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/**
 * The knowledge base (SPEC §3, §5): ranked search and whole articles, for signed-in customers and,
 * anonymously, for a site's visitors (tenant by site key).
 */
export function knowledgeBaseHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.searchKb, ({ store, principal, query }) => ({
      data: store.knowledgeBase.search(principal.tenantId, query.q, query.limit),
    })),
    defineRoute(deps, routes.retrieveKbArticle, ({ store, principal, params }) =>
      store.knowledgeBase.article(principal.tenantId, params.id),
    ),
    defineRoute(deps, routes.publicKbSearch, ({ store, principal, query }) => ({
      data: store.knowledgeBase.search(principal.tenantId, query.q, query.limit),
    })),
    defineRoute(deps, routes.publicKbArticle, ({ store, principal, params }) =>
      store.knowledgeBase.article(principal.tenantId, params.id),
    ),
  ];
}
