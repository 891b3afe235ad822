import type { IncomingMessage } from 'node:http';

/** Hard cap on any request body the transport will stream (the routes enforce 1 MiB / 10 MiB themselves). */
export const MAX_TRANSPORT_BYTES = 10 * 1024 * 1024 + 64 * 1024;

/**
 * How much of an unread body is read and dropped after the answer: a client that sends its whole
 * body before reading (Node's `fetch`, browsers) then gets the 413 instead of a reset connection.
 * Past this the connection is cut, so nobody can keep the server busy with an endless body.
 */
export const DRAIN_LIMIT_BYTES = 4 * MAX_TRANSPORT_BYTES;

/** The error a body stream fails with past {@link MAX_TRANSPORT_BYTES}; the routes turn it into a 413. */
class PayloadTooLargeError extends Error {
  override name = 'PayloadTooLargeError';
}

/** A node request body as a web stream, with a way to drop what nobody reads. */
export interface RequestBody {
  /** The body as it arrives, failing past {@link MAX_TRANSPORT_BYTES}. */
  stream: ReadableStream<Uint8Array>;
  /** Reads and drops the rest of the body (up to {@link DRAIN_LIMIT_BYTES}) without closing the connection. */
  discard(): void;
}

/**
 * Streams `req` with backpressure. Unlike `Readable.toWeb`, cancelling or overflowing the stream does
 * not destroy the request (which would reset the connection while the client is still sending).
 */
export function requestBody(req: IncomingMessage): RequestBody {
  let seen = 0;
  let drained = 0;
  let discarding = false;
  let settled = false;
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const settle = (action: () => void) => {
    if (settled) return;
    settled = true;
    try {
      action();
    } catch {
      // the reader already went away
    }
  };
  const discard = () => {
    if (discarding) return;
    discarding = true;
    settle(() => controller?.error(new Error('Body discarded')));
    req.resume();
  };
  const stream = new ReadableStream<Uint8Array>(
    {
      start(c) {
        controller = c;
        req.on('data', (chunk: Buffer) => {
          if (discarding) {
            drained += chunk.byteLength;
            if (drained > DRAIN_LIMIT_BYTES) req.socket.destroy();
            return;
          }
          seen += chunk.byteLength;
          if (seen > MAX_TRANSPORT_BYTES) {
            settle(() => c.error(new PayloadTooLargeError('Body too large')));
            discarding = true;
            return;
          }
          c.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((c.desiredSize ?? 1) <= 0) req.pause();
        });
        req.once('end', () => settle(() => c.close()));
        req.once('error', (error) => settle(() => c.error(error)));
      },
      pull() {
        if (!discarding) req.resume();
      },
      cancel() {
        discard();
      },
    },
    { highWaterMark: 4 },
  );
  return { stream, discard };
}
