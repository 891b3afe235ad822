import type * as z from 'zod';
import type { ErrorCode, ErrorDetail } from '../schemas/common.js';
import { type RouteSpec, routePath } from '../schemas/routes/types.js';
import { APIPromise, type RawResponse } from './api-promise.js';
import type { ContractValidator, OutputContext } from './contract.js';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  errorForStatus,
  type HelpdockError,
  InputValidationError,
  ResponseValidationError,
} from './errors.js';
import { isValidIdempotencyKey, newIdempotencyKey } from './idempotency.js';
import { multipartBody } from './multipart.js';
import {
  DEFAULT_MAX_RETRIES,
  isRetryable,
  parseRetryAfter,
  retryAfterTooLong,
  retryDelay,
  sleep,
} from './retries.js';
import type { DefOf } from './route-refs.js';
import { fetchTransport, type Transport, type TransportFactory, type TransportRequest } from './transport.js';
import { canReportUploadProgress, type UploadProgressOptions, xhrUpload } from './xhr-upload.js';

/** Default time one attempt may take, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * Options of {@link HelpdockClient} (and of the bare {@link HelpdockCore}).
 *
 * @example
 * ```ts
 * const client = new HelpdockClient({ baseUrl: 'https://support.example.com', accessToken, maxRetries: 3 });
 * ```
 */
export interface ClientOptions {
  /** Origin (and optional path prefix) of the Helpdock API, e.g. `https://api.example.com`. */
  baseUrl: string;
  /** Bearer token for signed-in routes; change it later with `setAccessToken`. */
  accessToken?: string | null | undefined;
  /** Site key sent as `X-Site-Key` on the public routes (picks the tenant). */
  siteKey?: string | undefined;
  /** Milliseconds one attempt may take before it fails with {@link APIConnectionTimeoutError}. Default 60 000. */
  timeout?: number | undefined;
  /** Retries after a retryable failure (see `isRetryable`). Default 2. */
  maxRetries?: number | undefined;
  /** A `fetch` to use instead of the global one (looked up at call time). */
  fetch?: typeof fetch | undefined;
  /** Headers added to every request. */
  headers?: Record<string, string> | undefined;
  /**
   * Checks inputs and answers against the contract. {@link HelpdockClient} sets `contractValidator`;
   * without one (as in {@link lite.HelpdockLiteClient}) requests go out as given and answers are trusted.
   */
  contract?: ContractValidator | undefined;
}

/**
 * Per-call options, always the last argument of an SDK method.
 *
 * @example
 * ```ts
 * const ac = new AbortController();
 * await client.support.threads.create(input, { signal: ac.signal, timeout: 5_000, idempotencyKey: 'order-42' });
 * ```
 */
export interface RequestOptions {
  /** Aborts the call (and its retries); the call rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Milliseconds per attempt, overriding the client's `timeout`. */
  timeout?: number | undefined;
  /** Retries for this call, overriding the client's `maxRetries`. */
  maxRetries?: number | undefined;
  /** `Idempotency-Key` for a POST (1–255 characters); by default a random one, kept across retries. */
  idempotencyKey?: string | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
}

/** What a route call carries besides options: path parameters, query and body. */
export interface RouteInput {
  /** Values of the route's `{param}` placeholders. */
  params?: Record<string, string> | undefined;
  /** Query parameters, checked against the route's query schema. */
  query?: unknown;
  /** JSON body (checked against the route's body schema) or, for uploads, `FormData`. */
  body?: unknown;
}

/** The validated result type of a route. */
export type RouteResponse<R> =
  DefOf<R> extends {
    /** Routes that answer 204 with no body. */
    responseKind: 'empty';
  }
    ? undefined
    : DefOf<R> extends {
          /** The route's response (or stream event) schema. */
          response: infer S extends z.ZodType;
        }
      ? z.infer<S>
      : never;
/** The caller-facing body type of a route (before defaults). */
export type RouteBodyInput<R> =
  DefOf<R> extends {
    /** The route's JSON body schema. */
    body: infer S extends z.ZodType;
  }
    ? z.input<S>
    : never;
/** The caller-facing query type of a route (before defaults). */
export type RouteQueryInput<R> =
  DefOf<R> extends {
    /** The route's query schema. */
    query: infer S extends z.ZodType;
  }
    ? z.input<S>
    : never;

interface PreparedRequest {
  route: RouteSpec;
  path: string;
  searchParams: URLSearchParams;
  body: BodyInit | undefined;
  contentType: string | undefined;
}

