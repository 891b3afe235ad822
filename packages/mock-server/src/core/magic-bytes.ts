import type { UploadContentType } from '@helpdock/sdk/schemas';

/** What the bytes of an upload are, judged by their content alone. */
export type DetectedKind = Exclude<UploadContentType, 'text/plain' | 'text/csv'> | 'text';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean =>
  bytes.byteLength >= offset + prefix.length && prefix.every((b, i) => bytes[offset + i] === b);

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const GIF87 = ascii('GIF87a');
const GIF89 = ascii('GIF89a');
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const PDF = ascii('%PDF-');

/** True for valid UTF-8 without NUL bytes: what a text or CSV upload must be. */
export function isPlainText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The kind of an upload from its magic bytes (png, jpeg, gif, webp, pdf) or, failing those, whether it
 * is plain UTF-8 text; `undefined` for anything else (executables, archives, other binaries).
 *
 * @example
 * ```ts
 * detectKind(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // 'image/png'
 * ```
 */
export function detectKind(bytes: Uint8Array): DetectedKind | undefined {
  if (startsWith(bytes, PNG)) return 'image/png';
  if (startsWith(bytes, JPEG)) return 'image/jpeg';
  if (startsWith(bytes, GIF87) || startsWith(bytes, GIF89)) return 'image/gif';
  if (startsWith(bytes, RIFF) && startsWith(bytes, WEBP, 8)) return 'image/webp';
  if (startsWith(bytes, PDF)) return 'application/pdf';
  return isPlainText(bytes) ? 'text' : undefined;
}

const aliases: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'application/x-pdf': 'application/pdf',
  'application/csv': 'text/csv',
  'text/comma-separated-values': 'text/csv',
};

/** A declared `Content-Type` without parameters, lower case, with common aliases folded. */
export function normaliseDeclaredType(declared: string | null | undefined): string {
  const mime = declared?.split(';')[0]?.trim().toLowerCase() ?? '';
  return aliases[mime] ?? mime;
}

/** Declared types that say nothing about the content (browsers send these for unknown files). */
const UNINFORMATIVE = new Set(['', 'application/octet-stream']);

/**
 * The content type to store for an upload: the detected kind, when the declared type (if any) agrees
 * with it; `undefined` when the bytes are not an accepted type or contradict the declared one.
 * Text is `text/csv` when declared so (or named `*.csv` with no declared type), else `text/plain`.
 */
export function acceptedContentType(
  bytes: Uint8Array,
  declaredType: string | null | undefined,
  filename: string,
): UploadContentType | undefined {
  const kind = detectKind(bytes);
  if (kind === undefined) return undefined;
  const declared = normaliseDeclaredType(declaredType);
  if (kind === 'text') {
    if (declared === 'text/csv') return 'text/csv';
    if (declared === 'text/plain') return 'text/plain';
    if (UNINFORMATIVE.has(declared)) return /\.csv$/i.test(filename) ? 'text/csv' : 'text/plain';
    return undefined;
  }
  return UNINFORMATIVE.has(declared) || declared === kind ? kind : undefined;
}

/** File-name extensions that fit each accepted type (the first is added when a name has none of them). */
export const extensionsOf: Record<UploadContentType, readonly string[]> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt', 'text', 'log', 'md'],
  'text/csv': ['csv'],
};
