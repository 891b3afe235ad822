import type { z } from 'zod';
import { APIConnectionError, HelpdockError } from './errors.js';
import { parseResponse } from './validation.js';

/**
 * A third-party API (Chatwoot, Evolution) answered with an error status. `status` is its status,
 * `body` its answer as text (truncated), so the caller can log what went wrong.
 */
export class UpstreamError extends HelpdockError {
  static override readonly brand: string = 'UpstreamError';
  /** The upstream's answer (first 2 000 characters). */
  readonly body: string;

  constructor(message: string, init: ConstructorParameters<typeof HelpdockError>[1] & { body: string }) {
    super(message, init);
    this.body = init.body;
  }
}

/** How to reach one upstream API. */
export interface UpstreamConfig {
  /** Name for messages, e.g. `Chatwoot`. */
  name: string;
  /** Origin (and path prefix) of the upstream. */
  baseUrl: string;
  /** Authentication and other fixed headers. */
  headers: Record<string, string>;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
}

/** One JSON call to an upstream, validated against `schema` (or `undefined` for answers without a body). */
export async function upstreamRequest<S extends z.ZodType>(
  config: UpstreamConfig,
  method: string,
  path: string,
  schema: S | undefined,
  body?: unknown,
): Promise<z.output<S>> {
  const url = `${config.baseUrl.replace(/\/+$/, '')}${path}`;
  const headers = new Headers({ Accept: 'application/json', ...config.headers });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  let response: Response;
  try {
    response = await (config.fetch ?? globalThis.fetch)(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (cause) {
    throw new APIConnectionError(
      `${config.name} is unreachable: ${cause instanceof Error ? cause.message : cause}`,
      {
        code: 'connection_error',
        cause,
      },
    );
  }
  const text = await response.text().catch(() => '');
  if (!response.ok) {
    throw new UpstreamError(`${config.name} answered ${response.status} to ${method} ${path}`, {
      status: response.status,
      code: 'upstream_error',
      headers: response.headers,
      body: text.slice(0, 2000),
    });
  }
  if (!schema) return undefined as z.output<S>;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new UpstreamError(`${config.name} answered ${method} ${path} with something that is not JSON`, {
      status: response.status,
      code: 'invalid_response',
      body: text.slice(0, 2000),
      cause,
    });
  }
  return parseResponse(schema, json, {
    operation: `${config.name} ${method} ${path}`,
    status: response.status,
  });
}
