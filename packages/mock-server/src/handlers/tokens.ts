import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';
import { mintToken } from '../store/tokens.js';

/** Portal tokens (SPEC §3): issue (shown once, its link emailed to the requesters), list metadata, revoke. */
export function tokenHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.createToken, async ({ store, actor, body }) => {
      const config = store.config.get(actor.tenantId);
      const minted = await mintToken();
      return store.tokens.issueAndEmail(
        actor,
        minted,
        {
          assignment_id: body.assignment_id,
          thread_id: body.thread_id,
          expires_in_days: body.expires_in_days ?? config.TOKEN_DEFAULT_EXPIRY_DAYS,
        },
        config.SUPPORT_PORTAL_BASE_URL,
      );
    }),
    defineRoute(deps, routes.listTokens, ({ store, principal, query }) =>
      store.tokens.list(principal.tenantId, query),
    ),
    defineRoute(deps, routes.revokeToken, ({ store, actor, params }) =>
      store.tokens.revoke(actor, params.id),
    ),
  ];
}
