import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ApiError } from '../core/errors.js';

/** A `__helpdock` path segment, in any case (the handlers match `*…/__helpdock/…`, case-insensitively). */
const CONTROL_SEGMENT = /(?:^|\/)__helpdock(?:\/|$)/i;

/**
 * True for any path the control handlers could answer: `/__helpdock/…`, but also `//__HELPDOCK/…` or
 * `/x/__helpdock/…`, since MSW matches them too; percent-escapes are decoded first.
 */
export function isControlPath(path: string): boolean {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // not decodable: matched as it is (MSW answers no route for it either)
  }
  return CONTROL_SEGMENT.test(path) || CONTROL_SEGMENT.test(decoded);
}

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
