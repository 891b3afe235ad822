import { createParser, type EventSourceMessage } from 'eventsource-parser';

/** Reads SSE frames from a response body and lets a test wait for them. */
export class SseReader {
  readonly events: EventSourceMessage[] = [];
  retry: number | undefined;
  private waiters: (() => void)[] = [];
  private readonly reader: ReadableStreamDefaultReader<Uint8Array>;
  readonly done: Promise<void>;

  constructor(body: ReadableStream<Uint8Array>) {
    const reader = body.getReader();
    this.reader = reader;
    const parser = createParser({
      onEvent: (event) => {
        this.events.push(event);
        for (const wake of this.waiters.splice(0)) wake();
      },
      onRetry: (ms) => {
        this.retry = ms;
      },
    });
    const decoder = new TextDecoder();
    this.done = (async () => {
      try {
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.feed(decoder.decode(value, { stream: true }));
        }
      } catch {
        // cancelled
      }
      for (const wake of this.waiters.splice(0)) wake();
    })();
  }

  /** Events of a type seen so far. */
  ofType(type: string): EventSourceMessage[] {
    return this.events.filter((e) => e.event === type);
  }

  /** Waits until `predicate` holds over the events seen (or the stream ends, or 5 s pass). */
  async until(predicate: (events: EventSourceMessage[]) => boolean): Promise<EventSourceMessage[]> {
    const deadline = Date.now() + 5000;
    while (!predicate(this.events)) {
      if (Date.now() > deadline)
        throw new Error(`Timed out; got ${JSON.stringify(this.events.map((e) => e.event))}`);
      await Promise.race([
        new Promise<void>((resolve) => this.waiters.push(resolve)),
        new Promise((resolve) => setTimeout(resolve, 100)),
        this.done,
      ]);
    }
    return this.events;
  }

  /** Disconnects (cancels the body). */
  async close(): Promise<void> {
    // Not awaited: under msw/node the body is a tee branch, whose cancel settles only with its twin.
    this.reader.cancel().catch(() => undefined);
    await this.done;
  }
}
