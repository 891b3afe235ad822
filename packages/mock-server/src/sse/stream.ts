import { type Clock, iso } from '../clock.js';
import type { EventHub, StoredEvent } from './event-log.js';

/** Reconnection delay announced to clients on connect. */
export const RETRY_MS = 3000;
/** Default heartbeat period (SPEC §7). */
export const DEFAULT_HEARTBEAT_MS = 15_000;

/** One SSE frame. `id` is omitted for frames that must not move the client's Last-Event-ID. */
export function sseFrame(type: string, data: unknown, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Reads a `Last-Event-ID` header: an opaque id this server handed out, or undefined when absent
 * (a first connection, which starts with live events). Junk is kept as an unknown id.
 */
export function parseLastEventId(request: Request): string | undefined {
  const raw = request.headers.get('last-event-id')?.trim() ?? '';
  return raw === '' ? undefined : raw.slice(0, 200);
}

/** What an event stream shows of a log. */
export interface EventStreamOptions {
  hub: EventHub;
  /** The log the stream reads. */
  key: string;
  /** Keeps only the events this stream's client may see (default: all). */
  filter?: (event: StoredEvent) => boolean;
  /** Maps a stored event to the data sent (default: as stored). */
  present?: (event: StoredEvent) => unknown;
  /**
   * The client's `Last-Event-ID`; undefined for a first connection (live events only). An id the log
   * does not know (older than retained, or from before a reset) replays every retained event.
   */
  lastEventId: string | undefined;
  clock: Clock;
  heartbeatMs?: number;
  /** The opening frame, sent right after `retry:` with an id (default: a `heartbeat`). */
  greeting?: (at: string) => { type: string; data: unknown };
  /**
   * False once the stream's credential is gone (token expired or revoked, user removed): checked
   * before each event and at each heartbeat; the stream then ends and the reconnect gets its 401.
   */
  alive?: () => boolean;
  /** Called once when the stream ends (client gone or server reset). */
  onClose?: () => void;
  /** Ends the stream when aborted (the request's signal). */
  signal?: AbortSignal;
}

/**
 * A `text/event-stream` response over an event log: `retry: 3000`, an opening frame with an id (so a
 * client cut before its first event resumes without loss), every retained event after
 * `Last-Event-ID` (none on a first connection), then live events and a heartbeat. Ids are the log's
 * opaque ids; heartbeats carry the id of the last event this stream delivered, so they never move
 * the client's `Last-Event-ID` past an event it has not seen, nor reveal events outside its scope.
 * The stream ends when its credential does ({@link EventStreamOptions.alive}). Cancelling the body
 * (client disconnect) unsubscribes.
 */
export function eventStreamResponse(options: EventStreamOptions): Response {
  const { hub, key, clock } = options;
  const filter = options.filter ?? (() => true);
  const present = options.present ?? ((event: StoredEvent) => event.data);
  const encoder = new TextEncoder();
  let cleanup: () => void = () => undefined;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      const { lastEventId } = options;
      const known = lastEventId === undefined ? undefined : hub.positionOf(key, lastEventId);
      const resumeAfter = lastEventId === undefined ? hub.lastId(key) : (known ?? 0);
      let lastSent = resumeAfter;
      // The id a reconnect resumes from: where this stream started, then each event it delivered.
      let resumeId =
        lastEventId === undefined
          ? hub.endOpaqueId(key)
          : known === undefined
            ? hub.originId(key)
            : lastEventId;
      let open = true;
      const alive = options.alive ?? (() => true);
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const end = () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      const send = (event: StoredEvent) => {
        if (event.ephemeral) {
          // Typing and the like: live only, no id, never replayed (SPEC §7).
          if (alive() && filter(event)) write(sseFrame(event.type, present(event)));
          return;
        }
        if (event.id <= lastSent) return;
        lastSent = event.id;
        if (!alive()) return end();
        if (!filter(event)) return;
        resumeId = event.opaque_id;
        write(sseFrame(event.type, present(event), event.opaque_id));
      };
      const heartbeatFrame = (at: string) => ({ type: 'heartbeat', data: { at } });

      write(`retry: ${RETRY_MS}\n\n`);
      const opening = (options.greeting ?? heartbeatFrame)(iso(clock.now()));
      write(sseFrame(opening.type, opening.data, resumeId));
      // Subscribing before replaying and de-duplicating by id means nothing published in between is lost.
      const unsubscribe = hub.subscribe(key, send);
      for (const event of hub.since(key, resumeAfter)) send(event);

      const heartbeat = setInterval(() => {
        if (!alive()) return end();
        write(sseFrame('heartbeat', heartbeatFrame(iso(clock.now())).data, resumeId));
      }, options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
      // A forgotten in-process stream (setupServer) must not keep Node alive.
      (heartbeat as { unref?: () => void }).unref?.();
      const stopOnReset = hub.onCloseAll(end);
      const onAbort = () => cleanup();
      options.signal?.addEventListener('abort', onAbort, { once: true });

      cleanup = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        stopOnReset();
        options.signal?.removeEventListener('abort', onAbort);
        options.onClose?.();
      };
      if (!alive()) end();
    },
    cancel() {
      cleanup();
    },
  });

  return new Response(body, {
    status: 200,
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache',
      'X-Accel-Buffering': 'no',
    },
  });
}
