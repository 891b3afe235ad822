import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** Body of {@link ProfileAttributes.update}. */
export type PartnerAttributesUpdateParams = RouteBodyInput<Routes['updatePartnerAttributes']>;

/** The signed-in user's partner attributes (SPEC §6). */
export class ProfileAttributes extends APIResource {
  /** Reads the partner attributes; the WhatsApp system token shows only as `has_system_token`. */
  retrieve(options: RequestOptions = {}): APIPromise<RouteResponse<Routes['retrievePartnerAttributes']>> {
    return this.core.request(routes.retrievePartnerAttributes, {}, options);
  }

  /**
   * Changes partner attributes: an omitted partner stays, `null` removes it, an omitted
   * `whatsapp_system_token` keeps the stored one.
   *
   * @example
   * ```ts
   * await client.profile.attributes.update({ chotot: null, whatsapp: { whatsapp_phone_number_id: '1234' } });
   * ```
   */
  update(
    params: PartnerAttributesUpdateParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['updatePartnerAttributes']>> {
    return this.core.request(routes.updatePartnerAttributes, { body: params }, options);
  }
}
