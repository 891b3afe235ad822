import type { Clock } from '../clock.js';
import type { EventHub } from '../sse/event-log.js';
import type { State } from './records.js';

/** What every domain store module gets: the current state, the clock and the event hub. */
export interface StoreContext {
  /** The current state (replaced wholesale on reset, so always read it through this getter). */
  readonly state: State;
  /** The server clock every timestamp comes from. */
  readonly clock: Clock;
  /** Where domains publish stream events. */
  readonly events: EventHub;
  /** The clock's "now" as an ISO string. */
  nowIso(): string;
}

/** Who is doing something, for audit entries and ownership (SPEC §3). */
export interface Actor {
  /** The request's `X-Request-Id`, recorded in audit entries. */
  requestId: string;
  /** The tenant the request acts in. */
  tenantId: string;
  /** The signed-in user, or null for a portal visitor or an anonymous public request. */
  userId: string | null;
}
