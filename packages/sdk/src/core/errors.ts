import type { ErrorDetail } from '../schemas/common.js';

/**
 * Brands every Helpdock error with the names of its class and ancestors under a registry symbol,
 * so `instanceof` keeps working when the ESM and the CJS build are both loaded (two copies of each
 * class exist then, and plain prototype checks would fail across them).
 */
const BRANDS = Symbol.for('helpdock.sdk.error.brands');

type Branded = { [BRANDS]?: readonly string[] };

/** What every Helpdock error is built from. */
export interface HelpdockErrorInit {
  /** HTTP status of the answer, if there was one. */
  status?: number | undefined;
  /** Machine-readable code: one of the API's error codes, or an SDK code such as `connection_error`. */
  code: string;
  /** The server's `X-Request-Id` (or the envelope's `request_id`), for support requests. */
  requestId?: string | undefined;
  /** Problems with single fields, as `{path, message}`. */
  details?: readonly ErrorDetail[] | undefined;
  /** The response headers, when there was a response. */
  headers?: Headers | undefined;
  /** The error that caused this one (a network failure, a parse error…). */
  cause?: unknown;
}

/**
 * Base class of every error the SDK throws. Carries the HTTP `status`, the API error `code`,
 * a `message`, the `requestId` of the failed call and field-level `details`.
 *
 * `instanceof` works across the ESM and CJS builds: it compares a `Symbol.for` brand, not prototypes.
 *
 * @example
 * ```ts
 * try {
 *   await client.support.threads.retrieve('thr_missing');
 * } catch (err) {
 *   if (err instanceof NotFoundError) console.log('gone', err.requestId);
 *   else throw err;
 * }
 * ```
 */
export class HelpdockError extends Error {
  /** Name under which this class brands its instances. */
  static readonly brand: string = 'HelpdockError';

  /** HTTP status of the answer, or `undefined` when no answer arrived. */
  readonly status: number | undefined;
  /** API error code (`not_found`, `rate_limited`, …) or SDK code (`connection_error`, `timeout`, `invalid_response`). */
  readonly code: string;
  /** The failed call's request id, when the server sent one. */
  readonly requestId: string | undefined;
  /** Field-level problems, `[{path, message}]`. */
  readonly details: readonly ErrorDetail[];
  /** Response headers, when there was a response. */
  readonly headers: Headers | undefined;

  constructor(message: string, init: HelpdockErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.brand;
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
    this.headers = init.headers;
    const brands: string[] = [];
    for (let c: unknown = new.target; typeof c === 'function' && 'brand' in c; c = Object.getPrototypeOf(c)) {
      brands.push((c as typeof HelpdockError).brand);
    }
    Object.defineProperty(this, BRANDS, { value: Object.freeze(brands), enumerable: false });
  }

  /** Brand check instead of a prototype check (dual-package safe). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (typeof value !== 'object' || value === null) return false;
    const brands = (value as Branded)[BRANDS];
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class being tested (a subclass too).
    return Array.isArray(brands) && brands.includes(this.brand);
  }
}

/** The server answered 401: missing, invalid or expired credentials. */
export class AuthenticationError extends HelpdockError {
  static override readonly brand: string = 'AuthenticationError';
}

/** The server answered 403: signed in, but not allowed. */
export class PermissionDeniedError extends HelpdockError {
  static override readonly brand: string = 'PermissionDeniedError';
}

/** The server answered 404 (also for another tenant's or customer's records). */
export class NotFoundError extends HelpdockError {
  static override readonly brand: string = 'NotFoundError';
}

/** The server answered 409: a state conflict (closed thread, feedback given twice, idempotency key reused…). */
export class ConflictError extends HelpdockError {
  static override readonly brand: string = 'ConflictError';
}

/** The server answered 413: the body or upload is too large. */
export class PayloadTooLargeError extends HelpdockError {
  static override readonly brand: string = 'PayloadTooLargeError';
}

/** The server answered 415: wrong content type, or an upload of a type it does not accept. */
export class UnsupportedMediaTypeError extends HelpdockError {
  static override readonly brand: string = 'UnsupportedMediaTypeError';
}

/** The server answered 422: the input failed validation; `details` names each field. */
export class UnprocessableEntityError extends HelpdockError {
  static override readonly brand: string = 'UnprocessableEntityError';
}

/**
 * The SDK rejected the input before sending anything (a client-side 422): `details` names each field.
 * It is an {@link UnprocessableEntityError}, so one `catch` handles both sides.
 */
export class InputValidationError extends UnprocessableEntityError {
  static override readonly brand: string = 'InputValidationError';
}

/** The server answered 429. `retryAfter` is the wait it asked for, in seconds. */
export class RateLimitError extends HelpdockError {
  static override readonly brand: string = 'RateLimitError';
  /** Seconds the server asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: HelpdockErrorInit & { retryAfter?: number | undefined }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

/** The server answered with a 5xx status (500 internal error, 502 upstream error, …). */
export class InternalServerError extends HelpdockError {
  static override readonly brand: string = 'InternalServerError';
}

/** No answer arrived: DNS, refused connection, reset, CORS failure, offline… */
export class APIConnectionError extends HelpdockError {
  static override readonly brand: string = 'APIConnectionError';
}

/** No complete answer arrived within the timeout. */
export class APIConnectionTimeoutError extends APIConnectionError {
  static override readonly brand: string = 'APIConnectionTimeoutError';
}

/**
 * A response (or stream event) did not match the contract's schema. `details[].path` names the field,
 * e.g. `data.0.subject`. The SDK never hands back data that failed validation.
 */
export class ResponseValidationError extends HelpdockError {
  static override readonly brand: string = 'ResponseValidationError';
}

const byStatus: Record<number, typeof HelpdockError> = {
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  413: PayloadTooLargeError,
  415: UnsupportedMediaTypeError,
  422: UnprocessableEntityError,
};

/**
 * Builds the error subclass that goes with an HTTP status.
 *
 * @example
 * ```ts
 * const err = errorForStatus(404, 'Thread not found', { code: 'not_found' });
 * err instanceof NotFoundError; // true
 * ```
 */
export function errorForStatus(
  status: number,
  message: string,
  init: Omit<HelpdockErrorInit, 'status'> & { retryAfter?: number | undefined },
): HelpdockError {
  if (status === 429) return new RateLimitError(message, { ...init, status });
  if (status >= 500) return new InternalServerError(message, { ...init, status });
  const ErrorClass = byStatus[status] ?? HelpdockError;
  return new ErrorClass(message, { ...init, status });
}
