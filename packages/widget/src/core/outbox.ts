import type { ChatAttachment } from './attachments.js';
import { statusOf } from './errors.js';
import { randomId } from './ids.js';
import type { JsonStore } from './storage.js';
import { realTimers, type Timers } from './timers.js';

/** Where a queued message goes: a portal thread (anonymous visitor) or a customer's ticket. */
export type OutboxTarget =
  | {
      /** An anonymous visitor's reply, sent to the public portal API. */
      kind: 'portal';
      /** Id of the portal thread the message belongs to. */
      threadId: string;
    }
  | {
      /** A signed-in customer's reply, sent with their access token. */
      kind: 'ticket';
      /** Id of the customer's ticket the message belongs to. */
      ticketId: string;
    }
  | {
      /** An anonymous visitor's first message: it creates the public thread. */
      kind: 'thread';
      /** The visitor's name. */
      name: string;
      /** The visitor's email address. */
      email: string;
      /** The new conversation's subject. */
      subject: string;
      /** Context the site attached (`Helpdock('attributes', …)`); absent: none. */
      attributes?: Record<string, string | number | boolean | null>;
    };

/** A message waiting to be delivered. */
export interface OutboxItem {
  /** Local id, stable across reloads (also used to show the pending bubble). */
  id: string;
  /** Sent as `Idempotency-Key` on every attempt, so the server stores the message once. */
  idempotencyKey: string;
  /** The conversation the message is for; items of one target are delivered in order. */
  target: OutboxTarget;
  /** The message body as the visitor typed it. */
  text: string;
  /**
   * Files already uploaded for the message, sent as its attachment ids. Only uploaded files can
   * wait in the queue (a `File` does not survive a reload), so the composer uploads before queuing.
   */
  attachments?: readonly ChatAttachment[] | undefined;
  /** ISO 8601 time the message was queued; orders the pending bubble among sent messages. */
  createdAt: string;
  /** Failed delivery attempts so far (0 for a new or manually retried item); drives the backoff. */
  attempts: number;
  /** Epoch ms before which no automatic retry happens. */
  nextAttemptAt: number;
  /** `failed` items wait for {@link Outbox.retry}; the server refused them for good. */
  state: 'pending' | 'failed';
  /** Why the last attempt failed, for the UI to explain. */
  lastError?: unknown;
  /**
   * Id of the conversation's last message when this one was queued: a stored message with the same
   * text after it is this one, delivered while its answer was lost (see `visibleMessages`).
   */
  after?: string | undefined;
}

/** Options of {@link Outbox.enqueue}. */
export interface EnqueueOptions {
  /** The key to send with (default: a new one); pass the key of an attempt already made. */
  idempotencyKey?: string | undefined;
  /** Id of the conversation's last message (see {@link OutboxItem.after}). */
  after?: string | undefined;
  /** Uploaded files to send with the message (see {@link OutboxItem.attachments}). */
  attachments?: readonly ChatAttachment[] | undefined;
}

/** Options of {@link Outbox}. */
export interface OutboxOptions<R> {
  /** Where the queue is persisted (under the key `outbox`), so messages survive a reload. */
  store: JsonStore;
  /** Delivers one item; throws on failure. */
  send(item: OutboxItem): Promise<R>;
  /** Whether a failure is worth retrying (network, 408, 429, 5xx). */
  isRetryable(error: unknown): boolean;
  /** Whether the item can be sent now (e.g. a ticket reply needs a signed-in customer). */
  canSend?(item: OutboxItem): boolean;
  /** Called once the server accepted `item` (already dequeued), with what `send` returned. */
  onDelivered?(item: OutboxItem, result: R): void;
  /** Called with the whole queue after every change (queued, attempted, delivered, removed). */
  onChange?(items: readonly OutboxItem[]): void;
  /** Delay before retry number `attempts` (default: 1 s doubling, at most 30 s, with jitter). */
  backoff?(attempts: number): number;
  /** Clock and timers for scheduling retries (default: the page's real ones; tests pass fakes). */
  timers?: Timers;
}

