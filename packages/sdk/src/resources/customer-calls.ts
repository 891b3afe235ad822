import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** Body of {@link CustomerCalls.create}. */
export type CallCreateParams = RouteBodyInput<Routes['createCall']>;

/** Call requests of the signed-in customer (SPEC §5). */
export class CustomerCalls extends APIResource {
  /**
   * Asks for a call, now or at `scheduledAt` (future, within 30 days); staff are notified.
   *
   * @example
   * ```ts
   * await client.customers.me.calls.create({ ticketId: ticket.id, note: 'After 5 pm please' });
   * ```
   */
  create(
    params: CallCreateParams = {},
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['createCall']>> {
    return this.core.request(routes.createCall, { body: params }, options);
  }
}
