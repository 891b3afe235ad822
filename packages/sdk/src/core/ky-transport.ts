import ky from 'ky';
import type { TransportFactory } from './transport.js';

/**
 * The ky transport of {@link index.HelpdockClient}. ky's own retries, timeouts and HTTP errors are off:
 * the core owns them, so the `Idempotency-Key` stays stable across retries and `Retry-After` is
 * honoured by one rule for every call.
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
