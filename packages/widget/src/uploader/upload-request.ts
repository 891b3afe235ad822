import { randomId } from '../core/ids.js';

/** Where and how a file is uploaded: the route's URL and the headers that carry the credential. */
export interface UploadTarget {
  /** Absolute URL of the upload route (`…/portal/{token}/attachments` or `…/customers/me/attachments`). */
  url: string;
  /** Headers to send, e.g. `Authorization` for a signed-in customer. */
  headers: Record<string, string>;
}

/** An upload the server refused or that never reached it. */
export class UploadError extends Error {
  /** HTTP status of the refusal; 0 when no answer arrived (offline, aborted). */
  readonly status: number;

  constructor(status: number) {
    super(`Upload failed with status ${status}`);
    this.status = status;
  }
}

/** An upload in flight: its result and a way to stop it. */
export interface RunningUpload {
  /** The stored file's id, once the server has it. */
  result: Promise<string>;
  /** Stops the upload (the result then rejects with status 0). */
  abort(): void;
}

/**
 * Uploads one file as multipart field `file` with `XMLHttpRequest`, the one browser API that
 * reports upload progress, and a fresh `Idempotency-Key`.
 */
export function startUpload(
  target: UploadTarget,
  file: File,
  onProgress: (fraction: number) => void,
): RunningUpload {
  const request = new XMLHttpRequest();
  const result = new Promise<string>((resolve, reject) => {
    request.open('POST', target.url);
    for (const [name, value] of Object.entries(target.headers)) request.setRequestHeader(name, value);
    request.setRequestHeader('Idempotency-Key', randomId());
    request.responseType = 'json';
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const id = (request.response as { id?: unknown } | null)?.id;
      if (request.status === 201 && typeof id === 'string') resolve(id);
      else reject(new UploadError(request.status));
    };
    request.onerror = () => reject(new UploadError(0));
    request.onabort = () => reject(new UploadError(0));
    const form = new FormData();
    form.append('file', file, file.name);
    request.send(form);
  });
  return { result, abort: () => request.abort() };
}
