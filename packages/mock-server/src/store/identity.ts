import type { LoginRequest, LoginResponse } from '@helpdock/sdk/schemas';
import type * as z from 'zod';
import { ACCESS_TOKEN_TTL_SECONDS, type AccessTokens } from '../core/auth.js';
import { fail } from '../core/errors.js';
import { verifyPassword } from '../core/passwords.js';
import type { RateLimit, RateLimiter } from '../core/rate-limit.js';
import type { PartnerAttributeStore } from './partner-attributes.js';
import type { DirectoryStore } from './tenants.js';

/** 5 failed logins per email per 15 minutes (SPEC §2). */
export const LOGIN_FAILURE_LIMIT: RateLimit = { max: 5, windowMs: 15 * 60_000 };

/** Checked when the email is unknown, so both failures take the same time. */
const DUMMY_HASH = {
  algorithm: 'pbkdf2-sha256',
  iterations: 100_000,
  salt: 'AAAAAAAAAAAAAAAAAAAAAA',
  hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
} as const;

/** Sign-in (SPEC §2): email and password for an access token, with a lockout after failures. */
export class IdentityStore {
  constructor(
    private readonly deps: { directory: DirectoryStore; partnerAttributes: PartnerAttributeStore },
  ) {}

  /**
   * An access token for the user with this email and password: the same 401 for an unknown email
   * and a wrong password, 429 after {@link LOGIN_FAILURE_LIMIT} failures for the email.
   */
  async login(
    input: z.output<typeof LoginRequest>,
    limiter: RateLimiter,
    accessTokens: AccessTokens,
  ): Promise<LoginResponse> {
    const limitKey = `login-failures:${input.email.toLowerCase()}`;
    // Counted as a failure up front, so parallel guesses cannot all slip under the limit.
    limiter.consume(limitKey, LOGIN_FAILURE_LIMIT);
    const user = this.deps.directory.userByEmail(input.email);
    const valid = await verifyPassword(input.password, user?.password ?? DUMMY_HASH);
    if (!user || !valid) throw fail.unauthorized('Wrong email or password');
    limiter.forget(limitKey);
    const accessToken = await accessTokens.sign({
      userId: user.id,
      tenantId: user.tenant_id,
      role: user.role,
    });
    return {
      access_token: accessToken,
      token_type: 'bearer',
      expires_in: ACCESS_TOKEN_TTL_SECONDS,
      user: {
        id: user.id,
        email: user.email,
        name: user.name,
        role: user.role,
        tenant_id: user.tenant_id,
        customer_id: user.customer_id,
      },
      has_partner_attributes: this.deps.partnerAttributes.hasAny(user.id),
    };
  }
}
