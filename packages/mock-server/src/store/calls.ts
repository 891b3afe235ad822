import type { Call } from '@helpdock/sdk/schemas';
import { fail } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import { type CustomerStore, customerIdOf } from './customers.js';
import type { ThreadEvents } from './events.js';
import type { OutboxStore } from './outbox.js';
import type { CallRecord, UserRecord } from './records.js';

/** How far ahead a call may be scheduled: 30 days. */
export const MAX_SCHEDULE_AHEAD_MS = 30 * 24 * 3600_000;

const toCall = (record: CallRecord): Call => ({
  id: record.id,
  ticketId: record.ticket_id,
  status: record.status,
  scheduledAt: record.scheduled_at,
  note: record.note,
  createdAt: record.created_at,
});

/**
 * Call requests (SPEC §5): now (`requested`) or at a future time within 30 days (`scheduled`),
 * optionally about one of the customer's own tickets. Staff get an email; the customer's stream
 * gets `call_requested`.
 */
export class CallStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      customers: CustomerStore;
      audit: AuditStore;
      outbox: OutboxStore;
      events: ThreadEvents;
    },
  ) {}

  /** Records a call request; 404 for a ticket that is not the customer's, 422 for a time outside the next 30 days. */
  request(
    actor: Actor,
    user: UserRecord,
    input: { ticketId?: string | undefined; scheduledAt?: string | undefined; note?: string | undefined },
  ): Call {
    const customerId = customerIdOf(user);
    const ticket =
      input.ticketId === undefined ? null : this.deps.customers.ticketRecord(user, input.ticketId);
    let scheduledAt: string | null = null;
    if (input.scheduledAt !== undefined) {
      const when = Date.parse(input.scheduledAt);
      const now = this.ctx.clock.now();
      if (!(when > now) || when - now > MAX_SCHEDULE_AHEAD_MS) {
        throw fail.invalid('A call can be scheduled from now up to 30 days ahead', [
          { path: 'scheduledAt', message: 'Must be in the future and at most 30 days ahead' },
        ]);
      }
      scheduledAt = new Date(when).toISOString();
    }
    const note = input.note?.trim() ? input.note.trim() : null;
    const record: CallRecord = {
      id: randomId('cal'),
      tenant_id: actor.tenantId,
      customer_id: customerId,
      user_id: user.id,
      ticket_id: ticket?.id ?? null,
      status: scheduledAt === null ? 'requested' : 'scheduled',
      scheduled_at: scheduledAt,
      note,
      created_at: this.ctx.nowIso(),
    };
    this.ctx.state.calls.push(record);
    this.deps.audit.record(actor, 'call.request', record.ticket_id);
    const to = this.ctx.state.config[actor.tenantId]?.OPS_SUPPORT_EMAIL;
    if (to) {
      const when = scheduledAt === null ? 'as soon as possible' : `at ${scheduledAt}`;
      this.deps.outbox.send({
        tenant_id: actor.tenantId,
        to,
        subject: `Call requested by ${user.name}`,
        text: [
          `${user.name} <${user.email}> asks for a call ${when}.`,
          ticket ? `Ticket: ${ticket.subject} (${ticket.id})` : null,
          note ? `Note: ${note}` : null,
        ]
          .filter((line) => line !== null)
          .join('\n'),
        kind: 'call.requested',
        thread_id: record.ticket_id,
      });
    }
    const call = toCall(record);
    this.deps.events.customer(actor.tenantId, customerId, 'call_requested', { call }, record.ticket_id);
    return call;
  }
}
