import { routes } from '@helpdock/sdk/schemas';
import type { HttpHandler } from 'msw';
import { defineRoute } from '../core/define-route.js';
import type { ServerDeps } from '../deps.js';

/** `POST /api/customers/me/feedback` (SPEC §5): one rating per resolved or closed ticket. */
export function feedbackHandlers(deps: ServerDeps): HttpHandler[] {
  return [
    defineRoute(deps, routes.createFeedback, ({ store, principal, actor, body }) =>
      store.feedback.submit(actor, principal.user, body),
    ),
  ];
}
