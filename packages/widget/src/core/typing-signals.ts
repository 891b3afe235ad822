/** How long "… is typing" stays after the last typing event (events come every few seconds). */
export const TYPING_SHOWN_MS = 6000;
/** Least time between two typing calls of one person on one thread. */
export const TYPING_SEND_EVERY_MS = 3000;

/**
 * Typing indicators, both ways, for every screen (the inbox, the bubble, the portals): who is
 * typing in which conversation (incoming events, shown for {@link TYPING_SHOWN_MS}) and when this
 * side may say it is typing again (throttled to one call per {@link TYPING_SEND_EVERY_MS}). Time
 * comes from `now` so tests need no real clock.
 */
export class TypingSignals {
  readonly #until = new Map<string, number>();
  readonly #lastSent = new Map<string, number>();

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** The other side is typing on `threadId`. */
  received(threadId: string): void {
    this.#until.set(threadId, this.now() + TYPING_SHOWN_MS);
  }

  /** A message arrived on `threadId`: whoever was typing has sent it. */
  cleared(threadId: string): void {
    this.#until.delete(threadId);
  }

  /** Whether someone is typing on `threadId` right now. */
  isTyping(threadId: string): boolean {
    const until = this.#until.get(threadId);
    if (until === undefined) return false;
    if (until > this.now()) return true;
    this.#until.delete(threadId);
    return false;
  }

  /** Whether this side's typing on `threadId` should be sent now (and records it if so). */
  shouldSend(threadId: string): boolean {
    const now = this.now();
    const last = this.#lastSent.get(threadId);
    if (last !== undefined && now - last < TYPING_SEND_EVERY_MS) return false;
    this.#lastSent.set(threadId, now);
    return true;
  }

  /** This side sent its message: the next keystroke may signal typing again at once. */
  sent(threadId: string): void {
    this.#lastSent.delete(threadId);
  }
}
