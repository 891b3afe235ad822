import type { TransportRequest } from './transport.js';

/** How much of an upload's body has gone out. */
export interface UploadProgress {
  /** Bytes sent so far. */
  loaded: number;
  /** Bytes to send in all (the multipart body, a little more than the file). */
  total: number;
}

/** Per-call options of an upload route that reports progress. */
export interface UploadProgressOptions {
  /**
   * Called as the body goes out (browsers only: `fetch` cannot report upload progress, so the call
   * is sent with `XMLHttpRequest` instead; elsewhere the callback fires once, when the answer arrives).
   */
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
}

/** Whether this runtime can report upload progress (it has `XMLHttpRequest`). */
export function canReportUploadProgress(): boolean {
  return typeof XMLHttpRequest !== 'undefined';
}

/**
 * Sends one request with `XMLHttpRequest` and resolves with the answer as a `Response`, reporting
 * the body's progress to `onProgress`. Rejects like `fetch`: a `TypeError` when the network fails,
 * the signal's reason when it aborts.
 */
export function xhrUpload(
  url: string,
  request: TransportRequest,
  onProgress: (progress: UploadProgress) => void,
): Promise<Response> {
  return new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const xhr = new XMLHttpRequest();
    const onAbort = () => xhr.abort();
    const done = () => signal.removeEventListener('abort', onAbort);
    xhr.open(request.method, url);
    xhr.responseType = 'blob';
    for (const [name, value] of request.headers) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    });
    xhr.addEventListener('load', () => {
      done();
      const bodiless = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      resolve(
        new Response(bodiless ? null : (xhr.response as Blob), {
          status: xhr.status,
          statusText: xhr.statusText,
          headers: parseHeaders(xhr.getAllResponseHeaders()),
        }),
      );
    });
    xhr.addEventListener('error', () => {
      done();
      reject(new TypeError('Network request failed'));
    });
    xhr.addEventListener('abort', () => {
      done();
      reject(signal.reason ?? new DOMException('The upload was aborted', 'AbortError'));
    });
    signal.addEventListener('abort', onAbort, { once: true });
    xhr.send(request.body as XMLHttpRequestBodyInit | null | undefined);
  });
}

/** Reads `getAllResponseHeaders()` (CRLF-separated `name: value` lines) into `Headers`. */
function parseHeaders(raw: string): Headers {
  const headers = new Headers();
  for (const line of raw.trim().split(/[\r\n]+/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.append(line.slice(0, colon).trim(), line.slice(colon + 1).trim());
  }
  return headers;
}
