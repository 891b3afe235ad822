import { MAX_UPLOAD_BYTES, type UploadContentType } from '@helpdock/sdk/schemas';
import { ApiError, fail } from './errors.js';
import { sanitizeFilename } from './filename.js';
import { acceptedContentType } from './magic-bytes.js';
import { readBodyBytes } from './validate.js';

/** Room for the multipart envelope (boundaries, part headers, other small fields) around a 10 MiB file. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

/** An upload that passed every check: safe name, type judged by content, size within the limit. */
export interface CheckedUpload {
  filename: string;
  contentType: UploadContentType;
  bytes: Uint8Array;
}

const tooLarge = () => new ApiError('payload_too_large', 'Files may be at most 10 MiB');

const unsupported = () =>
  new ApiError(
    'unsupported_media_type',
    'Only PNG, JPEG, GIF, WebP, PDF, plain-text and CSV files are accepted, and their content must match their type',
  );

/**
 * Reads the multipart field `file` of an upload request (SPEC §5) and checks it: 415 unless the body
 * is `multipart/form-data`, 413 over 10 MiB (declared length first, then the bytes received, then the
 * file itself), 422 without exactly one `file` part or with an empty file, 415 unless the content is
 * an accepted type that agrees with the declared one. The name is sanitised.
 */
export async function readUpload(request: Request): Promise<CheckedUpload> {
  const contentType = request.headers.get('content-type') ?? '';
  const mime = contentType.split(';')[0]?.trim().toLowerCase();
  if (mime !== 'multipart/form-data' || !/;\s*boundary=/i.test(contentType)) {
    throw new ApiError(
      'unsupported_media_type',
      'Upload the file as multipart/form-data with the file in the field "file"',
    );
  }
  const body = await readBodyBytes(request, MAX_UPLOAD_BYTES + MULTIPART_OVERHEAD_BYTES);
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { 'content-type': contentType } }).formData();
  } catch {
    throw fail.invalid('The multipart body could not be read', [
      { path: 'body', message: 'Malformed multipart body' },
    ]);
  }
  const parts = form.getAll('file');
  const file = parts[0];
  if (parts.length !== 1 || typeof file === 'string' || file === undefined) {
    throw fail.invalid('Send exactly one file in the multipart field "file"', [
      { path: 'file', message: parts.length > 1 ? 'Only one file per upload' : 'Required: a file' },
    ]);
  }
  if (file.size > MAX_UPLOAD_BYTES) throw tooLarge();
  if (file.size === 0) throw fail.invalid('The file is empty', [{ path: 'file', message: 'Empty file' }]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const accepted = acceptedContentType(bytes, file.type, file.name);
  if (accepted === undefined) throw unsupported();
  return { filename: sanitizeFilename(file.name, accepted), contentType: accepted, bytes };
}
