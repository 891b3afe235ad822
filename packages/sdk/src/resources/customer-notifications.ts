import type { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteQueryInput, RouteResponse } from '../core/http.js';
import type { PagePromise } from '../core/pagination.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource, type ListItem, requestPage } from './resource.js';

/** Filters and paging of {@link CustomerNotifications.list} (`unread: 'true'` for unread only). */
export type NotificationListParams = RouteQueryInput<Routes['listNotifications']>;
/** A notification as lists return it. */
export type NotificationListItem = ListItem<Routes['listNotifications']>;

/** In-app notifications of the signed-in customer (SPEC §5). */
export class CustomerNotifications extends APIResource {
  /**
   * Lists notifications, newest first.
   *
   * @example
   * ```ts
   * const unread = await client.customers.me.notifications.list({ unread: 'true' });
   * ```
   */
  list(params: NotificationListParams = {}, options: RequestOptions = {}): PagePromise<NotificationListItem> {
    return requestPage(this.core, routes.listNotifications, params, options);
  }

  /** Marks one notification read and returns it. */
  markRead(
    id: string,
    options: RequestOptions = {},
  ): APIPromise<RouteResponse<Routes['markNotificationRead']>> {
    return this.core.request(routes.markNotificationRead, { params: { id } }, options);
  }
}
