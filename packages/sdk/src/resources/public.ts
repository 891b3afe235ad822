import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** Body of {@link PublicSupport.createThread}. */
export type PublicThreadParams = RouteBodyInput<Routes['publicCreateThread']>;

/** Body of {@link PublicSupport.identify}. */
export type PublicIdentifyParams = RouteBodyInput<Routes['publicIdentify']>;

/**
 * The unauthenticated endpoints a website visitor uses (SPEC §3). The tenant is the client's
 * `siteKey` (sent as `X-Site-Key`), else the default tenant.
 */
export class PublicSupport extends APIResource {
  /**
   * The bubble settings of the site: WhatsApp number, whether the bubble shows, whether support is
   * online now (and when it opens next, with the away message while it is not).
   *
   * @example
   * ```ts
   * const { support_bubble_enabled, availability } = await client.public.config();
   * ```
   */
  config(options: RequestOptions = {}): APIPromise<RouteResponse<Routes['publicConfig']>> {
    return this.core.request(routes.publicConfig, {}, options);
  }

  /**
   * Opens an anonymous visitor's thread; the answer carries a portal `token` scoped to it, to
   * continue through {@link HelpdockClient.portal}.
   * @throws {RateLimitError} after 5 threads per client in 10 minutes.
   */
  createThread(
    params: PublicThreadParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['publicCreateThread']>> {
    return this.core.request(routes.publicCreateThread, { body: params }, options);
  }

  /**
   * Signs in the site's own user: exchanges a user token that the site's backend signed with
   * `signIdentityToken` (from `@helpdock/sdk/identity`) for a customer access token. With
   * `portal_token`, the visitor's anonymous conversation becomes this customer's ticket (and the
   * portal token stops working).
   *
   * @example
   * ```ts
   * const { access_token, customer } = await client.public.identify({ user_jwt: tokenFromYourBackend });
   * ```
   * @throws {AuthenticationError} for a forged, expired or otherwise invalid token (one message for all).
   * @throws {RateLimitError} after 10 failures per client in 10 minutes.
   */
  identify(
    params: PublicIdentifyParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['publicIdentify']>> {
    return this.core.request(routes.publicIdentify, { body: params }, options);
  }
}
