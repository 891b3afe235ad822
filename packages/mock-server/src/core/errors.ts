import { type ErrorCode, type ErrorDetail, type ErrorEnvelope, errorStatus } from '@helpdock/sdk/schemas';
import { type TextAnswer, toResponse } from './answer.js';

/** Options of an {@link ApiError} beyond its code and message. */
export interface ApiErrorOptions {
  /** Per-field problems, e.g. of a failed validation. */
  details?: ErrorDetail[];
  /** Overrides the status that goes with the code (only injected faults do this). */
  status?: number;
  /** Extra response headers, e.g. `Retry-After`. */
  headers?: Record<string, string> | undefined;
}

/**
 * An error that becomes the SPEC §1 envelope. Throw it anywhere below a route (store, handler,
 * validation) and the route answers with its status and `{"error": {...}}`.
 *
 * @example
 * ```ts
 * throw new ApiError('not_found', 'No thread with this id');
 * ```
 */
export class ApiError extends Error {
  /** HTTP status of the answer (the code's usual status unless overridden). */
  readonly status: number;
  /** Per-field problems; undefined when there are none. */
  readonly details: ErrorDetail[] | undefined;
  /** Extra response headers (empty when there are none). */
  readonly headers: Record<string, string>;
  /**
   * @param code - The machine-readable error code of the envelope.
   * @param message - A human-readable explanation (never with a secret).
   * @param options - Details, a status override and extra headers.
   */
  constructor(
    readonly code: ErrorCode,
    message: string,
    options: ApiErrorOptions = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.status = options.status ?? errorStatus[code];
    this.details = options.details;
    this.headers = options.headers ?? {};
  }
}

/** Shorthands for the common errors. */
export const fail = {
  notFound: (what = 'Resource') => new ApiError('not_found', `${what} not found`),
  unauthorized: (message = 'Sign in first') => new ApiError('unauthorized', message),
  forbidden: (message = 'You may not do this') => new ApiError('forbidden', message),
  conflict: (message: string) => new ApiError('conflict', message),
  invalid: (message: string, details?: ErrorDetail[]) =>
    new ApiError('validation_error', message, details ? { details } : {}),
  rateLimited: (retryAfterSeconds: number) =>
    new ApiError('rate_limited', 'Too many requests: try again later', {
      headers: { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
    }),
};

/** The envelope body of an error. */
export function errorBody(error: ApiError, requestId: string): ErrorEnvelope {
  return {
    error: {
      code: error.code,
      message: error.message,
      request_id: requestId,
      ...(error.details?.length ? { details: error.details } : {}),
    },
  };
}

/** The full error answer, with `X-Request-Id` and the error's own headers. */
export function errorAnswer(error: ApiError, requestId: string): TextAnswer {
  return {
    status: error.status,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': requestId, ...error.headers },
    body: JSON.stringify(errorBody(error, requestId)),
  };
}

/** {@link errorAnswer} as a `Response`. */
export const errorResponse = (error: ApiError, requestId: string): Response =>
  toResponse(errorAnswer(error, requestId));

/** Turns anything thrown into an {@link ApiError}; unknown errors become `internal_error` (and are logged). */
export function toApiError(thrown: unknown, log: (message: string, error: unknown) => void): ApiError {
  if (thrown instanceof ApiError) return thrown;
  log('Unexpected error in a route', thrown);
  return new ApiError('internal_error', 'Something went wrong on our side');
}
