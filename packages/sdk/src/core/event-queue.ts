/**
 * The unread events of one `for await` loop over an event stream. Events of a whole network chunk
 * are pushed, then the waiting reader is woken once for the batch; while events are queued the
 * reader takes them without waiting (see `EventStream`'s iterator).
 */
export class EventQueue<E> {
  /** `#items[#head]` is the next event (no `shift()`: it is O(n) per call). */
  #items: E[] = [];
  #head = 0;
  #wake: (() => void) | undefined;

  /** Events not yet taken. */
  get size(): number {
    return this.#items.length - this.#head;
  }

  push(event: E): void {
    this.#items.push(event);
  }

  /** The next event; only call it when `size > 0`. */
  take(): E {
    const event = this.#items[this.#head++] as E;
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    }
    return event;
  }

  /** Resolves at the next `notify()`. */
  wait(): Promise<void> {
    return new Promise((resolve) => {
      this.#wake = resolve;
    });
  }

  /** Wakes the reader waiting in `wait()`, if any. */
  notify(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
