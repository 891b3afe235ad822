import type { z } from 'zod';
import type { ErrorDetail } from '../schemas/common.js';
import { InputValidationError, ResponseValidationError } from './errors.js';

/** Turns zod issues into the API's `{path, message}` details (path joined with dots). */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], prefix?: string): ErrorDetail[] {
  return issues.map((issue) => ({
    path: [...(prefix ? [prefix] : []), ...issue.path.map(String)].join('.'),
    message: issue.message,
  }));
}

const describe = (details: readonly ErrorDetail[]) =>
  details.map((d) => (d.path ? `${d.path}: ${d.message}` : d.message)).join('; ');

/**
 * Validates the caller's input against a request schema; returns the parsed (defaulted, trimmed) value.
 * @throws {InputValidationError} naming every bad field, before any request is sent.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = issuesToDetails(result.error.issues);
  throw new InputValidationError(`Invalid ${what}: ${describe(details)}`, {
    status: 422,
    code: 'validation_error',
    details,
  });
}

/**
 * Validates a server response (or stream event) against the contract.
 * @throws {ResponseValidationError} naming the field path that did not match.
 */
export function parseResponse<S extends z.ZodType>(
  schema: S,
  value: unknown,
  context: { operation: string; status?: number | undefined; requestId?: string | undefined },
): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const details = issuesToDetails(result.error.issues);
  throw new ResponseValidationError(
    `The response of ${context.operation} does not match the API contract: ${describe(details)}`,
    { status: context.status, code: 'invalid_response', requestId: context.requestId, details },
  );
}
