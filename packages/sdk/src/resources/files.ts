import { APIPromise } from '../core/api-promise.js';
import { type HelpdockCore, type RequestOptions, readBody } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { RouteSpec } from '../schemas/routes/types.js';
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

/**
 * Downloads through a file route: the body as a `Blob` with its name and type.
 * @internal
 */
export function downloadThrough(
  core: HelpdockCore,
  route: RouteSpec,
  params: Record<string, string>,
  options: RequestOptions,
): APIPromise<DownloadedFile> {
  return new APIPromise(core.send(route, { params }, options), async (raw) => {
    const { response } = raw;
    const blob = await readBody(response, options.signal, (r) => r.blob());
    return {
      blob,
      filename: filenameFromDisposition(response.headers.get('content-disposition')),
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    };
  });
}

/**
 * Uploaded files (SPEC §5): served to their owner, the tenant's staff and the customer whose ticket
 * carries them.
 */
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
    return downloadThrough(this.core, routes.downloadFile, { id }, options);
  }
}
