import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../core/errors.js';

/** Path prefix of the control API (SPEC §10). */
export const CONTROL_PREFIX = '/__helpdock';

/** True for `/__helpdock` and everything under it. */
export const isControlPath = (path: string): boolean =>
  path === CONTROL_PREFIX || path.startsWith(`${CONTROL_PREFIX}/`);

/** A fresh control token: 32 random bytes, base64url. */
export const randomControlToken = (): string => randomBytes(32).toString('base64url');

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/**
 * Checks a control-API request over HTTP: `null` (the control API is off) answers 404 as for any
 * unknown route; otherwise `Authorization: Bearer <token>` must match, compared in constant time
 * (over digests, so the length of the token leaks nothing either).
 */
export function checkControlAccess(authorization: string | undefined, token: string | null): void {
  if (token === null) throw new ApiError('not_found', 'The control API is off (--no-control)');
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
  if (!match?.[1] || !timingSafeEqual(digest(match[1]), digest(token))) {
    throw new ApiError(
      'unauthorized',
      'The control API needs Authorization: Bearer <control token> (printed when the server starts)',
    );
  }
}
