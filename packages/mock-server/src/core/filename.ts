import type { UploadContentType } from '@helpdock/sdk/schemas';
import { extensionsOf } from './magic-bytes.js';

/** Longest stored file name, in characters (extension included). */
export const MAX_FILENAME_LENGTH = 120;

/** Names Windows refuses for a file, whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * A safe file name for an upload: the last path segment only, NFC, without control, bidi-override or
 * shell/Windows-special characters, without leading dots, capped at {@link MAX_FILENAME_LENGTH}
 * characters, and ending in an extension that fits the stored type (so `invoice.exe` stored as a PDF
 * downloads as `invoice.exe.pdf`).
 *
 * @example
 * ```ts
 * sanitizeFilename('../../etc/passwd\u0000.png', 'image/png'); // 'passwd.png'
 * ```
 */
export function sanitizeFilename(raw: string, contentType: UploadContentType): string {
  const lastSegment = raw.split(/[/\\]/).pop() ?? '';
  let name = lastSegment
    .normalize('NFC')
    // Control and format characters (C0/C1, bidi overrides, zero-width, BOM) and characters that
    // are special to shells or forbidden on Windows.
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
  const dot = name.lastIndexOf('.');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  let extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const fitting = extensionsOf[contentType];
  if (!fitting.includes(extension)) {
    stem = name;
    extension = fitting[0] ?? 'bin';
  }
  if (stem === '' || RESERVED.test(stem)) stem = stem === '' ? 'file' : `_${stem}`;
  const room = MAX_FILENAME_LENGTH - extension.length - 1;
  stem = Array.from(stem).slice(0, room).join('').trim();
  name = `${stem}.${extension}`;
  return name;
}

/**
 * A `Content-Disposition: attachment` value for `filename`: a plain ASCII `filename=` fallback and,
 * for other names, the RFC 5987 `filename*=UTF-8''…` form browsers prefer.
 */
export function attachmentDisposition(filename: string): string {
  const fallback = filename.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return fallback === filename
    ? `attachment; filename="${filename}"`
    : `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
