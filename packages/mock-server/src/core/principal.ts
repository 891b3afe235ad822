import type { RouteAuth } from '@helpdock/sdk/schemas';
import type { Actor } from '../store/context.js';
import type { TenantRecord, TokenRecord, UserRecord } from '../store/records.js';

/** A signed-in user (Bearer JWT). */
export interface UserPrincipal {
  kind: 'user';
  user: UserRecord;
  tenantId: string;
}

/** A portal visitor holding a live portal token. */
export interface PortalPrincipal {
  kind: 'portal';
  token: TokenRecord;
  tenantId: string;
}

/** An anonymous visitor of a tenant's site (site key or the default tenant). */
export interface PublicPrincipal {
  kind: 'public';
  tenant: TenantRecord;
  tenantId: string;
}

/** Nobody in particular (login). */
export interface NoPrincipal {
  kind: 'none';
}

/** Any principal. */
export type Principal = UserPrincipal | PortalPrincipal | PublicPrincipal | NoPrincipal;

/** The principal a route's `auth` produces. */
export type PrincipalFor<A extends RouteAuth> = A extends 'none'
  ? NoPrincipal
  : A extends 'public'
    ? PublicPrincipal
    : A extends 'portal'
      ? PortalPrincipal
      : UserPrincipal;

/** The key idempotency and rate limits use for a principal (`client` for anonymous callers). */
export function principalKey(principal: Principal, client: string): string {
  switch (principal.kind) {
    case 'user':
      return `user:${principal.user.id}`;
    case 'portal':
      return `portal:${principal.token.id}`;
    case 'public':
      return `public:${principal.tenantId}:${client}`;
    default:
      return `anon:${client}`;
  }
}

/** The audit actor of a request by this principal. */
export function actorOf(
  principal: UserPrincipal | PortalPrincipal | PublicPrincipal,
  requestId: string,
): Actor {
  return {
    requestId,
    tenantId: principal.tenantId,
    userId: principal.kind === 'user' ? principal.user.id : null,
  };
}

/**
 * Who is calling, for per-client limits: the address the Node server saw (it overwrites
 * `X-Helpdock-Client`), else the first `X-Forwarded-For` hop, else `local` (in-process tests).
 */
export function clientOf(request: Request): string {
  return (
    request.headers.get('x-helpdock-client')?.slice(0, 100) ??
    request.headers.get('x-forwarded-for')?.split(',')[0]?.trim().slice(0, 100) ??
    'local'
  );
}
