/**
 * The file types accepted for uploads (checked by content on the server), as plain data: the zod
 * enum `UploadContentType` is built from it, and zod-free bundles (the widget) read it directly.
 */
export const uploadContentTypes = [
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
] as const;

/** File-name extensions that identify each accepted type when a browser reports no MIME type. */
export const uploadExtensions: Readonly<Record<(typeof uploadContentTypes)[number], readonly string[]>> = {
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'application/pdf': ['pdf'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
};

export { MAX_UPLOAD_BYTES } from './limits.js';
