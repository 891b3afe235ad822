import type { MessageKey } from '../i18n/index.js';

/** The `status` and `code` an SDK error carries (duck-typed, so any HelpdockError subclass fits). */
interface ErrorShape {
  status?: unknown;
  code?: unknown;
  name?: unknown;
}

/** The HTTP status of an SDK error, or `undefined` for network failures and other errors. */
export function statusOf(error: unknown): number | undefined {
  const { status } = (error ?? {}) as ErrorShape;
  return typeof status === 'number' && status > 0 ? status : undefined;
}

/** Whether an attempt that failed this way may succeed if repeated: network, 408, 429, 5xx. */
export function isRetryable(error: unknown): boolean {
  if ((error as ErrorShape | null)?.name === 'AbortError') return false;
  const status = statusOf(error);
  return status === undefined || status === 408 || status === 429 || status >= 500;
}

/**
 * The dictionary key of the sentence that explains a failure to a customer (never the server's
 * technical message).
 */
export function errorMessageKey(error: unknown): MessageKey {
  const status = statusOf(error);
  if (status === undefined) return 'errorOffline';
  if (status === 401) return 'errorExpired';
  if (status === 409) return 'errorClosed';
  if (status === 413) return 'fileTooLarge';
  if (status === 415) return 'fileType';
  if (status === 422) return 'errorValidation';
  if (status === 429) return 'errorRateLimited';
  if (status >= 500 || status === 408) return 'errorServer';
  return 'errorGeneric';
}
