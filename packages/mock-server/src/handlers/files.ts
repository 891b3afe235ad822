import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import { attachmentDisposition } from '../core/filename.js';
import { readUpload } from '../core/upload.js';
import type { ServerDeps } from '../deps.js';
import { type FileDownload, toAttachment, toMessageAttachment, toUploadedFile } from '../store/files.js';

/** A download as a response browsers save and never sniff or render inline. */
function fileResponse(file: FileDownload): Response {
  const textual = file.contentType.startsWith('text/');
  return new Response(file.bytes as BodyInit, {
    status: routes.downloadFile.status,
    headers: {
      'Content-Type': textual ? `${file.contentType}; charset=utf-8` : file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Content-Disposition': attachmentDisposition(file.filename),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': 'private, no-store',
    },
  });
}

/**
 * Uploads (a customer's, to a ticket or before one exists; staff's; a portal visitor's) and
 * downloads (SPEC §3, §5). Downloads go only to those who may see the file (the file store decides).
 */
export function fileHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.uploadTicketAttachment, async ({ store, principal, actor, params, request }) => {
      // The ticket is checked before the body is read: a wrong ticket costs no upload.
      const ticket = store.customers.ticketForUpload(principal.user, params.ticketId);
      const upload = await readUpload(request);
      // And again once the bytes are in: the ticket may have been closed meanwhile.
      store.customers.ticketForUpload(principal.user, ticket.id);
      return toAttachment(
        store.files.add(actor, { user: principal.user }, { ...upload, ticketId: ticket.id }),
      );
    }),
    defineRoute(deps, routes.uploadAttachment, async ({ store, principal, actor, request }) =>
      toAttachment(
        store.files.add(actor, { user: principal.user }, { ...(await readUpload(request)), ticketId: null }),
      ),
    ),
    defineRoute(deps, routes.uploadStaffAttachment, async ({ store, principal, actor, request }) =>
      toUploadedFile(
        store.files.add(actor, { user: principal.user }, { ...(await readUpload(request)), ticketId: null }),
      ),
    ),
    defineRoute(deps, routes.portalUploadAttachment, async ({ store, principal, actor, request }) =>
      toMessageAttachment(
        store.files.add(
          actor,
          { token: principal.token },
          { ...(await readUpload(request)), ticketId: null },
        ),
      ),
    ),
    defineRoute(deps, routes.downloadFile, ({ store, principal, params }) =>
      fileResponse(store.files.download(principal.user, params.id)),
    ),
    defineRoute(deps, routes.portalDownloadFile, ({ store, principal, params }) =>
      fileResponse(store.files.downloadInPortal(principal.token, params.id)),
    ),
  ];
}