/** Options of `HelpdockCore.openStream` (used by event streams). */
export interface OpenStreamOptions {
  /** `Last-Event-ID` to resume after. */
  lastEventId?: string | undefined;
  /** Aborts the connection. */
  signal: AbortSignal;
}

/**
 * The core under every resource: builds requests from the route references, validates input and
 * output when given a contract validator, sends through its transport, retries, and maps failures
 * to typed errors. {@link lite.HelpdockLiteClient} (and so {@link index.HelpdockClient}) extends it
 * with the resource tree; use the core alone with single resource classes when bundle size matters.
 *
 * @example
 * ```ts
 * const core = new HelpdockCore({ baseUrl, siteKey: 'pk_acme_demo' });
 * const config = await new PublicSupport(core).config();
 * ```
 */
export class HelpdockCore {
  /** The API origin this client talks to. */
  readonly baseUrl: string;
  /** Default per-attempt timeout, in milliseconds. */
  readonly timeout: number;
  /** Default number of retries. */
  readonly maxRetries: number;
  #accessToken: string | null;
  #siteKey: string | undefined;
  #headers: Record<string, string>;
  #contract: ContractValidator | undefined;
  #transport: Transport;

  /**
   * @param transport how requests are sent: plain `fetch` by default (both clients use it).
   */
  constructor(options: ClientOptions, transport: TransportFactory = fetchTransport) {
    if (!options || typeof options.baseUrl !== 'string' || options.baseUrl === '') {
      throw new TypeError('HelpdockClient needs a baseUrl, e.g. { baseUrl: "https://api.example.com" }');
    }
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
    this.maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    this.#accessToken = options.accessToken ?? null;
    this.#siteKey = options.siteKey;
    this.#headers = { ...options.headers };
    this.#contract = options.contract;
    this.#transport = transport(this.baseUrl, options.fetch);
  }

  /**
   * Sets (or with `null` clears) the bearer token sent on signed-in routes.
   *
   * @example
   * ```ts
   * client.setAccessToken(session.access_token);
   * ```
   */
  setAccessToken(token: string | null): void {
    this.#accessToken = token;
  }

  /** The bearer token currently in use, if any. */
  get accessToken(): string | null {
    return this.#accessToken;
  }

