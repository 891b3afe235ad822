import { randomId } from './ids.js';

const ACCEPTABLE = /^[A-Za-z0-9._-]{1,128}$/;

/** The request's own `X-Request-Id` when it is 1–128 chars of `[A-Za-z0-9._-]`, else a new one (SPEC §1). */
export const resolveRequestId = (request: Request): string =>
  requestIdFrom(request.headers.get('x-request-id'));

/** {@link resolveRequestId} from the header's value (`null` or `undefined` when absent). */
export function requestIdFrom(given: string | null | undefined): string {
  return typeof given === 'string' && ACCEPTABLE.test(given) ? given : randomId('req');
}
