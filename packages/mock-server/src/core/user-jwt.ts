import { jwtVerify } from 'jose';
import * as z from 'zod';

/** Clock skew allowed between the site's backend and this server (SPEC §2). */
export const USER_JWT_SKEW_SECONDS = 60;

/** Longest lifetime (`exp` − `iat`) of a user token: 24 hours. */
export const USER_JWT_MAX_LIFETIME_SECONDS = 24 * 3600;

const UserClaims = z.object({
  sub: z.string().min(1).max(255),
  email: z.email().max(254),
  name: z.string().trim().max(200).optional(),
  iat: z.number().int(),
  exp: z.number().int(),
});

/** What a verified user token says about the site's user. */
export type UserJwtClaims = z.infer<typeof UserClaims>;

/**
 * Verifies a host-signed user token against each of `secrets` (current first): HS256 only (so
 * `alg: none` and RS256 headers fail), a valid signature, `iat` and `exp` present, `exp` at most
 * 24 h after `iat`, neither in the wrong place of `now` by more than 60 s. The HMAC key is the
 * secret's UTF-8 bytes, as JWT libraries take a string secret.
 *
 * @returns The claims, or undefined for any failure (the caller answers one 401 for all).
 */
export async function verifyUserJwt(
  token: string,
  secrets: readonly string[],
  nowMs: number,
): Promise<UserJwtClaims | undefined> {
  for (const secret of secrets) {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, new TextEncoder().encode(secret), {
        algorithms: ['HS256'],
        currentDate: new Date(nowMs),
        clockTolerance: USER_JWT_SKEW_SECONDS,
        requiredClaims: ['iat', 'exp', 'sub'],
      }));
    } catch {
      continue;
    }
    const claims = UserClaims.safeParse(payload);
    if (!claims.success) return undefined;
    const { iat, exp } = claims.data;
    const nowSeconds = Math.floor(nowMs / 1000);
    if (exp - iat > USER_JWT_MAX_LIFETIME_SECONDS || exp <= iat) return undefined;
    if (iat > nowSeconds + USER_JWT_SKEW_SECONDS) return undefined;
    return claims.data;
  }
  return undefined;
}
