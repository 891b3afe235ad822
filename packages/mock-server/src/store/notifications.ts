import type { CustomerEventType, Notification, TicketMessage, TicketStatus } from '@helpdock/sdk/schemas';
import { fail } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { StoreContext } from './context.js';
import { customerIdOf } from './customers.js';
import { type Page, paginate } from './pagination.js';
import type { NotificationRecord, UserRecord } from './records.js';

/** Longest body of a notification: a reply is cut to a preview. */
const PREVIEW_CHARS = 200;

const toNotification = (record: NotificationRecord): Notification => ({
  id: record.id,
  type: record.type,
  title: record.title,
  body: record.body,
  ticketId: record.ticket_id,
  readAt: record.read_at,
  createdAt: record.created_at,
});

const preview = (text: string): string =>
  text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1).trimEnd()}…` : text;

/**
 * Customer notifications (SPEC §5): created when staff reply on a customer's ticket (`ticket_reply`)
 * or its status changes (`ticket_status`), listed newest first, marked read by their customer only.
 */
export class NotificationStore {
  /**
   * The ticket whose latest event was the customer's own message: a reopen right after it is the
   * customer's doing (their reply reopened a resolved ticket), not news to them.
   */
  private ownMessageOn: string | null = null;

  constructor(private readonly ctx: StoreContext) {}

  /**
   * Turns a customer-stream event into a notification when it is news to the customer: a staff
   * reply or a status change (the customer's own messages and tickets are not).
   */
  fromCustomerEvent(tenantId: string, customerId: string, type: CustomerEventType, data: unknown): void {
    const ownMessageOn = this.ownMessageOn;
    this.ownMessageOn = null;
    if (type === 'new_message') {
      const { ticketId, message } = data as { ticketId: string; message: TicketMessage };
      if (message.authorRole !== 'agent') {
        this.ownMessageOn = ticketId;
        return;
      }
      this.add(tenantId, customerId, {
        type: 'ticket_reply',
        title: `New reply on "${this.subjectOf(ticketId)}"`,
        body: preview(message.body),
        ticket_id: ticketId,
      });
    } else if (type === 'status_change') {
      const { ticketId, status } = data as { ticketId: string; status: TicketStatus };
      if (ownMessageOn === ticketId && status === 'open') return;
      this.add(tenantId, customerId, {
        type: 'ticket_status',
        title: `Ticket "${this.subjectOf(ticketId)}" is now ${status}`,
        body: `The status of your ticket changed to ${status}.`,
        ticket_id: ticketId,
      });
    }
  }

  private subjectOf(ticketId: string): string {
    return this.ctx.state.threads.find((t) => t.id === ticketId)?.subject ?? 'your ticket';
  }

  private add(
    tenantId: string,
    customerId: string,
    input: Pick<NotificationRecord, 'type' | 'title' | 'body' | 'ticket_id'>,
  ): void {
    this.ctx.state.notifications.push({
      id: randomId('ntf'),
      tenant_id: tenantId,
      customer_id: customerId,
      ...input,
      read_at: null,
      created_at: this.ctx.nowIso(),
    });
  }

  private mine(user: UserRecord): NotificationRecord[] {
    const customerId = customerIdOf(user);
    return this.ctx.state.notifications.filter(
      (n) => n.tenant_id === user.tenant_id && n.customer_id === customerId,
    );
  }

  /** The customer's notifications, newest first; only unread ones with `unread: true`. */
  list(
    user: UserRecord,
    filter: { unread?: boolean | undefined; limit: number; cursor?: string | undefined },
  ): Page<Notification> {
    const matches = this.mine(user).filter(
      (n) => filter.unread === undefined || (n.read_at === null) === filter.unread,
    );
    const page = paginate(matches, {
      limit: filter.limit,
      cursor: filter.cursor,
      order: 'desc',
      sortKey: (n) => `${n.created_at}|${n.id}`,
    });
    return { data: page.data.map(toNotification), next_cursor: page.next_cursor };
  }

  /** Marks one of the customer's notifications read (idempotent: the first read time stays); 404 for others'. */
  markRead(user: UserRecord, id: string): Notification {
    const record = this.mine(user).find((n) => n.id === id);
    if (!record) throw fail.notFound('Notification');
    record.read_at ??= this.ctx.nowIso();
    return toNotification(record);
  }
}
