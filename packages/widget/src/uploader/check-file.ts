import { MAX_UPLOAD_BYTES, uploadContentTypes, uploadExtensions } from '@helpdock/sdk/lite';

/** Why a chosen file cannot be uploaded, as the key of the sentence that says so. */
export type UploadProblem = 'uploadTooLarge' | 'uploadType';

/** Declared types that say nothing about the content (the extension decides then). */
const uninformative = new Set(['', 'application/octet-stream']);

/**
 * Checks a chosen file against the server's rules before uploading it: at most 10 MiB, and one of
 * the accepted types (the SDK's one list), by its declared type or, when the browser declares none,
 * by its extension. The server still judges the content.
 *
 * @example uploadProblem({ name: 'setup.exe', size: 1000, type: 'application/x-msdownload' }) // 'uploadType'
 */
export function uploadProblem(file: { name: string; size: number; type: string }): UploadProblem | undefined {
  if (file.size > MAX_UPLOAD_BYTES) return 'uploadTooLarge';
  const type = file.type.toLowerCase();
  if ((uploadContentTypes as readonly string[]).includes(type)) return undefined;
  const extension = file.name.toLowerCase().split('.').pop() ?? '';
  const byName = Object.values(uploadExtensions).some((list) =>
    (list as readonly string[]).includes(extension),
  );
  return uninformative.has(type) && byName ? undefined : 'uploadType';
}

/** The `accept` attribute of a file input that offers only accepted types. */
export const acceptedTypes = uploadContentTypes.join(',');
