import { SignJWT } from 'jose';

/** Longest lifetime Helpdock accepts for a user token: 24 hours, in seconds. */
export const MAX_IDENTITY_TOKEN_SECONDS = 24 * 3600;

/** Lifetime of a user token when {@link IdentityClaims.expiresIn} is not given: 10 minutes. */
export const DEFAULT_IDENTITY_TOKEN_SECONDS = 600;

/** Who the site's backend vouches for: its signed-in user. */
export interface IdentityClaims {
  /** The site's own, stable id of the user (1–255 characters): Helpdock's customer is keyed by it. */
  sub: string;
  /** The user's email; Helpdock keeps the customer's email current with it. */
  email: string;
  /** The user's display name; Helpdock keeps the customer's name current with it. */
  name?: string | undefined;
  /**
   * Seconds until the token expires (a whole number, 1 to 86 400); default 600. Keep it short: the
   * widget asks for a new token before this one expires.
   */
  expiresIn?: number | undefined;
  /** When the token is issued; default now. */
  issuedAt?: Date | undefined;
}

/**
 * Signs a user token for `POST /api/support/public/identify` (and the widget's
 * `Helpdock('identify', {userJwt})`): an HS256 JWT with `sub`, `email`, `name`, `iat` and `exp`,
 * keyed by the tenant's identity secret. Run it on your backend only, after your own sign-in check:
 * whoever holds the secret can sign in as any of your users.
 *
 * @param secret - The tenant's identity secret, as `rotateIdentitySecret()` returned it.
 * @param claims - The signed-in user.
 * @returns The compact JWT to hand to the page.
 * @throws {TypeError} when the secret, `sub` or `email` is empty or malformed.
 * @throws {RangeError} when `expiresIn` is not a whole number of seconds from 1 to 86 400.
 *
 * @example
 * ```ts
 * import { signIdentityToken } from '@helpdock/sdk/identity';
 * app.get('/helpdock-token', requireLogin, async (req, res) => {
 *   const token = await signIdentityToken(process.env.HELPDOCK_IDENTITY_SECRET!, {
 *     sub: req.user.id,
 *     email: req.user.email,
 *     name: req.user.name,
 *   });
 *   res.json({ token });
 * });
 * ```
 */
export async function signIdentityToken(secret: string, claims: IdentityClaims): Promise<string> {
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new TypeError('signIdentityToken: the identity secret is empty');
  }
  const { sub, email, name } = claims;
  if (typeof sub !== 'string' || sub.length === 0 || sub.length > 255) {
    throw new TypeError('signIdentityToken: sub must be 1 to 255 characters');
  }
  if (typeof email !== 'string' || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new TypeError('signIdentityToken: email must be an email address');
  }
  const expiresIn = claims.expiresIn ?? DEFAULT_IDENTITY_TOKEN_SECONDS;
  if (!Number.isInteger(expiresIn) || expiresIn < 1 || expiresIn > MAX_IDENTITY_TOKEN_SECONDS) {
    throw new RangeError(`signIdentityToken: expiresIn must be 1 to ${MAX_IDENTITY_TOKEN_SECONDS} seconds`);
  }
  const issuedAt = Math.floor((claims.issuedAt ?? new Date()).getTime() / 1000);
  return new SignJWT(name === undefined ? { email } : { email, name })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + expiresIn)
    .sign(new TextEncoder().encode(secret));
}
