import type { AuthorType, CustomerEventType, PortalEventType, SupportEventType } from '@helpdock/sdk/schemas';
import type { StoreContext } from './context.js';
import type { MessageRecord, ThreadRecord } from './records.js';
import {
  ticketStatus,
  toMessage,
  toThread,
  toTicket,
  toTicketMessage,
  toVisitorThread,
} from './ticket-view.js';

/** Log key of a tenant's thread events (the portal streams read it, filtered by scope). */
export const threadLogKey = (tenantId: string): string => `threads:${tenantId}`;

/** Log key of a tenant's staff stream (`GET /api/support/events`): its ids count this tenant only. */
export const staffLogKey = (tenantId: string): string => `staff:${tenantId}`;

/** Log key of one customer's events (the customer stream reads it). */
export const customerLogKey = (tenantId: string, customerId: string): string =>
  `customer:${tenantId}:${customerId}`;

/** Sees every event published on a customer's stream. */
export type CustomerEventListener = (
  tenantId: string,
  customerId: string,
  type: CustomerEventType,
  data: unknown,
) => void;

/**
 * Publishes what happens to threads on the streams that show it: the tenant's staff log
 * (`thread.created`, `thread.updated`, `message.created`), the tenant's thread log the portal
 * streams read (`message.created`, `thread.updated`) and, for a customer's thread, the customer's log
 * (`ticket_created`, `new_message`, `status_change`) — so a staff reply reaches the customer's
 * ticket stream too (SPEC §3, §5). Typing is ephemeral: handed to live streams, never stored.
 */
export class ThreadEvents {
  private readonly customerListeners: CustomerEventListener[] = [];
  constructor(private readonly ctx: StoreContext) {}

  /** Calls `listener` for every event published on a customer's stream (notifications are made this way). */
  onCustomerEvent(listener: CustomerEventListener): void {
    this.customerListeners.push(listener);
  }

  private portal(thread: ThreadRecord, type: PortalEventType, data: unknown): void {
    this.ctx.events.publish(threadLogKey(thread.tenant_id), type, data, thread.id);
  }

  private staff(thread: ThreadRecord, type: SupportEventType, data: unknown): void {
    this.ctx.events.publish(staffLogKey(thread.tenant_id), type, data, thread.id);
  }

  /** An agent is typing on `thread`: its visitor (portal streams) and customer see it. */
  agentTyping(thread: ThreadRecord): void {
    const at = this.ctx.nowIso();
    this.ctx.events.emit(
      threadLogKey(thread.tenant_id),
      'typing',
      { thread_id: thread.id, author_type: 'INTERNAL', at },
      thread.id,
    );
    if (thread.customer_id !== null) {
      this.ctx.events.emit(
        customerLogKey(thread.tenant_id, thread.customer_id),
        'typing',
        { ticketId: thread.id, authorRole: 'agent', at },
        thread.id,
      );
    }
  }

  /** A visitor (`EXTERNAL`) or customer (`CUSTOMER`) is typing on `thread`: the tenant's staff see it. */
  requesterTyping(thread: ThreadRecord, author: Extract<AuthorType, 'EXTERNAL' | 'CUSTOMER'>): void {
    this.ctx.events.emit(
      staffLogKey(thread.tenant_id),
      'typing',
      { thread_id: thread.id, author_type: author, at: this.ctx.nowIso() },
      thread.id,
    );
  }

  /** Publishes an event on a customer's stream (B's customer domain uses this for its own events). */
  customer(
    tenantId: string,
    customerId: string,
    type: CustomerEventType,
    data: unknown,
    topic: string | null = null,
  ): void {
    this.ctx.events.publish(customerLogKey(tenantId, customerId), type, data, topic);
    for (const listener of this.customerListeners) listener(tenantId, customerId, type, data);
  }

  private firstMessage(threadId: string): MessageRecord | undefined {
    return this.ctx.state.messages.find((m) => m.thread_id === threadId);
  }

  /** A thread was opened (with its first message). */
  threadCreated(thread: ThreadRecord): void {
    this.staff(thread, 'thread.created', { thread: toThread(thread) });
    if (thread.customer_id !== null) {
      const ticket = toTicket({ ...thread, customer_id: thread.customer_id }, this.firstMessage(thread.id));
      this.customer(thread.tenant_id, thread.customer_id, 'ticket_created', { ticket }, thread.id);
    }
  }

  /** A message was added to a thread. */
  messageCreated(thread: ThreadRecord, message: MessageRecord): void {
    const created = { thread_id: thread.id, message: toMessage(message) };
    this.staff(thread, 'message.created', created);
    this.portal(thread, 'message.created', created);
    if (thread.customer_id !== null) {
      this.customer(
        thread.tenant_id,
        thread.customer_id,
        'new_message',
        { ticketId: thread.id, message: toTicketMessage(message) },
        thread.id,
      );
    }
  }

  /** A thread's status, priority or subject changed (`previous` is the status before). */
  threadUpdated(thread: ThreadRecord, previousStatus: ThreadRecord['status']): void {
    this.staff(thread, 'thread.updated', { thread: toThread(thread) });
    this.portal(thread, 'thread.updated', { thread: toVisitorThread(thread) });
    if (thread.customer_id !== null && previousStatus !== thread.status) {
      this.customer(
        thread.tenant_id,
        thread.customer_id,
        'status_change',
        {
          ticketId: thread.id,
          status: ticketStatus(thread.status),
          previousStatus: ticketStatus(previousStatus),
        },
        thread.id,
      );
    }
  }
}
