import * as z from 'zod';

/** ISO-8601 UTC timestamp, as every endpoint returns them. */
export const Timestamp = z.iso.datetime({ offset: false }).meta({ description: 'ISO-8601 UTC timestamp' });

/** An opaque identifier. */
export const Id = z.string().min(1).max(200);

/** Error codes of the error envelope, one per HTTP status family (SPEC §1). */
export const ErrorCode = z.enum([
  'validation_error',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'upstream_error',
  'internal_error',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The HTTP status that goes with each error code. */
export const errorStatus: Record<ErrorCode, number> = {
  validation_error: 422,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  upstream_error: 502,
  internal_error: 500,
};

/** One problem with one field of the input. */
export const ErrorDetail = z.object({ path: z.string(), message: z.string() });
export type ErrorDetail = z.infer<typeof ErrorDetail>;

/** The body of every error response. */
export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string(),
      request_id: z.string(),
      details: z.array(ErrorDetail).optional(),
    }),
  })
  .meta({ id: 'ErrorEnvelope' });
export type ErrorEnvelope = z.infer<typeof ErrorEnvelope>;

/** `?limit=` (1–100, default 20) and `?cursor=` of every list. */
export const PageQuery = z.object({
  limit: z.coerce.number<number>().int().min(1).max(100).default(20),
  cursor: z.string().min(1).max(500).optional(),
});
export type PageQuery = z.input<typeof PageQuery>;

/** The list envelope `{data, next_cursor}` around items of `item`. */
export const listOf = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), next_cursor: z.string().nullable() });

/** Ids of uploads to attach to a new message (at most 10): the caller's own, not yet attached. */
export const AttachmentIds = z.array(Id).max(10);

/** A JSON object with no fields, for requests that carry no body. */
export const EmptyBody = z.object({}).strict();

/** Parses a `true`/`false` query-string flag. */
export const QueryFlag = z.enum(['true', 'false']).transform((v) => v === 'true');
