import { type Clock, iso } from '../clock.js';
import { EventHub } from '../sse/event-log.js';
import { AuditStore } from './audit.js';
import { ConfigStore } from './config.js';
import type { StoreContext } from './context.js';
import { ThreadEvents } from './events.js';
import { OutboxStore } from './outbox.js';
import type { State } from './state.js';
import { DirectoryStore } from './tenants.js';
import { ThreadStore } from './threads.js';
import { TokenStore } from './tokens.js';

/**
 * The reference server's database: one {@link State} and one module per domain that owns the rules
 * over its tables. Handlers call these explicit methods and never touch the state directly.
 *
 * @example
 * ```ts
 * const store = new Store(() => demoState(), systemClock);
 * store.threads.list('ten_acme', { limit: 20 });
 * ```
 */
export class Store implements StoreContext {
  private current: State;
  /** The SSE event logs and their live subscribers. */
  readonly events: EventHub;
  readonly directory: DirectoryStore;
  readonly audit: AuditStore;
  readonly outbox: OutboxStore;
  readonly threadEvents: ThreadEvents;
  readonly threads: ThreadStore;
  readonly tokens: TokenStore;
  readonly config: ConfigStore;

  constructor(
    private readonly seed: () => State,
    readonly clock: Clock,
  ) {
    this.current = seed();
    this.events = new EventHub(() => this.current.events, clock);
    this.directory = new DirectoryStore(this);
    this.audit = new AuditStore(this);
    this.outbox = new OutboxStore(this);
    this.threadEvents = new ThreadEvents(this);
    this.threads = new ThreadStore(this, {
      audit: this.audit,
      outbox: this.outbox,
      events: this.threadEvents,
      directory: this.directory,
    });
    this.tokens = new TokenStore(this, { audit: this.audit, threads: this.threads });
    this.config = new ConfigStore(this, { audit: this.audit });
  }

  /** The live state (domain modules read and write it; everyone else should use the modules). */
  get state(): State {
    return this.current;
  }

  /** @inheritDoc */
  nowIso(): string {
    return iso(this.clock.now());
  }

  /** The emulated upstreams' state slot (B's Chatwoot and Evolution emulations keep theirs here). */
  get upstreams(): State['upstreams'] {
    return this.current.upstreams;
  }

  /** True when the user has any attribute tagged `chotot` or `whatsapp` (SPEC §2, seed 004). */
  hasPartnerAttributes(userId: string): boolean {
    return this.current.userAttributes.some(
      (a) => a.user_id === userId && (a.tags.includes('chotot') || a.tags.includes('whatsapp')),
    );
  }

  /** Back to the seed data; open streams end (their clients reconnect). */
  reset(): void {
    this.events.closeAll();
    this.current = this.seed();
  }

  /** A deep copy of the state as persisted (hashes and ciphertexts only, never a plaintext secret). */
  snapshot(): State {
    return structuredClone(this.current);
  }
}
