import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute, reply } from '../core/define-route.js';
import { sha256Hex } from '../core/ids.js';
import type { RateLimit } from '../core/rate-limit.js';
import type { ServerDeps } from '../deps.js';
import { mintToken } from '../store/tokens.js';

/** 5 public threads per client per 10 minutes (SPEC §3). */
export const PUBLIC_THREAD_LIMIT: RateLimit = { max: 5, windowMs: 10 * 60_000 };

const PUBLIC_CACHE_CONTROL = 'public, max-age=60, must-revalidate';

/** True when an `If-None-Match` header lists `etag` (or `*`); weak validators compare equal. */
export function etagMatches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || strip(tag) === strip(etag));
}

/**
 * Public endpoints (SPEC §3, no auth; tenant by `X-Site-Key`, `?site_key=` or the default;
 * an unknown site key is a 404): bubble config with ETag, and anonymous thread creation.
 */
export function publicHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.publicConfig, async ({ store, principal, request, requestId }) => {
      const config = store.config.publicView(principal.tenantId);
      const etag = `"${(await sha256Hex(`${principal.tenantId}:${JSON.stringify(config)}`)).slice(0, 27)}"`;
      const headers = { 'Cache-Control': PUBLIC_CACHE_CONTROL, ETag: etag, Vary: 'X-Site-Key' };
      if (etagMatches(request.headers.get('if-none-match'), etag)) {
        return new Response(null, { status: 304, headers: { ...headers, 'X-Request-Id': requestId } });
      }
      return reply(config, { headers });
    }),
    defineRoute(deps, routes.publicCreateThread, async ({ store, actor, body, client }) => {
      deps.limiter.consume(`public-threads:${client}`, PUBLIC_THREAD_LIMIT);
      const config = store.config.get(actor.tenantId);
      const minted = await mintToken();
      const thread = store.threads.create(actor, {
        subject: body.subject,
        message_text: body.message_text,
        priority: 'MEDIUM',
        author_type: 'EXTERNAL',
        requester: { name: body.name, email: body.email },
      });
      const token = store.tokens.issue(
        actor,
        minted,
        { thread_id: thread.id, expires_in_days: config.TOKEN_DEFAULT_EXPIRY_DAYS },
        config.SUPPORT_PORTAL_BASE_URL,
      );
      return reply({ thread, token: token.token, expires_at: token.expires_at }, { status: 201 });
    }),
  ];
}
