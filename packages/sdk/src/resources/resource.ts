import type { HelpdockCore, RequestOptions, RouteResponse } from '../core/http.js';
import { Page, PagePromise } from '../core/pagination.js';
import type { UploadProgressOptions } from '../core/xhr-upload.js';
import type { RouteSpec } from '../schemas/routes/types.js';

/** Base of every resource: holds the core it sends through. */
export abstract class APIResource {
  /** The core it sends through (a client, or a bare {@link HelpdockCore}). */
  protected readonly core: HelpdockCore;

  constructor(core: HelpdockCore) {
    this.core = core;
  }
}

/** The item type of a list route. */
export type ListItem<R> =
  RouteResponse<R> extends {
    /** The items of one page of the list. */
    data: (infer I)[];
  }
    ? I
    : never;

/**
 * Calls a cursor-paginated list route; the page knows how to fetch its successor with the same query.
 * @internal
 */
export function requestPage<R extends RouteSpec>(
  core: HelpdockCore,
  route: R,
  query: Record<string, unknown>,
  options: RequestOptions,
): PagePromise<ListItem<R>> {
  const { cursor: firstCursor, ...filters } = query;
  const fetchPage = (cursor: string | undefined): PagePromise<ListItem<R>> =>
    new PagePromise(
      core.send(route, { query: cursor === undefined ? filters : { ...filters, cursor } }, options),
      async (raw) => {
        const body = (await core.parseJson(raw, route, options)) as {
          data: ListItem<R>[];
          next_cursor: string | null;
        };
        // A cursor that points back at the page just read would loop forever: treat it as the end.
        const next = body.next_cursor !== null && body.next_cursor !== cursor ? body.next_cursor : null;
        return new Page(body.data, next, fetchPage);
      },
    );
  return fetchPage(typeof firstCursor === 'string' ? firstCursor : undefined);
}

/**
 * Options of an upload: the file name to send, progress reporting, plus the usual per-call options.
 *
 * @example
 * ```ts
 * await portal.uploadAttachment(file, { onUploadProgress: ({ loaded, total }) => show(loaded / total) });
 * ```
 */
export interface UploadOptions extends RequestOptions, UploadProgressOptions {
  /** File name for the multipart part; defaults to the `File`'s name, else `upload`. */
  filename?: string | undefined;
}

/** Wraps a file in the multipart form the upload routes expect (field `file`). */
export function fileForm(file: Blob, filename: string | undefined): FormData {
  const form = new FormData();
  const name =
    filename ?? (typeof File !== 'undefined' && file instanceof File ? file.name : undefined) ?? 'upload';
  form.append('file', file, name);
  return form;
}
