import { type Clock, iso } from '../clock.js';
import { randomId } from '../core/ids.js';

/** One retained event of a stream. */
export interface StoredEvent {
  /** Monotonic within its log (never reused, even after a reset of subscribers); never sent to clients. */
  id: number;
  /** The id clients see: random, so it reveals nothing of the log's other events (SPEC §7). */
  opaque_id: string;
  /** SSE event name (e.g. `message.created`). */
  type: string;
  /** The event's JSON payload. */
  data: unknown;
  /** When it was published (ISO 8601); old events are pruned by it. */
  at: string;
  /** What the event is about (e.g. a thread id), so one log can feed several filtered streams. */
  topic: string | null;
  /** Set for events that are only handed to live subscribers: never stored, sent without an id. */
  ephemeral?: true;
}

/** A log as kept in the state: the last id handed out and the retained events. */
export interface EventLogData {
  /** The id of the newest event ever published (0 before the first). */
  last_id: number;
  /** The retained events, oldest first. */
  items: StoredEvent[];
  /** An opaque id for the position before the first event (what a stream opens with on an empty log). */
  origin_id: string;
}

/** Events kept regardless of age (SPEC §7: at least the last 1000 or 24 h). */
export const RETAIN_COUNT = 1000;
/** Age under which an event is kept regardless of count. */
export const RETAIN_MS = 24 * 3600_000;
/** Hard cap per log, so a flood cannot exhaust memory. */
export const RETAIN_MAX = 20_000;

/** Called for each new event of a log. */
export type EventListener = (event: StoredEvent) => void;

/**
 * The event logs behind every SSE stream, keyed by stream key (e.g. `threads:<tenant>` or
 * `customer:<tenant>:<customer>`): append with monotonic ids, replay after an id, fan out to
 * live subscribers.
 */
export class EventHub {
  private readonly listeners = new Map<string, Set<EventListener>>();
  private readonly closers = new Set<() => void>();

  constructor(
    private readonly logs: () => Record<string, EventLogData>,
    private readonly clock: Clock,
  ) {}

  private log(key: string): EventLogData {
    const logs = this.logs();
    let log = logs[key];
    if (!log) {
      log = { last_id: 0, items: [], origin_id: randomId('ev') };
      logs[key] = log;
    }
    return log;
  }

  /** Appends an event to the log `key` and hands it to every subscriber of that log. */
  publish(key: string, type: string, data: unknown, topic: string | null = null): StoredEvent {
    const log = this.log(key);
    log.last_id += 1;
    const event: StoredEvent = {
      id: log.last_id,
      opaque_id: randomId('ev'),
      type,
      data,
      at: iso(this.clock.now()),
      topic,
    };
    log.items.push(event);
    this.prune(log);
    for (const listener of this.listeners.get(key) ?? []) listener(event);
    return event;
  }

  /**
   * Hands an ephemeral event (e.g. `typing`) to the live subscribers of `key` only: it is not
   * stored, takes no id and is never replayed (SPEC §7).
   */
  emit(key: string, type: string, data: unknown, topic: string | null = null): void {
    const event: StoredEvent = {
      id: 0,
      opaque_id: '',
      type,
      data,
      at: iso(this.clock.now()),
      topic,
      ephemeral: true,
    };
    for (const listener of this.listeners.get(key) ?? []) listener(event);
  }

  private prune(log: EventLogData): void {
    const cutoff = this.clock.now() - RETAIN_MS;
    let drop = 0;
    while (
      log.items.length - drop > RETAIN_MAX ||
      (log.items.length - drop > RETAIN_COUNT && Date.parse(log.items[drop]?.at ?? '') < cutoff)
    ) {
      drop += 1;
    }
    if (drop) log.items.splice(0, drop);
  }

  /** The id of the newest event of a log (0 when it has none). */
  lastId(key: string): number {
    return this.logs()[key]?.last_id ?? 0;
  }

  /** The opaque id of the log's current end: its newest event's, or its origin's when it has none. */
  endOpaqueId(key: string): string {
    const log = this.log(key);
    return log.items.at(-1)?.opaque_id ?? log.origin_id;
  }

  /** The opaque id of the position before a log's first event. */
  originId(key: string): string {
    return this.log(key).origin_id;
  }

  /**
   * Where an opaque id a client sent (`Last-Event-ID`) is in the log: the event's position, 0 for the
   * origin, undefined for an id the log does not know (older than what is retained, or from before a reset).
   */
  positionOf(key: string, opaqueId: string): number | undefined {
    const log = this.logs()[key];
    if (!log) return undefined;
    if (opaqueId === log.origin_id) return 0;
    return log.items.find((event) => event.opaque_id === opaqueId)?.id;
  }

  /** Every retained event of `key` with an id above `afterId`, oldest first. */
  since(key: string, afterId: number): StoredEvent[] {
    return (this.logs()[key]?.items ?? []).filter((event) => event.id > afterId);
  }

  /** Calls `listener` for each new event of `key` until the returned function is called. */
  subscribe(key: string, listener: EventListener): () => void {
    let set = this.listeners.get(key);
    if (!set) {
      set = new Set();
      this.listeners.set(key, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(key);
    };
  }

  /** Registers a callback that ends one open stream; {@link closeAll} calls them (on reset). */
  onCloseAll(close: () => void): () => void {
    this.closers.add(close);
    return () => this.closers.delete(close);
  }

  /** Ends every open stream (their clients reconnect and replay). */
  closeAll(): void {
    for (const close of [...this.closers]) close();
    this.closers.clear();
  }

  /** Number of live subscribers of a log (used by tests to see disconnects). */
  subscriberCount(key: string): number {
    return this.listeners.get(key)?.size ?? 0;
  }
}
