import type { APIPromise } from '../core/api-promise.js';
import type { RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource, fileForm, type UploadOptions } from './resource.js';

/** Staff uploads (SPEC §3): files to attach to a reply. */
export class SupportAttachments extends APIResource {
  /**
   * Uploads a file (png, jpeg, gif, webp, pdf, txt, csv; ≤ 10 MiB); pass its id in `attachment_ids`
   * of a reply.
   * @throws {UnsupportedMediaTypeError} for another type (checked by content).
   * @throws {PayloadTooLargeError} above 10 MiB.
   *
   * @example
   * ```ts
   * const file = await client.support.attachments.upload(blob, { filename: 'invoice.pdf' });
   * await client.support.threads.addMessage(threadId, { message_text: 'Attached', attachment_ids: [file.id] });
   * ```
   */
  upload(
    file: Blob,
    options: UploadOptions = {},
  ): APIPromise<RouteResponse<Routes['uploadStaffAttachment']>> {
    return this.core.request(
      routes.uploadStaffAttachment,
      { body: fileForm(file, options.filename) },
      options,
    );
  }
}
