/** One HTTP request as the SDK's core hands it to a transport. */
export interface TransportRequest {
  /** HTTP method in upper case, e.g. `GET` or `POST`. */
  method: string;
  /**
   * Every header to send, already final (e.g. `Accept`, `Authorization` or `X-Site-Key`,
   * `Content-Type`, `Idempotency-Key`, the caller's extra headers): a transport sends them unchanged.
   */
  headers: Headers;
  /** Query string parameters without the `?`: empty when the call has none; nulls are left out. */
  searchParams: URLSearchParams;
  /** A JSON string or `FormData` upload; undefined for routes that send no body. */
  body?: BodyInit | undefined;
  /**
   * Aborts the request: fires on the caller's signal and on the client's timeout, so a transport
   * must pass it on to `fetch` (or its equivalent).
   */
  signal: AbortSignal;
}

/**
 * Sends one HTTP request to `path` (relative to the base URL) and resolves with whatever the server
 * answered, errors included. Retries, timeouts, idempotency keys and error mapping sit above it in
 * `HelpdockCore`, so a transport does nothing but send.
 */
export type Transport = (path: string, request: TransportRequest) => Promise<Response>;

/** Builds the transport of a client from its base URL and optional custom `fetch`. */
export type TransportFactory = (baseUrl: string, customFetch: typeof fetch | undefined) => Transport;

/**
 * The plain `fetch` transport: what {@link lite.HelpdockLiteClient} uses, so size-critical bundles carry
 * no HTTP library.
 */
export const fetchTransport: TransportFactory = (baseUrl, customFetch) => (path, request) => {
  const query = request.searchParams.toString();
  const { method, headers, body, signal } = request;
  // Resolved per call, so test interceptors installed after construction still apply.
  return (customFetch ?? globalThis.fetch)(`${baseUrl}/${path}${query ? `?${query}` : ''}`, {
    method,
    headers,
    body,
    signal,
  });
};
