import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { HelpdockError, ResponseValidationError } from './errors.js';
import { EventQueue } from './event-queue.js';
import { sleep } from './retries.js';

/** The shape shared by every typed stream event: `{type, id, data}`. */
export interface StreamEvent {
  /** The SSE `event:` name. */
  type: string;
  /** The SSE `id:` (monotonic per stream). */
  id: string;
  /** The parsed `data:` JSON. */
  data: unknown;
}

/**
 * Options of an event stream.
 *
 * @example
 * ```ts
 * const stream = client.customers.me.events({ signal: ac.signal, heartbeatInterval: 15_000 });
 * ```
 */
export interface EventStreamOptions {
  /** Stops the stream for good (like `close()`). */
  signal?: AbortSignal | undefined;
  /**
   * How often the server sends `heartbeat`, in ms (default 15 000). When nothing at all arrives for
   * two intervals the connection is considered dead and is replaced.
   */
  heartbeatInterval?: number | undefined;
  /** Resume after this event id (sent as `Last-Event-ID` on the first connection). */
  lastEventId?: string | undefined;
  /** Longest wait between reconnection attempts, in ms (default 30 000). */
  maxReconnectDelay?: number | undefined;
  /**
   * Called each time a connection opens: the first one and every reconnection. Re-read there what
   * may have happened while disconnected, for servers that cannot replay from `Last-Event-ID`.
   */
  onOpen?: (() => void) | undefined;
}

/** Opens one connection of a stream; throws a typed error for a non-2xx answer. */
export type StreamConnector = (lastEventId: string | undefined, signal: AbortSignal) => Promise<Response>;

type Listener<E> = (event: E) => void;
type ErrorListener = (error: HelpdockError) => void;

const DEFAULT_HEARTBEAT_MS = 15_000;
const DEFAULT_MAX_RECONNECT_MS = 30_000;
const FIRST_RECONNECT_MS = 1_000;
const DONE: IteratorReturnResult<undefined> = { done: true, value: undefined };
const STREAMING = { stream: true } as const;

/** Statuses after which reconnecting cannot help (bad or expired credentials, gone, wrong route). */
const isFatal = (error: unknown) =>
  error instanceof HelpdockError &&
  error.status !== undefined &&
  error.status >= 400 &&
  error.status < 500 &&
  error.status !== 408 &&
  error.status !== 429;

