import type { Notification } from '@helpdock/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CustomerController } from './customer-portal.controller.js';

/** Notifications listed at once. */
export const notificationPageSize = 50;

/**
 * The customer's in-app notifications, as a Lit reactive controller: the latest ones, how many are
 * unread, and marking one read. Reloaded whenever the customer's event stream reports a change.
 */
export class NotificationsController implements ReactiveController {
  /** The latest notifications, newest first. */
  items: Notification[] = [];

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly customer: CustomerController,
  ) {
    host.addController(this);
  }

  /** How many of {@link items} are unread. */
  get unreadCount(): number {
    return this.items.filter((item) => item.readAt === null).length;
  }

  hostConnected(): void {
    void this.load();
  }

  /** Loads the latest notifications (quietly: a failure keeps the ones shown). */
  async load(): Promise<void> {
    const client = this.customer.api;
    if (!client) {
      this.items = [];
      this.host.requestUpdate();
      return;
    }
    try {
      const page = await client.customers.me.notifications.list({ limit: notificationPageSize });
      if (client === this.customer.api) this.items = page.data;
    } catch {
      // Shown again on the next change; the dashboard itself reports failures of its own requests.
    }
    this.host.requestUpdate();
  }

  /** Marks one notification read; resolves to whether it worked. */
  markRead(id: string): Promise<boolean> {
    return this.customer.run(async (client) => {
      const read = await client.customers.me.notifications.markRead(id);
      this.items = this.items.map((item) => (item.id === id ? read : item));
    });
  }
}
