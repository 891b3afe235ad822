import { randomId } from '../core/ids.js';
import type { StoreContext } from './context.js';
import type { OutboxEmail } from './records.js';

/** The email outbox: notifications are queued here instead of being sent. Never put a secret in one. */
export class OutboxStore {
  constructor(private readonly ctx: StoreContext) {}

  /** Queues an email. */
  send(email: Omit<OutboxEmail, 'id' | 'created_at'>): OutboxEmail {
    const queued: OutboxEmail = { id: randomId('eml'), created_at: this.ctx.nowIso(), ...email };
    this.ctx.state.outbox.push(queued);
    return queued;
  }

  /** Every queued email, oldest first. */
  list(): OutboxEmail[] {
    return [...this.ctx.state.outbox];
  }
}
