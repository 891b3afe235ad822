import type { RouteSpec } from '../schemas/routes/types.js';

/** Where a value being checked came from, for error messages. */
export interface OutputContext {
  /**
   * HTTP status of the response the value came from; undefined for stream events, which arrive long
   * after the stream's `200`.
   */
  status?: number | undefined;
  /**
   * The server's `X-Request-Id` for the response, to quote in bug reports; undefined for stream
   * events and when the server sent no such header.
   */
  requestId?: string | undefined;
}

/**
 * Checks requests and answers against the API contract. {@link index.HelpdockClient} uses
 * `contractValidator` (the zod schemas of `@helpdock/sdk/schemas`); {@link lite.HelpdockLiteClient} uses
 * none, so its bundles carry no schemas and trust the server's answers.
 */
export interface ContractValidator {
  /**
   * Validates one part of a request before it is sent and returns it normalised (defaults, trims).
   * @throws {InputValidationError} naming every bad field.
   */
  input(route: RouteSpec, part: 'params' | 'query' | 'body', value: unknown): unknown;
  /**
   * Validates a response body, or a stream event `{type, id, data}` of an SSE route.
   * @throws {ResponseValidationError} naming the field path that did not match.
   */
  output(route: RouteSpec, value: unknown, context: OutputContext): unknown;
}