  /**
   * Calls a JSON route of the contract: validates input, sends, retries, validates the answer.
   * @internal The resource classes are the public surface.
   */
  request<R extends RouteSpec>(
    route: R,
    input: RouteInput = {},
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<R>> {
    return new APIPromise(this.send(route, input, options), async (raw) =>
      route.responseKind === 'empty' ? (undefined as RouteResponse<R>) : this.parseJson(raw, route, options),
    );
  }

  /**
   * Reads a successful JSON body and checks it against the route's response schema (when the
   * client has a contract validator).
   * @internal
   * @throws {ResponseValidationError} when the body is not JSON or does not match the contract.
   */
  async parseJson<R extends RouteSpec>(
    raw: RawResponse,
    route: R,
    options: RequestOptions,
  ): Promise<RouteResponse<R>> {
    const text = await readText(raw.response, options.signal);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (cause) {
      throw new ResponseValidationError(`The response of ${route.id} is not JSON`, {
        status: raw.response.status,
        code: 'invalid_response',
        requestId: raw.requestId,
        cause,
      });
    }
    return this.checkOutput(route, json, {
      status: raw.response.status,
      requestId: raw.requestId,
    }) as RouteResponse<R>;
  }

  /**
   * Checks an answer or a stream event against the contract (passes it through without a validator).
   * @internal
   */
  checkOutput(route: RouteSpec, value: unknown, context: OutputContext): unknown {
    return this.#contract ? this.#contract.output(route, value, context) : value;
  }

  /**
   * Sends a route's request with retries and resolves with the successful raw response.
   * @internal Resources wrap it in an {@link APIPromise} with their own reader.
   */
  async send(route: RouteSpec, input: RouteInput, options: RequestOptions): Promise<RawResponse> {
    return this.#send(this.#prepare(route, input), options);
  }

  /**
   * Opens a server-sent event stream once (no retries: the stream helper reconnects itself).
   * @internal Used by {@link EventStream}.
   * @throws {HelpdockError} the typed error of a non-2xx answer, or a connection error.
   */
  async openStream(route: RouteSpec, input: RouteInput, options: OpenStreamOptions): Promise<Response> {
    const prepared = this.#prepare(route, input);
    const headers = this.#headersFor(prepared, {}, undefined);
    headers.set('Accept', 'text/event-stream');
    headers.set('Cache-Control', 'no-cache');
    if (options.lastEventId !== undefined) headers.set('Last-Event-ID', options.lastEventId);
    let response: Response;
    try {
      response = await this.#transport(prepared.path, {
        method: 'GET',
        headers,
        searchParams: prepared.searchParams,
        signal: options.signal,
      });
    } catch (cause) {
      if (options.signal.aborted) throw options.signal.reason;
      throw new APIConnectionError(`Could not open the event stream: ${describeCause(cause)}`, {
        code: 'connection_error',
        cause,
      });
    }
    if (!response.ok) throw await errorFromResponse(response);
    return response;
  }

  #prepare(route: RouteSpec, input: RouteInput): PreparedRequest {
    const check = (part: 'params' | 'query' | 'body', value: unknown) =>
      this.#contract ? this.#contract.input(route, part, value) : value;
    const params = check('params', input.params ?? {}) as Record<string, string>;
    const searchParams = new URLSearchParams();
    const query = check('query', input.query ?? {}) as Record<string, unknown>;
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null) searchParams.set(key, String(value));
    }
    let body: BodyInit | undefined;
    let contentType: string | undefined;
    if (route.bodyType === 'json') {
      body = JSON.stringify(check('body', input.body ?? {}));
      contentType = 'application/json';
    } else if (route.bodyType === 'multipart') {
      body = multipartBody(input.body);
    }
    const path = routePath(route.path, params).replace(/^\/+/, '');
    return { route, path, searchParams, body, contentType };
  }

  #headersFor(
    prepared: PreparedRequest,
    options: RequestOptions,
    idempotencyKey: string | undefined,
  ): Headers {
    const { route } = prepared;
    const headers = new Headers({ Accept: route.responseKind === 'file' ? '*/*' : 'application/json' });
    for (const [name, value] of Object.entries(this.#headers)) headers.set(name, value);
    const signedIn = route.auth !== 'none' && route.auth !== 'public' && route.auth !== 'portal';
    if (signedIn && this.#accessToken) headers.set('Authorization', `Bearer ${this.#accessToken}`);
    if (route.auth === 'public' && this.#siteKey) headers.set('X-Site-Key', this.#siteKey);
    if (prepared.contentType) headers.set('Content-Type', prepared.contentType);
    for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
    if (idempotencyKey !== undefined) headers.set('Idempotency-Key', idempotencyKey);
    return headers;
  }

  async #send(prepared: PreparedRequest, options: RequestOptions): Promise<RawResponse> {
    const maxRetries = options.maxRetries ?? this.maxRetries;
    let idempotencyKey: string | undefined;
    if (prepared.route.method === 'POST') {
      idempotencyKey = options.idempotencyKey ?? newIdempotencyKey();
      if (!isValidIdempotencyKey(idempotencyKey)) {
        throw new InputValidationError('Invalid idempotencyKey: expected 1–255 visible ASCII characters', {
          status: 422,
          code: 'validation_error',
          details: [{ path: 'idempotencyKey', message: 'Expected 1–255 visible ASCII characters' }],
        });
      }
    }
    const headers = this.#headersFor(prepared, options, idempotencyKey);
    for (let retry = 0; ; retry++) {
      let error: HelpdockError;
      try {
        const raw = await this.#attempt(prepared, headers, options);
        if (raw.response.ok) return raw;
        try {
          error = await errorFromResponse(raw.response);
        } finally {
          raw.release();
        }
      } catch (caught) {
        if (!(caught instanceof APIConnectionError)) throw caught;
        error = caught;
      }
      if (retry >= maxRetries || !isRetryable(error) || retryAfterTooLong(error)) throw error;
      await sleep(retryDelay(retry, error), options.signal);
    }
  }

  async #attempt(prepared: PreparedRequest, headers: Headers, options: RequestOptions): Promise<RawResponse> {
    const { signal } = options;
    if (signal?.aborted) throw signal.reason;
    const controller = new AbortController();
    const timeout = options.timeout ?? this.timeout;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(
        new APIConnectionTimeoutError(`Request timed out after ${timeout} ms`, { code: 'timeout' }),
      );
    }, timeout);
    const onAbort = () => controller.abort(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const release = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    };
    try {
      const response = await this.#sendAttempt(
        prepared,
        {
          method: prepared.route.method,
          headers,
          searchParams: prepared.searchParams,
          body: prepared.body,
          signal: controller.signal,
        },
        (options as UploadProgressOptions).onUploadProgress,
      );
      return { response, requestId: response.headers.get('x-request-id') ?? undefined, release };
    } catch (cause) {
      release();
      if (signal?.aborted) throw signal.reason;
      if (timedOut) {
        throw new APIConnectionTimeoutError(`Request timed out after ${timeout} ms`, {
          code: 'timeout',
          cause,
        });
      }
      throw new APIConnectionError(`Connection error: ${describeCause(cause)}`, {
        code: 'connection_error',
        cause,
      });
    }
  }

  /**
   * One attempt through the client's transport, or through `XMLHttpRequest` when the caller
   * follows an upload's progress (the one thing `fetch` cannot report).
   */
  async #sendAttempt(
    prepared: PreparedRequest,
    request: TransportRequest,
    onProgress: UploadProgressOptions['onUploadProgress'],
  ): Promise<Response> {
    if (!onProgress || !(request.body instanceof FormData)) return this.#transport(prepared.path, request);
    if (canReportUploadProgress()) {
      const query = request.searchParams.toString();
      return xhrUpload(`${this.baseUrl}/${prepared.path}${query ? `?${query}` : ''}`, request, onProgress);
    }
    const response = await this.#transport(prepared.path, request);
    const total = formSize(request.body);
    onProgress({ loaded: total, total });
    return response;
  }
}

