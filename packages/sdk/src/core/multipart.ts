import { MAX_UPLOAD_BYTES } from '../schemas/limits.js';
import { InputValidationError, PayloadTooLargeError } from './errors.js';

/**
 * Checks the body of an upload route before anything is sent: it must be multipart form data, and
 * no file in it may exceed the server's limit (sending 10 MiB only to read a 413 wastes the upload).
 * @throws {InputValidationError} when the body is not `FormData`.
 * @throws {PayloadTooLargeError} when a file is over 10 MiB.
 */
export function multipartBody(body: unknown): FormData {
  if (!(body instanceof FormData)) {
    throw new InputValidationError('Invalid request body: expected multipart form data', {
      status: 422,
      code: 'validation_error',
      details: [{ path: 'file', message: 'Expected a Blob or File' }],
    });
  }
  for (const [field, value] of body.entries()) {
    if (typeof value !== 'string' && value.size > MAX_UPLOAD_BYTES) {
      throw new PayloadTooLargeError('Files may be at most 10 MiB', {
        status: 413,
        code: 'payload_too_large',
        details: [{ path: field, message: `The file has ${value.size} bytes; at most 10 MiB are accepted` }],
      });
    }
  }
  return body;
}
