import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** Body of {@link CustomerFeedback.create}. */
export type FeedbackCreateParams = RouteBodyInput<Routes['createFeedback']>;

/** Ratings of resolved or closed tickets (SPEC §5). */
export class CustomerFeedback extends APIResource {
  /**
   * Rates a resolved or closed ticket, once.
   * @throws {ConflictError} for an open ticket or a second rating.
   *
   * @example
   * ```ts
   * await client.customers.me.feedback.create({ ticketId: ticket.id, rating: 5, comment: 'Quick!' });
   * ```
   */
  create(
    params: FeedbackCreateParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['createFeedback']>> {
    return this.core.request(routes.createFeedback, { body: params }, options);
  }
}
