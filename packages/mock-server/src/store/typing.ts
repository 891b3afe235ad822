import { fail } from '../core/errors.js';
import type { CustomerStore } from './customers.js';
import type { ThreadEvents } from './events.js';
import type { ThreadRecord, TokenRecord, UserRecord } from './records.js';
import type { ThreadStore } from './threads.js';
import type { TokenStore } from './tokens.js';

/**
 * Typing indicators (SPEC §3, §5, §7): who may say they are typing on which thread. Nothing is
 * stored; the events are ephemeral. A closed thread takes no message, so no typing either (409).
 */
export class TypingStore {
  constructor(
    private readonly deps: {
      threads: ThreadStore;
      tokens: TokenStore;
      customers: CustomerStore;
      events: ThreadEvents;
    },
  ) {}

  private open<T extends ThreadRecord>(thread: T): T {
    if (thread.status === 'CLOSED') throw fail.conflict('This thread is closed');
    return thread;
  }

  /** An agent of `tenantId` types on thread `threadId` (another tenant's thread: 404). */
  agent(tenantId: string, threadId: string): void {
    this.deps.events.agentTyping(this.open(this.deps.threads.record(tenantId, threadId)));
  }

  /** A portal visitor types on `threadId` (default: the token's thread; outside its scope: 404). */
  visitor(token: TokenRecord, threadId: string | undefined): void {
    const thread = this.deps.tokens.threadInScope(token, threadId);
    this.deps.events.requesterTyping(this.open(thread), 'EXTERNAL');
  }

  /** A customer types on their ticket `ticketId` (anyone else's: 404). */
  customer(user: UserRecord, ticketId: string): void {
    const ticket = this.deps.customers.ticketRecord(user, ticketId);
    this.deps.events.requesterTyping(this.open(ticket), 'CUSTOMER');
  }
}
