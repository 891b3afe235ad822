import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute, reply } from '../core/define-route.js';
import { fail } from '../core/errors.js';
import type { ServerDeps } from '../deps.js';

/**
 * Portal endpoints (SPEC §3): the token in the path is the credential. `defineRoute` has already
 * rejected unknown, revoked and expired tokens (401) and counted this call's use.
 */
export function portalHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.portalContext, ({ store, principal }) => {
      const { token } = principal;
      return {
        expires_at: token.expires_at,
        scope: { assignment_id: token.assignment_id, thread_id: token.thread_id },
        threads: store.tokens.threadsInScope(token).map((thread) => store.threads.detailOf(thread)),
      };
    }),
    defineRoute(deps, routes.portalCreateThread, ({ store, principal, actor, body }) => {
      const { token } = principal;
      if (token.thread_id !== null || token.assignment_id === null) {
        throw fail.forbidden('This link is for one conversation: reply there instead of opening a new one');
      }
      const thread = store.threads.create(actor, {
        subject: body.subject,
        message_text: body.message_text,
        priority: 'MEDIUM',
        assignment_id: token.assignment_id,
        author_type: 'EXTERNAL',
      });
      return reply(thread, { status: 201 });
    }),
    defineRoute(deps, routes.portalSendMessage, ({ store, principal, actor, body }) => {
      const { token } = principal;
      const threadId = body.thread_id ?? token.thread_id;
      if (threadId === null) {
        throw fail.invalid('Say which conversation this message is for', [
          { path: 'thread_id', message: 'Required for a link that covers several conversations' },
        ]);
      }
      const thread = store.threads.find(threadId);
      if (!thread || !store.tokens.covers(token, thread)) throw fail.notFound('Thread');
      const message = store.threads.addMessage(actor, thread.id, {
        message_text: body.message_text,
        author_type: 'EXTERNAL',
      });
      return reply(message, { status: 201 });
    }),
  ];
}
