import type {
  CreateTicketRequest,
  CustomerProfile,
  Feedback,
  Ticket,
  TicketDetail,
  TicketListQuery,
  TicketMessage,
} from '@helpdock/sdk/schemas';
import type * as z from 'zod';
import { fail } from '../core/errors.js';
import { activityKey } from './activity-order.js';
import type { Actor, StoreContext } from './context.js';
import type { FileStore } from './files.js';
import { type Page, paginateOrdered, where } from './pagination.js';
import type { ThreadRecord, TicketRecord, UserRecord } from './records.js';
import type { ThreadStore } from './threads.js';
import { toTicket, toTicketMessage } from './ticket-view.js';

/** Filters and paging of a ticket list, as validated from `GET /api/customers/me/tickets`. */
export type TicketFilter = z.output<typeof TicketListQuery>;

/** A new ticket, as validated from `POST /api/customers/me/tickets`. */
export type NewTicket = z.output<typeof CreateTicketRequest>;

/** The customer id of a customer user; 403 for a customer account without one (a broken account). */
export function customerIdOf(user: UserRecord): string {
  if (user.customer_id === null) throw fail.forbidden('This account has no customer profile');
  return user.customer_id;
}

/**
 * The customer portal's tickets (SPEC §5): a ticket *is* a thread with the customer's id, so tickets
 * are created and answered through {@link ThreadStore} (staff see them, streams carry them) and this
 * module adds the customer scoping (another customer's or tenant's ticket is a 404), the customer
 * view and attachment linking.
 */
export class CustomerStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      threads: ThreadStore;
      files: FileStore;
      feedbackOf: (tenantId: string, ticketId: string) => Feedback | null;
    },
  ) {}

  /** The ticket `ticketId` of `user`'s customer; 404 for anyone else's. */
  ticketRecord(user: UserRecord, ticketId: string): TicketRecord {
    const customerId = customerIdOf(user);
    const thread = this.deps.threads.find(ticketId);
    if (!thread || thread.tenant_id !== user.tenant_id || thread.customer_id !== customerId) {
      throw fail.notFound('Ticket');
    }
    return thread as TicketRecord;
  }

  private ticketsOf(user: UserRecord): TicketRecord[] {
    const customerId = customerIdOf(user);
    return this.ctx.state.threads.filter(
      (t): t is TicketRecord => t.tenant_id === user.tenant_id && t.customer_id === customerId,
    );
  }

  private toTicket(record: TicketRecord): Ticket {
    return toTicket(record, this.deps.threads.messageRecords(record.id)[0]);
  }

  /** `GET /api/customers/me`: open counts OPEN and PENDING tickets, resolved counts RESOLVED and CLOSED. */
  profile(user: UserRecord): CustomerProfile {
    const tickets = this.ticketsOf(user);
    return {
      id: customerIdOf(user),
      name: user.name,
      email: user.email,
      stats: {
        totalTickets: tickets.length,
        openTickets: tickets.filter((t) => t.status === 'OPEN' || t.status === 'PENDING').length,
        resolvedTickets: tickets.filter((t) => t.status === 'RESOLVED' || t.status === 'CLOSED').length,
      },
    };
  }

  /** The customer's tickets, newest activity first. */
  list(user: UserRecord, filter: TicketFilter): Page<Ticket> {
    const status = filter.status?.toUpperCase();
    const priority = filter.priority?.toUpperCase();
    const customerId = customerIdOf(user);
    const matches = (afterKey: string | undefined) =>
      where(
        this.deps.threads.newestFirst(user.tenant_id, afterKey),
        (t): t is TicketRecord =>
          t.customer_id === customerId &&
          (status === undefined || t.status === status) &&
          (priority === undefined || t.priority === priority),
      );
    const page = paginateOrdered(matches, {
      limit: filter.limit,
      cursor: filter.cursor,
      sortKey: activityKey,
    });
    return { data: page.data.map((t) => this.toTicket(t)), next_cursor: page.next_cursor };
  }

  /** A ticket with its messages, attachments and feedback. */
  detail(user: UserRecord, ticketId: string): TicketDetail {
    const record = this.ticketRecord(user, ticketId);
    const messages = this.deps.threads.messageRecords(record.id);
    return {
      ...toTicket(record, messages[0]),
      messages: messages.map(toTicketMessage),
      attachments: this.deps.files.ofTicket(record.tenant_id, record.id),
      feedback: this.deps.feedbackOf(record.tenant_id, record.id),
    };
  }

  /**
   * Opens a ticket (a thread with a CUSTOMER first message). `attachmentIds` must be the customer's
   * own unattached uploads (else 422, and nothing is created).
   */
  create(actor: Actor, user: UserRecord, input: NewTicket): TicketDetail {
    const customerId = customerIdOf(user);
    const files = this.deps.files.linkable({ user }, input.attachmentIds ?? [], null);
    const created = this.deps.threads.create(actor, {
      subject: input.title,
      message_text: input.description,
      priority: input.priority.toUpperCase() as ThreadRecord['priority'],
      customer_id: customerId,
      author_type: 'CUSTOMER',
      category: input.category ?? null,
      type: input.type,
      files,
      custom_attributes: input.customAttributes,
    });
    return this.detail(user, created.id);
  }

  /**
   * Adds the customer's message. A closed ticket takes none (409); a resolved one reopens. Attachments
   * as for {@link create} (files uploaded to this ticket may be attached too).
   */
  addMessage(
    actor: Actor,
    user: UserRecord,
    ticketId: string,
    input: { body: string; attachmentIds?: string[] | undefined },
  ): TicketMessage {
    const ticket = this.ticketRecord(user, ticketId);
    const files = this.deps.files.linkable({ user }, input.attachmentIds ?? [], ticket.id);
    const message = this.deps.threads.addMessage(actor, ticket.id, {
      message_text: input.body,
      author_type: 'CUSTOMER',
      files,
    });
    const stored = this.deps.threads.messageRecords(ticket.id).find((m) => m.id === message.id);
    if (!stored) throw fail.notFound('Message');
    return toTicketMessage(stored);
  }

  /** Checks that `ticketId` is the customer's and still takes files (a closed ticket does not: 409). */
  ticketForUpload(user: UserRecord, ticketId: string): TicketRecord {
    const ticket = this.ticketRecord(user, ticketId);
    if (ticket.status === 'CLOSED') throw fail.conflict('This ticket is closed: it takes no new files');
    return ticket;
  }
}
