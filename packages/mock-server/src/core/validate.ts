import type { ErrorDetail } from '@helpdock/sdk/schemas';
import type { z } from 'zod';
import { ApiError, fail } from './errors.js';

/** Largest JSON body accepted: 1 MiB (SPEC §1). */
export const MAX_JSON_BYTES = 1024 * 1024;

/** Where a value came from, prefixed to error detail paths (body fields stay bare). */
export type InputPart = 'body' | 'query' | 'path';

/** Converts zod issues into SPEC §1 details `{path, message}`; each unknown key gets its own, naming it. */
export function issuesToDetails(issues: readonly z.core.$ZodIssue[], part: InputPart): ErrorDetail[] {
  const detail = (segments: readonly PropertyKey[], message: string): ErrorDetail => {
    const field = segments.map(String).join('.');
    return { path: part === 'body' ? field || 'body' : field ? `${part}.${field}` : part, message };
  };
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => detail([...issue.path, key], `Unknown field "${key}"`))
      : [detail(issue.path, issue.message)],
  );
}

/** Parses `value` with `schema`, or throws a 422 listing every problem. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, part: InputPart): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw fail.invalid(
    `Invalid ${part === 'path' ? 'path parameters' : part}`,
    issuesToDetails(result.error.issues, part),
  );
}

/** The query string as a plain object; a repeated key keeps its first value. */
export function queryObject(url: URL): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) if (!(key in query)) query[key] = value;
  return query;
}

/** True when the `Content-Type` is JSON (`application/json` or `application/*+json`, any parameters). */
export function isJsonContentType(contentType: string | null): boolean {
  const mime = contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  return mime === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(mime);
}

/** Bodies longer than this that declare their length are copied into place as they arrive. */
const PLACED_FROM_BYTES = 256 * 1024;

/**
 * Reads the whole body as bytes, refusing (413) more than `limit` bytes: the declared
 * `Content-Length` first, then the bytes actually received (a lying or absent length is caught too).
 * A large body with a declared length is copied chunk by chunk into one buffer of that length as
 * it arrives, so a 10 MiB upload never costs one long copy on the event loop at its end.
 */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  const length = declared === null ? Number.NaN : Number(declared);
  if (length > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  let placed =
    Number.isSafeInteger(length) && length >= PLACED_FROM_BYTES ? new Uint8Array(length) : undefined;
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (error) {
      // The transport cut the body off: over its own size cap, or the client went away.
      if (error instanceof Error && error.name === 'PayloadTooLargeError') throw tooLarge(limit);
      throw fail.invalid('The request body could not be read', [
        { path: 'body', message: 'Incomplete body' },
      ]);
    }
    const { done, value } = chunk;
    if (done) break;
    if (total + value.byteLength > limit) {
      // Not awaited: a cancelled tee branch (MSW clones requests) settles only when its twin is cancelled too.
      reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    if (placed && total + value.byteLength > placed.byteLength) {
      // More than declared (only an in-process Request can say so): collect the rest as chunks.
      chunks.push(placed.subarray(0, total));
      placed = undefined;
    }
    if (placed) placed.set(value, total);
    else chunks.push(value);
    total += value.byteLength;
  }
  if (placed) return total === placed.byteLength ? placed : placed.subarray(0, total);
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

// Whole MiB: an upload's limit includes room for the multipart envelope, which is not the user's business.
const tooLarge = (limit: number) =>
  new ApiError(
    'payload_too_large',
    `The body is larger than ${limit >= 1024 * 1024 ? `${Math.floor(limit / 1024 / 1024)} MiB` : `${limit} bytes`}`,
  );

/** Deepest nesting of arrays and objects a JSON body may have (SPEC §1). */
export const MAX_JSON_DEPTH = 32;

/**
 * True when JSON text nests arrays/objects deeper than `max`. Scans the text (strings skipped) before
 * anything recursive (parsing, canonical JSON, schemas) touches it, so no depth can overflow a stack.
 */
export function jsonDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/** The raw body text and the parsed JSON value of a request, or `undefined` when it has no body. */
export interface JsonBody {
  text: string;
  value: unknown;
}

/**
 * Reads a JSON body: 415 unless the content type is JSON (when there is a body), 413 over `limit`,
 * 422 for bytes that are not UTF-8 JSON or nest deeper than {@link MAX_JSON_DEPTH}. Returns `undefined`
 * for an empty body.
 */
export async function readJsonBody(request: Request, limit = MAX_JSON_BYTES): Promise<JsonBody | undefined> {
  const contentType = request.headers.get('content-type');
  const bytes = await readBodyBytes(request, limit);
  if (bytes.byteLength === 0 && contentType === null) return undefined;
  if (!isJsonContentType(contentType)) {
    throw new ApiError('unsupported_media_type', 'Send the body as JSON with Content-Type: application/json');
  }
  if (bytes.byteLength === 0) return undefined;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail.invalid('The body is not valid UTF-8', [{ path: 'body', message: 'Invalid UTF-8' }]);
  }
  if (jsonDeeperThan(text, MAX_JSON_DEPTH)) {
    throw fail.invalid(`The body nests deeper than ${MAX_JSON_DEPTH} levels`, [
      { path: 'body', message: `At most ${MAX_JSON_DEPTH} nested arrays or objects` },
    ]);
  }
  try {
    return { text, value: JSON.parse(text) };
  } catch {
    throw fail.invalid('The body is not valid JSON', [{ path: 'body', message: 'Malformed JSON' }]);
  }
}

/** A stable JSON text of a value (object keys sorted), for comparing request bodies. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
