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
      return { userId: sub, tenantId: tid, role: role as Role };
    } catch (error) {
      if (error instanceof joseErrors.JWTExpired)
        throw fail.unauthorized('Access token expired: sign in again');
      throw fail.unauthorized('Invalid access token');
    }
  }
}

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
