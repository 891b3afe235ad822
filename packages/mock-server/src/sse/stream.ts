import { type Clock, iso } from '../clock.js';
import type { EventHub, StoredEvent } from './event-log.js';

/** Reconnection delay announced to clients on connect. */
export const RETRY_MS = 3000;
/** Default heartbeat period (SPEC §7). */
export const DEFAULT_HEARTBEAT_MS = 15_000;

/** One SSE frame. `id` is omitted for frames that must not move the client's Last-Event-ID. */
export function sseFrame(type: string, data: unknown, id?: number): string {
  return `${id === undefined ? '' : `id: ${id}\n`}event: ${type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * Parses a `Last-Event-ID` header: a non-negative integer, or undefined when absent or unreadable
 * (a first connection, which starts with live events).
 */
export function parseLastEventId(request: Request): number | undefined {
  const raw = request.headers.get('last-event-id')?.trim() ?? '';
  return /^\d{1,15}$/.test(raw) ? Number(raw) : undefined;
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
  /** The client's `Last-Event-ID`; undefined for a first connection (live events only). */
  lastEventId: number | undefined;
  clock: Clock;
  heartbeatMs?: number;
  /** Frames sent right after `retry:` and before the replay (e.g. a `connected` event). */
  greeting?: (at: string) => { type: string; data: unknown }[];
  /** Called once when the stream ends (client gone or server reset). */
  onClose?: () => void;
  /** Ends the stream when aborted (the request's signal). */
  signal?: AbortSignal;
}

/**
 * A `text/event-stream` response over an event log: `retry: 3000`, the greeting, every retained
 * event after `Last-Event-ID` (none on a first connection), then live events and a heartbeat. Heartbeats and greetings carry the
 * id of the last event sent, so they never move the client's `Last-Event-ID` forward past an event
 * it has not seen. Cancelling the body (client disconnect) unsubscribes.
 */
export function eventStreamResponse(options: EventStreamOptions): Response {
  const { hub, key, clock } = options;
  const filter = options.filter ?? (() => true);
  const present = options.present ?? ((event: StoredEvent) => event.data);
  const encoder = new TextEncoder();
  let cleanup: () => void = () => undefined;

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      // An id beyond the log's newest means the log was reset since: resume from its current end.
      const resumeAfter = Math.min(options.lastEventId ?? Number.POSITIVE_INFINITY, hub.lastId(key));
      let lastSent = resumeAfter;
      let open = true;
      const write = (text: string) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      const send = (event: StoredEvent) => {
        if (event.id <= lastSent) return;
        lastSent = event.id;
        if (filter(event)) write(sseFrame(event.type, present(event), event.id));
      };
      const currentId = () => (lastSent > 0 ? lastSent : undefined);

      write(`retry: ${RETRY_MS}\n\n`);
      for (const frame of options.greeting?.(iso(clock.now())) ?? [])
        write(sseFrame(frame.type, frame.data, currentId()));
      // Subscribing before replaying and de-duplicating by id means nothing published in between is lost.
      const unsubscribe = hub.subscribe(key, send);
      for (const event of hub.since(key, resumeAfter)) send(event);

      const heartbeat = setInterval(
        () => write(sseFrame('heartbeat', { at: iso(clock.now()) }, currentId())),
        options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
      );
      // A forgotten in-process stream (setupServer) must not keep Node alive.
      (heartbeat as { unref?: () => void }).unref?.();
      const stopOnReset = hub.onCloseAll(() => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      });
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
