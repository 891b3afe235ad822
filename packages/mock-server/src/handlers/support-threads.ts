import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** Staff support threads (SPEC §3): list, create, read, update, reply, resolve, close, typing. */
export function supportThreadHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.listThreads, ({ store, principal, query }) =>
      store.threads.list(principal.tenantId, query),
    ),
    defineRoute(deps, routes.createThread, ({ store, actor, body }) =>
      store.threads.create(actor, {
        subject: body.subject,
        message_text: body.initial_message,
        priority: body.priority,
        assignment_id: body.assignment_id,
        customer_id: body.customer_id,
        author_type: 'INTERNAL',
        custom_attributes: body.custom_attributes,
      }),
    ),
    defineRoute(deps, routes.retrieveThread, ({ store, principal, params }) =>
      store.threads.staffDetail(principal.tenantId, params.id),
    ),
    defineRoute(deps, routes.updateThread, ({ store, actor, params, body }) =>
      store.threads.update(actor, params.id, body),
    ),
    defineRoute(deps, routes.addThreadMessage, ({ store, actor, principal, params, body }) =>
      store.threads.addMessage(actor, params.id, {
        message_text: body.message_text,
        author_type: 'INTERNAL',
        files: store.files.linkable(
          { user: principal.user },
          body.attachment_ids ?? [],
          null,
          'attachment_ids',
        ),
      }),
    ),
    defineRoute(deps, routes.resolveThread, ({ store, actor, params }) =>
      store.threads.resolve(actor, params.id),
    ),
    defineRoute(deps, routes.closeThread, ({ store, actor, params }) =>
      store.threads.close(actor, params.id),
    ),
    defineRoute(deps, routes.typingThread, ({ store, principal, params }) =>
      store.typing.agent(principal.tenantId, params.id),
    ),
  ];
}
