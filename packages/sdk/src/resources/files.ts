import { APIPromise, type RawResponse } from '../core/api-promise.js';
import { type RequestOptions, readBody } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import { APIResource } from './resource.js';

/** A downloaded file. */
export interface DownloadedFile {
  /** The file's bytes. */
  blob: Blob;
  /** Its name from `Content-Disposition`, if the server gave one. */
  filename: string | undefined;
  /** Its `Content-Type`. */
  contentType: string;
}

/** Reads the file name of a `Content-Disposition` header (RFC 6266 `filename*` first). */
export function filenameFromDisposition(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(header);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // A malformed encoding: fall back to the plain parameter.
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(header);
  if (!plain) return undefined;
  return plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]?.trim();
}

/** Reads a file answer (its bytes, name and type) of a `file` route. */
export function downloadedFile(
  raw: Promise<RawResponse>,
  signal: AbortSignal | undefined,
): APIPromise<DownloadedFile> {
  return new APIPromise(raw, async ({ response }) => ({
    blob: await readBody(response, signal, (r) => r.blob()),
    filename: filenameFromDisposition(response.headers.get('content-disposition')),
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
  }));
}

/** Uploaded files (SPEC §5): served to their owner and the tenant's staff only. */
export class Files extends APIResource {
  /**
   * Downloads a file. `.asResponse()` gives the raw `Response` instead (to stream it).
   * @throws {NotFoundError} for a file the caller may not see.
   *
   * @example
   * ```ts
   * const { blob, filename } = await client.files.download(attachment.id);
   * ```
   */
  download(id: string, options: RequestOptions = {}): APIPromise<DownloadedFile> {
    return downloadedFile(this.core.send(routes.downloadFile, { params: { id } }, options), options.signal);
  }

  /**
   * Downloads a file through a portal link: one attached to a thread the token covers, or uploaded
   * with it. (Kept here rather than on `client.portal(token)`, so the support bubble's bundle,
   * which never downloads this way, does not carry it.)
   * @throws {NotFoundError} for any other file.
   *
   * @example
   * ```ts
   * const { blob, filename } = await client.files.portalDownload(token, attachment.id);
   * ```
   */
  portalDownload(token: string, id: string, options: RequestOptions = {}): APIPromise<DownloadedFile> {
    return downloadedFile(
      this.core.send(routes.portalDownloadFile, { params: { token, id } }, options),
      options.signal,
    );
  }
}
