import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute, reply } from '../core/define-route.js';
import { etagMatches } from '../core/response.js';
import type { ServerDeps } from '../deps.js';

const PUBLIC_CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/**
 * Public endpoints (SPEC §3, no auth; tenant by `X-Site-Key`, `?site_key=` or the default;
 * an unknown site key is a 404): bubble config with ETag (304 when it matches), and anonymous threads.
 */
export function publicHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.publicConfig, async ({ store, principal, request, requestId }) => {
      const { config, etag } = await store.publicApi.config(principal.tenantId);
      const headers = { 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag, Vary: 'X-Site-Key' };
      return etagMatches(request.headers.get('if-none-match'), etag)
        ? new Response(null, { status: 304, headers: { ...headers, 'X-Request-Id': requestId } })
        : reply(config, { headers });
    }),
    defineRoute(deps, routes.publicCreateThread, ({ store, actor, body, client }) =>
      store.publicApi.createThread(actor, client, body, deps.limiter),
    ),
  ];
}
