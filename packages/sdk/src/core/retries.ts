import { APIConnectionError, type HelpdockError } from './errors.js';

/** Retries after the first attempt, unless the client or the call says otherwise. */
export const DEFAULT_MAX_RETRIES = 2;

/** First backoff step; each retry doubles it. */
const INITIAL_DELAY_MS = 500;
/** Backoff never waits longer than this. */
const MAX_BACKOFF_MS = 8_000;
/**
 * A `Retry-After` longer than this is not waited out: the error (e.g. a {@link index.RateLimitError} with
 * its `retryAfter`) goes to the caller, who can decide, instead of a call hanging for minutes.
 */
export const MAX_RETRY_AFTER_MS = 60_000;

/**
 * Whether a failed attempt is worth repeating. The rule:
 * - `X-Should-Retry: true|false` from the server wins whatever the status;
 * - otherwise connection failures and timeouts, 408, 429 and every 5xx are retried;
 * - 409 is retried only when the server marks it transient with `X-Should-Retry: true`
 *   (a lock held by a concurrent request), never for a real state conflict;
 * - nothing else is retried.
 */
export function isRetryable(error: HelpdockError): boolean {
  const hint = error.headers?.get('x-should-retry');
  if (hint === 'true') return true;
  if (hint === 'false') return false;
  if (error instanceof APIConnectionError) return true;
  const status = error.status;
  if (status === undefined) return false;
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Reads `Retry-After` (delay-seconds or an HTTP date) or `Retry-After-Ms`, in milliseconds.
 * `undefined` when absent or unreadable; never negative.
 *
 * @example
 * ```ts
 * parseRetryAfter(new Headers({ 'Retry-After': '2' })); // 2000
 * ```
 */
export function parseRetryAfter(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * How long to wait before retry number `retry` (0 = the first retry): the server's `Retry-After`
 * when it gave one (up to {@link MAX_RETRY_AFTER_MS}), else exponential backoff
 * (0.5 s, 1 s, 2 s … capped at 8 s) minus up to 25 % random jitter, so clients that failed together
 * do not come back together.
 */
export function retryDelay(retry: number, error: HelpdockError, random: () => number = Math.random): number {
  const retryAfter = parseRetryAfter(error.headers);
  if (retryAfter !== undefined && retryAfter <= MAX_RETRY_AFTER_MS) return retryAfter;
  const backoff = Math.min(INITIAL_DELAY_MS * 2 ** retry, MAX_BACKOFF_MS);
  return backoff * (1 - 0.25 * random());
}

/** Whether the server asked for a wait longer than the SDK is willing to sit through. */
export function retryAfterTooLong(error: HelpdockError): boolean {
  const retryAfter = parseRetryAfter(error.headers);
  return retryAfter !== undefined && retryAfter > MAX_RETRY_AFTER_MS;
}

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
