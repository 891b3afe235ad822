import type { JsonStore } from './storage.js';
import { realTimers, type Timers } from './timers.js';

/** Options of {@link Drafts}. */
export interface DraftsOptions {
  /** How long typing must pause before the drafts are written (default 300 ms). */
  delayMs?: number;
  /** Clock and timers for the debounce (default: the page's real ones; tests pass fakes). */
  timers?: Timers;
}

/**
 * Unsent text of every field (ticket form, reply boxes), kept in storage so that a reload loses
 * nothing. Writes are debounced: typing fast costs one storage write per pause, and
 * {@link Drafts.flush} writes at once (call it on `pagehide`).
 *
 * @example
 * const drafts = new Drafts(store);
 * drafts.set('reply:thread_1', 'Hello');
 * drafts.get('reply:thread_1'); // 'Hello'
 */
export class Drafts {
  private readonly values: Record<string, string>;
  private readonly delayMs: number;
  private readonly timers: Timers;
  private timer: unknown;

  constructor(
    private readonly store: JsonStore,
    options: DraftsOptions = {},
  ) {
    this.values = { ...(store.read<Record<string, string>>('drafts') ?? {}) };
    this.delayMs = options.delayMs ?? 300;
    this.timers = options.timers ?? realTimers;
  }

  /** The draft of `field`, or `''`. */
  get(field: string): string {
    const value = this.values[field];
    return typeof value === 'string' ? value : '';
  }

  /** Records a draft; an empty value removes it. Written to storage after the debounce delay. */
  set(field: string, value: string): void {
    if (value === '') delete this.values[field];
    else this.values[field] = value;
    this.schedule();
  }

  /** Forgets the drafts of `fields` (after they were sent) and writes at once. */
  clear(...fields: string[]): void {
    for (const field of fields) delete this.values[field];
    this.flush();
  }

  /** Forgets every draft (sign-out). */
  clearAll(): void {
    for (const field of Object.keys(this.values)) delete this.values[field];
    this.flush();
  }

  /** Writes pending changes now. */
  flush(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    if (Object.keys(this.values).length === 0) this.store.remove('drafts');
    else this.store.write('drafts', this.values);
  }

  private schedule(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.flush(), this.delayMs);
  }
}