/** Exponential backoff with ±20 % jitter, capped at 30 s. */
export function defaultBackoff(attempts: number): number {
  const base = Math.min(30_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

const storageKey = 'outbox';

/** Whether `store` holds messages waiting to be sent (the script-tag loader then loads the bubble early). */
export function hasQueuedMessages(store: JsonStore): boolean {
  const saved = store.read<unknown[]>(storageKey);
  return Array.isArray(saved) && saved.length > 0;
}

/**
 * A persisted queue of outgoing messages. Each item keeps one idempotency key for its whole life,
 * so however often it is retried (backoff, `online` events, reloads, several tabs) the server
 * stores it exactly once. Items of one target are delivered in order: a retryable failure stops the
 * queue for that round instead of letting a later message overtake it.
 *
 * @example
 * const outbox = new Outbox({ store, send: (item) => api.send(item), isRetryable });
 * outbox.enqueue({ kind: 'portal', threadId }, 'Hello');
 */
export class Outbox<R = unknown> {
  private list: OutboxItem[];
  private readonly timers: Timers;
  private timer: unknown;
  private running: Promise<void> | undefined;
  private rerun = false;
  private disposed = false;

  constructor(private readonly options: OutboxOptions<R>) {
    this.timers = options.timers ?? realTimers;
    const saved = options.store.read<OutboxItem[]>(storageKey);
    this.list = Array.isArray(saved) ? saved.filter(isItem) : [];
  }

  /** Every queued item, oldest first. */
  get items(): readonly OutboxItem[] {
    return this.list;
  }

  /** Queues a message, persists it at once, and starts delivering it. */
  enqueue(target: OutboxTarget, text: string, options: EnqueueOptions = {}): OutboxItem {
    const item: OutboxItem = {
      id: randomId(),
      idempotencyKey: options.idempotencyKey ?? randomId(),
      ...(options.after ? { after: options.after } : {}),
      ...(options.attachments?.length ? { attachments: options.attachments } : {}),
      target,
      text,
      createdAt: new Date(this.timers.now()).toISOString(),
      attempts: 0,
      nextAttemptAt: 0,
      state: 'pending',
    };
    this.update([...this.list, item]);
    void this.flush();
    return item;
  }

  /**
   * Sends every item that is due (all pending items when `force`, as after an `online` event).
   * Concurrent calls share one run; a call during a run causes one more run afterwards.
   */
  flush(force = false): Promise<void> {
    if (this.disposed) return Promise.resolve();
    if (force)
      this.update(this.list.map((item) => (item.state === 'pending' ? { ...item, nextAttemptAt: 0 } : item)));
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.run().finally(() => {
      this.running = undefined;
      if (this.rerun && !this.disposed) {
        this.rerun = false;
        void this.flush();
      }
    });
    return this.running;
  }

  /** Puts a failed item back in the queue and sends it. */
  retry(id: string): Promise<void> {
    this.update(
      this.list.map((item) =>
        item.id === id ? { ...item, state: 'pending', attempts: 0, nextAttemptAt: 0 } : item,
      ),
    );
    return this.flush();
  }

  /**
   * Puts the `kind` items the server refused with a 401 back in the queue and sends them: their
   * credentials were renewed since. Called once per renewal, so a refused item is resent once.
   */
  retryUnauthorized(kind: OutboxTarget['kind']): Promise<void> {
    this.update(
      this.list.map((item) =>
        item.state === 'failed' && item.target.kind === kind && statusOf(item.lastError) === 401
          ? { ...item, state: 'pending', attempts: 0, nextAttemptAt: 0 }
          : item,
      ),
    );
    return this.flush();
  }

  /**
   * Moves items to another conversation (an anonymous conversation became a customer's ticket):
   * `move` returns an item's new target, or undefined to leave it. Order, keys and states are kept;
   * moved pending items are due at once. An attempt in flight for the old target does not count
   * against the moved item.
   */
  retarget(move: (target: OutboxTarget) => OutboxTarget | undefined): void {
    this.update(
      this.list.map((item) => {
        const target = move(item.target);
        if (!target) return item;
        return item.state === 'pending' ? { ...item, target, nextAttemptAt: 0 } : { ...item, target };
      }),
    );
  }

  /** Drops one item (the visitor gave up on it). */
  remove(id: string): void {
    this.update(this.list.filter((item) => item.id !== id));
  }

  /** Drops every item (sign-out). */
  clear(): void {
    this.update([]);
  }

  /** Stops timers; the persisted items stay for the next page. */
  dispose(): void {
    this.disposed = true;
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private async run(): Promise<void> {
    for (;;) {
      const item = this.nextDue();
      if (!item) break;
      try {
        const result = await this.options.send(item);
        this.update(this.list.filter((candidate) => candidate.id !== item.id));
        this.options.onDelivered?.(item, result);
      } catch (error) {
        this.update(
          this.list.map((candidate) =>
            candidate.id === item.id ? this.failed(candidate, item, error) : candidate,
          ),
        );
      }
      if (this.disposed) return;
    }
    this.scheduleNext();
  }

  /** The stored item `current` once its attempt `tried` failed with `error`. */
  private failed(current: OutboxItem, tried: OutboxItem, error: unknown): OutboxItem {
    // Moved during the attempt: the refusal was for its old conversation, so it goes out again.
    if (current.target !== tried.target) return { ...current, nextAttemptAt: 0 };
    const attempts = tried.attempts + 1;
    const retryable = this.options.isRetryable(error);
    return {
      ...current,
      attempts,
      lastError: errorSummary(error),
      state: retryable ? 'pending' : 'failed',
      nextAttemptAt: retryable
        ? this.timers.now() + (this.options.backoff ?? defaultBackoff)(attempts)
        : current.nextAttemptAt,
    };
  }

  /**
   * The oldest sendable pending item of each conversation: only these may go out, so a message
   * waiting for its retry is never overtaken by a later one.
   */
  private heads(): OutboxItem[] {
    const seen = new Set<string>();
    const heads: OutboxItem[] = [];
    for (const item of this.list) {
      if (item.state !== 'pending') continue;
      const key = targetKey(item.target);
      if (seen.has(key)) continue;
      seen.add(key);
      if (this.options.canSend?.(item) ?? true) heads.push(item);
    }
    return heads;
  }

  private nextDue(): OutboxItem | undefined {
    const now = this.timers.now();
    return this.heads().find((item) => item.nextAttemptAt <= now);
  }

  private scheduleNext(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    const due = this.heads().map((item) => item.nextAttemptAt);
    if (due.length === 0) return;
    const wait = Math.max(0, Math.min(...due) - this.timers.now());
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, wait);
  }

  private update(next: OutboxItem[]): void {
    this.list = next;
    if (next.length === 0) this.options.store.remove(storageKey);
    else this.options.store.write(storageKey, next);
    this.options.onChange?.(next);
  }
}

function targetKey(target: OutboxTarget): string {
  if (target.kind === 'portal') return `portal:${target.threadId}`;
  return target.kind === 'ticket' ? `ticket:${target.ticketId}` : 'thread';
}

/** Keeps only what survives JSON (status and code), never a response body or a token. */
function errorSummary(error: unknown): { status?: number; code?: string } {
  const { status, code } = (error ?? {}) as { status?: unknown; code?: unknown };
  return {
    ...(typeof status === 'number' ? { status } : {}),
    ...(typeof code === 'string' ? { code } : {}),
  };
}

function isItem(value: unknown): value is OutboxItem {
  const item = value as Partial<OutboxItem> | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.id === 'string' &&
    typeof item.idempotencyKey === 'string' &&
    typeof item.text === 'string' &&
    typeof item.target === 'object'
  );
}
