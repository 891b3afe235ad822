import type { Feedback } from '@helpdock/sdk/schemas';
import { fail } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import type { CustomerStore } from './customers.js';
import type { OutboxStore } from './outbox.js';
import type { FeedbackRecord, UserRecord } from './records.js';

const toFeedback = (record: FeedbackRecord): Feedback => ({
  id: record.id,
  ticketId: record.ticket_id,
  rating: record.rating,
  comment: record.comment,
  createdAt: record.created_at,
});

/** Ticket feedback (SPEC §5): one rating per resolved or closed ticket of the customer; staff get an email. */
export class FeedbackStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: { customers: () => CustomerStore; audit: AuditStore; outbox: OutboxStore },
  ) {}

  /** The feedback of a ticket, or null. */
  ofTicket(tenantId: string, ticketId: string): Feedback | null {
    const record = this.ctx.state.feedback.find((f) => f.tenant_id === tenantId && f.ticket_id === ticketId);
    return record ? toFeedback(record) : null;
  }

  /** Rates a ticket: 404 unless it is the customer's, 409 unless it is resolved or closed, 409 the second time. */
  submit(
    actor: Actor,
    user: UserRecord,
    input: { ticketId: string; rating: number; comment?: string | undefined },
  ): Feedback {
    const ticket = this.deps.customers().ticketRecord(user, input.ticketId);
    if (ticket.status !== 'RESOLVED' && ticket.status !== 'CLOSED') {
      throw fail.conflict('Feedback can be given once the ticket is resolved or closed');
    }
    if (this.ofTicket(ticket.tenant_id, ticket.id)) {
      throw fail.conflict('This ticket already has your feedback');
    }
    const record: FeedbackRecord = {
      id: randomId('fbk'),
      tenant_id: ticket.tenant_id,
      customer_id: ticket.customer_id,
      ticket_id: ticket.id,
      rating: input.rating,
      comment: input.comment ? input.comment : null,
      created_at: this.ctx.nowIso(),
    };
    this.ctx.state.feedback.push(record);
    this.deps.audit.record(actor, 'ticket.feedback', ticket.id);
    const to = this.ctx.state.config[ticket.tenant_id]?.OPS_SUPPORT_EMAIL;
    if (to) {
      this.deps.outbox.send({
        tenant_id: ticket.tenant_id,
        to,
        subject: `Feedback ${record.rating}/5 on: ${ticket.subject}`,
        text: `${user.name} rated "${ticket.subject}" ${record.rating} out of 5.${
          record.comment ? `\n\n${record.comment}` : ''
        }`,
        kind: 'ticket.feedback',
        thread_id: ticket.id,
      });
    }
    return toFeedback(record);
  }
}
