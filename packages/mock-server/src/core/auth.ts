import type { Role } from '@helpdock/sdk/schemas';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { Clock } from '../clock.js';
import { fail } from './errors.js';
import { randomBytes } from './ids.js';

/** Lifetime of an access token, in seconds. */
export const ACCESS_TOKEN_TTL_SECONDS = 3600;

/** What a verified access token says about its bearer. */
export interface AccessClaims {
  /** The signed-in user (`sub`). */
  userId: string;
  /** The user's tenant. */
  tenantId: string;
  /** The user's role when the token was issued. */
  role: Role;
}

/**
 * Signs and verifies access tokens: JWT HS256 only. `alg: none`, other algorithms, bad signatures,
 * expired or malformed tokens all give the same kind of 401. Time comes from the injectable clock,
 * so `POST /__helpdock/clock` expires tokens too.
 */
export class AccessTokens {
  private readonly secret: Uint8Array;
  /** Tokens whose signature already checked out, with their claims and expiry (ms): HMAC once per token. */
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAt: number }>();
  constructor(
    private readonly clock: Clock,
    secret?: Uint8Array,
  ) {
    this.secret = secret ?? randomBytes(32);
  }

  /** A signed token for a user, valid for an hour (`ACCESS_TOKEN_TTL_SECONDS`). */
  async sign(claims: AccessClaims): Promise<string> {
    const nowSeconds = Math.floor(this.clock.now() / 1000);
    return new SignJWT({ tid: claims.tenantId, role: claims.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.userId)
      .setIssuedAt(nowSeconds)
      .setExpirationTime(nowSeconds + ACCESS_TOKEN_TTL_SECONDS)
      .setIssuer('helpdock-mock')
      .sign(this.secret);
  }

  /** Verifies a token; throws a 401 {@link ApiError} for anything but a valid, unexpired HS256 token. */
  async verify(token: string): Promise<AccessClaims> {
    const known = this.verified.get(token);
    if (known) {
      // The server clock can move (control API), so expiry is checked on every use.
      if (this.clock.now() < known.expiresAt) return known.claims;
      this.verified.delete(token);
    }
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: 'helpdock-mock',
        currentDate: new Date(this.clock.now()),
      });
      const { sub, tid, role } = payload;
      if (typeof sub !== 'string' || typeof tid !== 'string' || typeof role !== 'string') {
        throw fail.unauthorized('Invalid access token');
      }
      const claims: AccessClaims = { userId: sub, tenantId: tid, role: role as Role };
      if (typeof payload.exp === 'number') this.remember(token, claims, payload.exp * 1000);
      return claims;
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        throw fail.unauthorized('Access token expired: sign in again');
      throw fail.unauthorized('Invalid access token');
    }
  }

  private remember(token: string, claims: AccessClaims, expiresAt: number): void {
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.clear();
    this.verified.set(token, { claims, expiresAt });
  }
}

/** How many verified tokens are remembered before the memory is emptied. */
const VERIFIED_TOKENS_KEPT = 10_000;

/** The bearer token of an `Authorization: Bearer …` header, or undefined. */
export function bearerToken(request: Request): string | undefined {
  const header = request.headers.get('authorization');
  const match = header?.match(/^Bearer\s+(\S+)\s*$/i);
  return match?.[1];
}

/** Which roles each user-facing route auth admits. */
export const rolesFor: Record<
  'staff' | 'admin' | 'customer' | 'provider' | 'user' | 'file',
  readonly Role[]
> = {
  staff: ['admin', 'ops'],
  admin: ['admin'],
  customer: ['customer'],
  provider: ['provider'],
  user: ['admin', 'ops', 'customer', 'provider'],
  file: ['admin', 'ops', 'customer', 'provider'],
};
