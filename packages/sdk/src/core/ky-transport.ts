import ky from 'ky';
import type { TransportFactory } from './transport.js';

/**
 * A transport that sends through ky, for a {@link advanced.HelpdockCore} built by hand (the clients send with
 * {@link advanced.fetchTransport}: ky builds and clones a `Request` and a second abort signal per call, which
 * cost more than the whole validation of an answer). ky's own retries, timeouts and HTTP errors are
 * off: the core owns them, so the `Idempotency-Key` stays stable across retries and `Retry-After`
 * is honoured by one rule for every call.
 *
 * @example
 * ```ts
 * const core = new HelpdockCore({ baseUrl, contract: contractValidator }, kyTransport);
 * ```
 */
export const kyTransport: TransportFactory = (baseUrl, customFetch) => {
  const client = ky.create({
    prefixUrl: baseUrl,
    retry: 0,
    timeout: false,
    throwHttpErrors: false,
    // Resolved per call, so test interceptors installed after construction still apply.
    fetch: (input, init) => (customFetch ?? globalThis.fetch)(input, init),
  });
  return (path, { method, headers, searchParams, body, signal }) =>
    client(path, { method, headers, searchParams, body, signal });
};
