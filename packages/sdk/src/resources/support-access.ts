import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** Chatwoot support-portal access of a provider (SPEC §4; role `provider`). */
export class SupportAccess extends APIResource {
  /**
   * Generates a new Chatwoot password and emails it to the provider (it never appears in the answer).
   * @throws {RateLimitError} after 3 resets in an hour.
   * @throws {InternalServerError} (502 `upstream_error`) when Chatwoot is down; nothing was changed.
   */
  reset(options: RequestOptions = {}): APIPromise<RouteResponse<Routes['supportAccessReset']>> {
    return this.core.request(routes.supportAccessReset, {}, options);
  }
}