/** Bytes of a multipart body's values (its files and fields). */
function formSize(form: FormData): number {
  let size = 0;
  for (const [, value] of form) size += typeof value === 'string' ? value.length : value.size;
  return size;
}

function describeCause(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

/** Reads a body as text, mapping a timeout or a cut connection during the read to the typed errors. */
export function readText(response: Response, signal?: AbortSignal): Promise<string> {
  return readBody(response, signal, (r) => r.text());
}

/** Reads a body with `read`, mapping a timeout or a cut connection during the read to the typed errors. */
export async function readBody<T>(
  response: Response,
  signal: AbortSignal | undefined,
  read: (response: Response) => Promise<T>,
): Promise<T> {
  try {
    return await read(response);
  } catch (cause) {
    if (signal?.aborted) throw signal.reason;
    if (cause instanceof APIConnectionTimeoutError) throw cause;
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (
      cause instanceof Error &&
      cause.name === 'AbortError' &&
      cause.cause instanceof APIConnectionTimeoutError
    ) {
      throw cause.cause;
    }
    throw new APIConnectionError(`Connection lost while reading the response: ${describeCause(cause)}`, {
      code: 'connection_error',
      requestId,
      cause,
    });
  }
}

/** Turns an error answer into its typed error (the error envelope when present). */
export async function errorFromResponse(response: Response): Promise<HelpdockError> {
  const headerRequestId = response.headers.get('x-request-id') ?? undefined;
  let text = '';
  try {
    text = await response.text();
  } catch {
    // The status alone still tells which error this is.
  }
  let envelope: ErrorBody | undefined;
  try {
    envelope = errorBody(JSON.parse(text));
  } catch {
    // Not JSON: fall back to the status line.
  }
  const retryAfterMs = parseRetryAfter(response.headers);
  return errorForStatus(
    response.status,
    envelope?.message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    {
      code: envelope?.code ?? `http_${response.status}`,
      requestId: headerRequestId ?? envelope?.request_id,
      details: envelope?.details,
      headers: response.headers,
      retryAfter: retryAfterMs === undefined ? undefined : retryAfterMs / 1000,
    },
  );
}

/** The `error` member of the error envelope (SPEC §1). */
interface ErrorBody {
  code: ErrorCode | string;
  message: string;
  request_id?: string | undefined;
  details?: ErrorDetail[] | undefined;
}

/** Reads the error envelope by hand: error answers are parsed even by clients without a validator. */
function errorBody(json: unknown): ErrorBody | undefined {
  const error = (json as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return undefined;
  const details = Array.isArray(error.details)
    ? error.details.filter(
        (d): d is ErrorDetail => typeof d?.path === 'string' && typeof d?.message === 'string',
      )
    : undefined;
  return {
    code: error.code,
    message: error.message,
    request_id: typeof error.request_id === 'string' ? error.request_id : undefined,
    details,
  };
}
