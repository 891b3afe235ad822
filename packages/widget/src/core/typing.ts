import { realTimers, type Timers } from './timers.js';

/** At most one "visitor is typing" call per this many milliseconds. */
export const TYPING_SEND_INTERVAL_MS = 3000;
/** How long "Support is typing…" shows after the last typing event (events are ephemeral). */
export const TYPING_SHOW_MS = 6000;

/**
 * The visitor's side of typing indicators: tells support the visitor is typing, at most once per
 * {@link TYPING_SEND_INTERVAL_MS}, and never while the panel is hidden. A failed call is ignored
 * (it is a hint, not a message).
 */
export class TypingSignal {
  private lastSent = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly send: () => Promise<unknown>,
    private readonly timers: Timers = realTimers,
  ) {}

  /** The visitor typed; `visible` is whether the panel (and the page) can be seen. */
  typed(visible: boolean): void {
    const now = this.timers.now();
    if (!visible || now - this.lastSent < TYPING_SEND_INTERVAL_MS) return;
    this.lastSent = now;
    this.send().catch(() => undefined);
  }
}

/**
 * Support's side: a typing event shows "Support is typing…" for {@link TYPING_SHOW_MS}; a newer one
 * extends it, and a message from support ends it at once.
 */
export class AgentTyping {
  private until = 0;
  private timer: unknown;

  constructor(
    private readonly onChange: () => void,
    private readonly timers: Timers = realTimers,
  ) {}

  /** Whether support is typing now. */
  get active(): boolean {
    return this.timers.now() < this.until;
  }

  /** Support is typing. */
  seen(): void {
    const wasActive = this.active;
    this.until = this.timers.now() + TYPING_SHOW_MS;
    this.timers.clearTimeout(this.timer);
    this.timer = this.timers.setTimeout(() => this.onChange(), TYPING_SHOW_MS);
    if (!wasActive) this.onChange();
  }

  /** Support's message arrived (or the conversation changed): the indicator goes. */
  stop(): void {
    if (!this.active) return;
    this.until = 0;
    this.timers.clearTimeout(this.timer);
    this.onChange();
  }
}
