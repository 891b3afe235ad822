import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteQueryInput, RouteResponse } from '../core/http.js';
import type { PagePromise } from '../core/pagination.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource, type ListItem, requestPage } from './resource.js';

/** Filters and paging of {@link SupportThreads.list}. */
export type ThreadListParams = RouteQueryInput<Routes['listThreads']>;
/** Body of {@link SupportThreads.create}. */
export type ThreadCreateParams = RouteBodyInput<Routes['createThread']>;
/** Body of {@link SupportThreads.update}: at least one of status, priority, subject. */
export type ThreadUpdateParams = RouteBodyInput<Routes['updateThread']>;
/** Body of {@link SupportThreads.addMessage}. */
export type ThreadMessageParams = RouteBodyInput<Routes['addThreadMessage']>;
/** A thread as lists return it. */
export type ThreadListItem = ListItem<Routes['listThreads']>;

/** Support threads, the staff view (SPEC §3; roles `admin`, `ops`). */
export class SupportThreads extends APIResource {
  /**
   * Lists threads, newest activity first. Await for the first page, or `for await` for every thread.
   *
   * @example
   * ```ts
   * for await (const t of client.support.threads.list({ status: 'OPEN', limit: 50 })) console.log(t.subject);
   * ```
   */
  list(params: ThreadListParams = {}, options: RequestOptions = {}): PagePromise<ThreadListItem> {
    return requestPage(this.core, routes.listThreads, params, options);
  }

  /**
   * Opens a thread with its first message (201, with messages).
   *
   * @example
   * ```ts
   * const thread = await client.support.threads.create({ subject: 'Refund', initial_message: 'Hi…' });
   * ```
   */
  create(
    params: ThreadCreateParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['createThread']>> {
    return this.core.request(routes.createThread, { body: params }, options);
  }

  /** Gets a thread with its messages. @throws {NotFoundError} for an unknown id or another tenant's thread. */
  retrieve(id: string, options: RequestOptions = {}): APIPromise<RouteResponse<Routes['retrieveThread']>> {
    return this.core.request(routes.retrieveThread, { params: { id } }, options);
  }

  /** Changes status, priority or subject (`status: 'OPEN'` reopens a closed thread). */
  update(
    id: string,
    params: ThreadUpdateParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['updateThread']>> {
    return this.core.request(routes.updateThread, { params: { id }, body: params }, options);
  }

  /** Replies as staff (an `INTERNAL` message). @throws {ConflictError} on a closed thread. */
  addMessage(
    id: string,
    params: ThreadMessageParams,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['addThreadMessage']>> {
    return this.core.request(routes.addThreadMessage, { params: { id }, body: params }, options);
  }

  /** Marks a thread `RESOLVED` (sets `resolved_at`). */
  resolve(id: string, options: RequestOptions = {}): APIPromise<RouteResponse<Routes['resolveThread']>> {
    return this.core.request(routes.resolveThread, { params: { id } }, options);
  }

  /** Marks a thread `CLOSED` (sets `closed_at`); it takes no message until reopened. */
  close(id: string, options: RequestOptions = {}): APIPromise<RouteResponse<Routes['closeThread']>> {
    return this.core.request(routes.closeThread, { params: { id } }, options);
  }

  /**
   * Tells the thread's visitor or customer that an agent is typing (an ephemeral `typing` event on
   * their stream). Call it at most every few seconds while the agent types.
   *
   * @example
   * ```ts
   * await client.support.threads.typing(thread.id);
   * ```
   */
  typing(id: string, options: RequestOptions = {}): APIPromise<undefined> {
    return this.core.request(routes.typingThread, { params: { id } }, options);
  }
}
