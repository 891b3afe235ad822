import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteQueryInput, RouteResponse } from '../core/http.js';
import type { PagePromise } from '../core/pagination.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource, type ListItem, requestPage } from './resource.js';

/** Body of {@link SupportTokens.create}: at least one scope. */
export type TokenCreateParams = RouteBodyInput<Routes['createToken']>;
/** Filters and paging of {@link SupportTokens.list}. */
export type TokenListParams = RouteQueryInput<Routes['listTokens']>;
/** Token metadata as lists return it. */
export type TokenListItem = ListItem<Routes['listTokens']>;

/** Portal tokens (SPEC §3; staff). */
export class SupportTokens extends APIResource {
  /**
   * Issues a portal token. The `token` itself appears only in this answer: hand it over now.
   *
   * @example
   * ```ts
   * const { portal_url } = await client.support.tokens.create({ thread_id: thread.id, expires_in_days: 7 });
   * ```
   */
  create(
    params: TokenCreateParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['createToken']>> {
    return this.core.request(routes.createToken, { body: params }, options);
  }

  /** Lists token metadata (never the tokens). */
  list(params: TokenListParams = {}, options: RequestOptions = {}): PagePromise<TokenListItem> {
    return requestPage(this.core, routes.listTokens, params, options);
  }

  /** Revokes a token; revoking twice is harmless. */
  revoke(id: string, options: RequestOptions = {}): APIPromise<RouteResponse<Routes['revokeToken']>> {
    return this.core.request(routes.revokeToken, { params: { id } }, options);
  }
}
