import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** Body of {@link SupportConfigResource.update}: any subset of the settings. */
export type SupportConfigUpdateParams = RouteBodyInput<Routes['updateConfig']>;

/** The tenant's support settings (SPEC §3; `admin` only). */
export class SupportConfigResource extends APIResource {
  /** Reads the whole configuration. */
  retrieve(options: RequestOptions = {}): APIPromise<RouteResponse<Routes['retrieveConfig']>> {
    return this.core.request(routes.retrieveConfig, {}, options);
  }

  /**
   * Changes some settings and returns the whole configuration. Unknown keys are rejected (422),
   * before sending.
   *
   * @example
   * ```ts
   * await client.support.config.update({ WHATSAPP_NUMBER: '5511987654321' });
   * ```
   */
  update(
    params: SupportConfigUpdateParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['updateConfig']>> {
    return this.core.request(routes.updateConfig, { body: params }, options);
  }

  /**
   * Creates the tenant's host identity secret, or replaces it: the answer is the only time the
   * secret is shown. The previous secret keeps verifying user tokens for 24 hours, so the site's
   * backend can switch without signing anyone out.
   *
   * @example
   * ```ts
   * const { secret } = await client.support.config.rotateIdentitySecret();
   * // Store `secret` in your backend's secret store; never ship it to the browser.
   * ```
   */
  rotateIdentitySecret(
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['rotateIdentitySecret']>> {
    return this.core.request(routes.rotateIdentitySecret, {}, options);
  }
}
