import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import { attachmentDisposition } from '../core/filename.js';
import { readUpload } from '../core/upload.js';
import type { ServerDeps } from '../deps.js';
import type { FileDownload } from '../store/files.js';

/**
 * Uploads (to a ticket, or before one exists) and downloads (SPEC §5). Downloads go to the owner and
 * the tenant's staff only, always as an attachment that browsers must not sniff or render inline.
 */
export function fileHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.uploadTicketAttachment, async ({ store, principal, actor, params, request }) => {
      // The ticket is checked before the body is read: a wrong ticket costs no upload.
      const ticket = store.customers.ticketForUpload(principal.user, params.ticketId);
      const upload = await readUpload(request);
      // And again once the bytes are in: the ticket may have been closed meanwhile.
      store.customers.ticketForUpload(principal.user, ticket.id);
      return store.files.add(actor, principal.user, { ...upload, ticketId: ticket.id });
    }),
    defineRoute(deps, routes.uploadAttachment, async ({ store, principal, actor, request }) => {
      const upload = await readUpload(request);
      return store.files.add(actor, principal.user, { ...upload, ticketId: null });
    }),
    defineRoute(deps, routes.downloadFile, ({ store, principal, params }) =>
      fileResponse(store.files.download(principal.user, params.id)),
    ),
  ];
}

/** A stored file as a download: always an attachment, never sniffed or rendered inline. */
export function fileResponse(file: FileDownload): Response {
  const textual = file.contentType.startsWith('text/');
  return new Response(file.bytes as BodyInit, {
    status: 200,
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
