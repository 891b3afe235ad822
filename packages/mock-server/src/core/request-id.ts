import { randomId } from './ids.js';

const ACCEPTABLE = /^[A-Za-z0-9._-]{1,128}$/;

/** The request's own `X-Request-Id` when it is 1–128 chars of `[A-Za-z0-9._-]`, else a new one (SPEC §1). */
export function resolveRequestId(request: Request): string {
  const given = request.headers.get('x-request-id');
  return given !== null && ACCEPTABLE.test(given) ? given : randomId('req');
}
