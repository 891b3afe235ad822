import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteQueryInput, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** Query of {@link KnowledgeBase.search}. */
export type KbSearchParams = RouteQueryInput<Routes['searchKb']>;

/** Knowledge-base search and articles for the signed-in customer (SPEC §5). */
export class KnowledgeBase extends APIResource {
  /**
   * Ranked full-text search over the tenant's articles, best first.
   *
   * @example
   * ```ts
   * const { data } = await client.customers.me.kb.search({ q: 'reset password', limit: 5 });
   * ```
   */
  search(
    params: KbSearchParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['searchKb']>> {
    return this.core.request(routes.searchKb, { query: params }, options);
  }

  /**
   * One article in full (`body` is plain text, paragraphs separated by a blank line).
   * @throws {NotFoundError} for an article of another tenant or none.
   *
   * @example
   * ```ts
   * const article = await client.customers.me.kb.retrieve(hit.id);
   * ```
   */
  retrieve(id: string, options: RequestOptions = {}): APIPromise<RouteResponse<Routes['retrieveKbArticle']>> {
    return this.core.request(routes.retrieveKbArticle, { params: { id } }, options);
  }
}

/** The knowledge base of the client's site, for anonymous visitors (SPEC §3). */
export class PublicKnowledgeBase extends APIResource {
  /**
   * The same ranked search as customers get, without sign-in (tenant by the client's `siteKey`).
   *
   * @example
   * ```ts
   * const { data } = await client.public.kb.search({ q: 'invoice', limit: 3 });
   * ```
   */
  search(
    params: KbSearchParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['publicKbSearch']>> {
    return this.core.request(routes.publicKbSearch, { query: params }, options);
  }

  /**
   * One whole article of the site's knowledge base.
   * @throws {NotFoundError} for an article of another site or none.
   */
  retrieve(id: string, options: RequestOptions = {}): APIPromise<RouteResponse<Routes['publicKbArticle']>> {
    return this.core.request(routes.publicKbArticle, { params: { id } }, options);
  }
}
