import { randomId } from '../core/ids.js';
import type { Actor, StoreContext } from './context.js';
import type { AuditEntry } from './records.js';

/** The audit log: one entry per create or update (SPEC §3). */
export class AuditStore {
  constructor(private readonly ctx: StoreContext) {}

  /** Writes an entry for `action` by `actor`, about `threadId` when there is one. */
  record(actor: Actor, action: string, threadId: string | null = null): AuditEntry {
    const entry: AuditEntry = {
      id: randomId('aud'),
      tenant_id: actor.tenantId,
      request_id: actor.requestId,
      user_id: actor.userId,
      thread_id: threadId,
      action,
      at: this.ctx.nowIso(),
    };
    this.ctx.state.audit.push(entry);
    return entry;
  }

  /** Every entry, oldest first. */
  list(): AuditEntry[] {
    return [...this.ctx.state.audit];
  }
}
