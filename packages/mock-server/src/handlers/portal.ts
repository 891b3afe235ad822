import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import { readUpload } from '../core/upload.js';
import type { ServerDeps } from '../deps.js';
import { fileResponse } from './files.js';

/**
 * Portal endpoints (SPEC §3): the token in the path is the credential. `defineRoute` has already
 * rejected unknown, revoked and expired tokens (401) and counted this call's use.
 */
export function portalHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.portalContext, ({ store, principal }) => store.portal.context(principal.token)),
    defineRoute(deps, routes.portalCreateThread, ({ store, principal, actor, body }) =>
      store.portal.createThread(actor, principal.token, body),
    ),
    defineRoute(deps, routes.portalSendMessage, ({ store, principal, actor, body }) =>
      store.portal.sendMessage(actor, principal.token, body),
    ),
    defineRoute(deps, routes.portalTyping, ({ store, principal, body }) =>
      store.typing.visitor(principal.token, body.thread_id),
    ),
    defineRoute(deps, routes.portalUploadAttachment, async ({ store, principal, actor, request }) =>
      store.portal.upload(actor, principal.token, { ...(await readUpload(request)), ticketId: null }),
    ),
    defineRoute(deps, routes.portalDownloadFile, ({ store, principal, params }) =>
      fileResponse(store.portal.download(principal.token, params.id)),
    ),
  ];
}