/** Runs a listener; its exception is reported like a DOM listener's, without breaking the stream. */
function callSafely<T>(listener: (value: T) => void, value: T): void {
  try {
    listener(value);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}

/** Why a connection was cut on purpose: no bytes for two heartbeat intervals. */
class SilentStream extends Error {}

/**
 * A server-sent event stream read with `fetch` (so `Authorization` works), as typed, validated events.
 * It reconnects by itself (backoff, the server's `retry:`, `Last-Event-ID` so nothing is lost or
 * repeated), replaces a connection that went silent for two heartbeat intervals, and stops on
 * `close()`, on the abort signal, or on an answer that cannot improve (401, 403, 404…), which
 * ends iteration with that error.
 *
 * Consume it with `for await`, or with `on(type, fn)` callbacks, or both. An event that does not
 * match the contract is reported to `on('error', fn)` listeners as a {@link ResponseValidationError}
 * and skipped; the stream goes on. Events that arrived together are handed to a `for await` loop
 * without waiting, and a loop paces the reading: the next chunk of the connection is read once the
 * loop has taken the events already received (`on` listeners alone never pause it).
 *
 * @example
 * ```ts
 * const stream = client.customers.me.events();
 * const off = stream.on('new_message', (e) => console.log(e.data.message.body));
 * stream.on('error', (err) => console.warn(err.message));
 * for await (const event of stream) {
 *   if (event.type === 'status_change') console.log(event.data.status);
 * }
 * ```
 */
export class EventStream<E extends StreamEvent> implements AsyncIterable<E> {
  #connect: StreamConnector;
  #parse: (event: unknown) => E;
  #operation: string;
  #options: EventStreamOptions;
  #listeners = new Map<string, Set<Listener<E>>>();
  #errorListeners = new Set<ErrorListener>();
  #queues = new Set<EventQueue<E>>();
  #controller = new AbortController();
  #lastEventId: string | undefined;
  #serverRetry: number | undefined;
  #started = false;
  #closed = false;
  #failure: HelpdockError | undefined;
  /** Reconnections since an event last arrived (drives the backoff). */
  #failures = 0;
  /** Resumes reading once the loops caught up (set while paused for backpressure). */
  #resume: (() => void) | undefined;

  /** @internal Built by `portal(token).events()` and `customers.me.events()`. */
  constructor(
    connect: StreamConnector,
    parse: (event: unknown) => E,
    operation: string,
    options: EventStreamOptions = {},
  ) {
    this.#connect = connect;
    this.#parse = parse;
    this.#operation = operation;
    this.#options = options;
    this.#lastEventId = options.lastEventId;
    const { signal } = options;
    if (signal?.aborted) this.close();
    else signal?.addEventListener('abort', () => this.close(), { once: true });
  }

  /** Id of the last event received: pass it as `lastEventId` to resume in a new stream. */
  get lastEventId(): string | undefined {
    return this.#lastEventId;
  }

  /** Whether the stream has stopped (closed, aborted or failed). */
  get closed(): boolean {
    return this.#closed;
  }

  /**
   * Calls `fn` for each event of `type` (or, with `'error'`, for each problem: an invalid event, a
   * fatal answer). Starts the stream if needed. Returns a function that removes the listener.
   */
  on<T extends E['type']>(type: T, fn: (event: Extract<E, { type: T }>) => void): () => void;
  on(type: 'error', fn: (error: HelpdockError) => void): () => void;
  on(type: string, fn: (value: never) => void): () => void {
    if (type === 'error') {
      const listener = fn as ErrorListener;
      this.#errorListeners.add(listener);
      this.#start();
      return () => this.#errorListeners.delete(listener);
    }
    const listener = fn as Listener<E>;
    let set = this.#listeners.get(type);
    if (!set) {
      set = new Set();
      this.#listeners.set(type, set);
    }
    set.add(listener);
    this.#start();
    return () => set.delete(listener);
  }

  /**
   * Stops the stream: the connection is dropped, loops end (events still queued for them are
   * dropped), no more callbacks, not even for the rest of a batch being delivered.
   */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#controller.abort();
    for (const queue of this.#queues) queue.notify();
    this.#resumeReading();
  }

  /**
   * Every event, in order, until the stream stops. Breaking out of the loop closes the stream. A
   * call finds the events already received in a queue and resolves at once, without waiting.
   */
  [Symbol.asyncIterator](): AsyncIterator<E> {
    const queue = new EventQueue<E>();
    this.#queues.add(queue);
    this.#start();
    const finish = (): Promise<IteratorResult<E>> => {
      this.#queues.delete(queue);
      this.#resumeIfCaughtUp();
      return this.#failure ? Promise.reject(this.#failure) : Promise.resolve(DONE);
    };
    const next = (): Promise<IteratorResult<E>> => {
      // Closed on purpose: stop now. Failed: hand out what arrived before the failure, then throw.
      if (this.#closed && !this.#failure) return finish();
      if (queue.size > 0) {
        const value = queue.take();
        if (this.#resume && queue.size === 0) this.#resumeIfCaughtUp();
        return Promise.resolve({ done: false, value });
      }
      if (this.#closed) return finish();
      return queue.wait().then(next);
    };
    return {
      next,
      return: () => {
        this.close();
        this.#queues.delete(queue);
        return Promise.resolve(DONE);
      },
    };
  }

  #start(): void {
    if (this.#started || this.#closed) return;
    this.#started = true;
    void this.#run();
  }

  async #run(): Promise<void> {
    while (!this.#closed) {
      try {
        await this.#readOnce();
      } catch (error) {
        if (this.#closed) break;
        if (isFatal(error)) {
          this.#fail(error as HelpdockError);
          break;
        }
      }
      if (this.#closed) break;
      try {
        await sleep(this.#reconnectDelay(this.#failures++), this.#controller.signal);
      } catch {
        break;
      }
    }
  }

  #reconnectDelay(failures: number): number {
    const max = this.#options.maxReconnectDelay ?? DEFAULT_MAX_RECONNECT_MS;
    const base = this.#serverRetry ?? FIRST_RECONNECT_MS;
    const backoff = Math.min(base * 2 ** failures, max);
    return failures === 0 ? Math.min(base, max) : backoff * (1 - 0.25 * Math.random());
  }

  /** One connection, read to its end (or until it goes silent or the stream closes). */
  async #readOnce(): Promise<void> {
    const connection = new AbortController();
    let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
    // Aborting the request does not always end a body that is already flowing: cancel the reader too.
    const cut = (reason?: unknown) => {
      connection.abort(reason);
      reader?.cancel(reason).catch(() => {});
    };
    const onClose = () => cut();
    this.#controller.signal.addEventListener('abort', onClose, { once: true });
    // One timer per silence, not one per chunk: each chunk only notes the time it arrived.
    const silenceMs = 2 * (this.#options.heartbeatInterval ?? DEFAULT_HEARTBEAT_MS);
    let heardAt = Date.now();
    let watchdog: ReturnType<typeof setTimeout> | undefined;
    const watch = () => {
      const quiet = Date.now() - heardAt;
      if (quiet >= silenceMs) cut(new SilentStream('No data for two heartbeat intervals'));
      else watchdog = setTimeout(watch, silenceMs - quiet);
    };
    try {
      watchdog = setTimeout(watch, silenceMs);
      const response = await this.#connect(this.#lastEventId, connection.signal);
      if (!response.body || connection.signal.aborted) return;
      const onOpen = this.#options.onOpen;
      if (onOpen) callSafely(onOpen, undefined);
      const parser = createParser({
        onEvent: (message) => this.#handle(message),
        onRetry: (ms) => {
          this.#serverRetry = ms;
        },
      });
      // One decoder over the raw bytes: a TextDecoderStream would add a stream stage per chunk.
      const decoder = new TextDecoder();
      reader = response.body.getReader();
      while (!this.#closed && !connection.signal.aborted) {
        const { done, value } = await reader.read();
        if (done) break;
        heardAt = Date.now();
        parser.feed(decoder.decode(value, STREAMING));
        for (const queue of this.#queues) queue.notify();
        if (this.#behind()) {
          // Pacing: the next chunk is read once every loop took this one's events, so events do
          // not pile up (a long queue outlives young-generation GC and costs far more to collect).
          // Not reading is not silence: the watchdog waits until reading resumes.
          clearTimeout(watchdog);
          await new Promise<void>((resolve) => {
            this.#resume = resolve;
          });
          heardAt = Date.now();
          watchdog = setTimeout(watch, silenceMs);
        }
      }
    } finally {
      clearTimeout(watchdog);
      this.#controller.signal.removeEventListener('abort', onClose);
      cut();
    }
  }

  /** Whether a `for await` loop has events left unread. */
  #behind(): boolean {
    for (const queue of this.#queues) if (queue.size > 0) return true;
    return false;
  }

  #resumeIfCaughtUp(): void {
    if (!this.#behind()) this.#resumeReading();
  }

  #resumeReading(): void {
    const resume = this.#resume;
    this.#resume = undefined;
    resume?.();
  }

  #handle(message: EventSourceMessage): void {
    // A listener may close the stream in the middle of a chunk: the rest of it is dropped.
    if (this.#closed) return;
    this.#failures = 0;
    if (message.id !== undefined) this.#lastEventId = message.id;
    const type = message.event ?? 'message';
    let event: E;
    try {
      const data: unknown = JSON.parse(message.data);
      event = this.#parse({ type, id: message.id ?? '', data });
    } catch (error) {
      this.#report(
        error instanceof HelpdockError
          ? error
          : new ResponseValidationError(`An event of ${this.#operation} is not JSON (event ${type})`, {
              code: 'invalid_response',
              cause: error,
            }),
      );
      return;
    }
    for (const queue of this.#queues) queue.push(event);
    const listeners = this.#listeners.get(event.type);
    if (listeners) for (const listener of listeners) callSafely(listener, event);
  }

  #report(error: HelpdockError): void {
    for (const listener of this.#errorListeners) callSafely(listener, error);
  }

  #fail(error: HelpdockError): void {
    this.#failure = error;
    this.#report(error);
    this.close();
  }
}
