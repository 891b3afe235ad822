import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { ACCESS_TOKEN_TTL_SECONDS } from '../core/auth.js';
import { defineRoute } from '../core/define-route.js';
import { fail } from '../core/errors.js';
import { verifyPassword } from '../core/passwords.js';
import type { RateLimit } from '../core/rate-limit.js';
import type { ServerDeps } from '../deps.js';

/** 5 failed logins per email per 15 minutes (SPEC §2). */
export const LOGIN_FAILURE_LIMIT: RateLimit = { max: 5, windowMs: 15 * 60_000 };

/** Checked when the email is unknown, so both failures take the same time. */
const DUMMY_HASH = {
  algorithm: 'pbkdf2-sha256',
  iterations: 100_000,
  salt: 'AAAAAAAAAAAAAAAAAAAAAA',
  hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
} as const;

/** `POST /api/auth/login`: the same 401 for an unknown email and a wrong password. */
export function identityHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.login, async ({ body, store }) => {
      const limitKey = `login-failures:${body.email.toLowerCase()}`;
      // Counted as a failure up front, so parallel guesses cannot all slip under the limit.
      deps.limiter.consume(limitKey, LOGIN_FAILURE_LIMIT);
      const user = store.directory.userByEmail(body.email);
      const valid = await verifyPassword(body.password, user?.password ?? DUMMY_HASH);
      if (!user || !valid) throw fail.unauthorized('Wrong email or password');
      deps.limiter.forget(limitKey);
      const accessToken = await deps.accessTokens.sign({
        userId: user.id,
        tenantId: user.tenant_id,
        role: user.role,
      });
      return {
        access_token: accessToken,
        token_type: 'bearer' as const,
        expires_in: ACCESS_TOKEN_TTL_SECONDS,
        user: {
          id: user.id,
          email: user.email,
          name: user.name,
          role: user.role,
          tenant_id: user.tenant_id,
          customer_id: user.customer_id,
        },
        has_partner_attributes: store.partnerAttributes.hasAny(user.id),
      };
    }),
  ];
}
