import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { realTimers, type Timers } from '../../core/timers.js';
import { TYPING_SHOWN_MS, TypingSignals } from '../../core/typing-signals.js';

// Timers may fire a hair early against `Date.now()`: re-render just after the expiry, never before.
const EXPIRY_MARGIN_MS = 50;

/** Options of {@link TypingController}. */
export interface TypingControllerOptions {
  /** Tells support that the visitor is typing in conversation `key` (a thread or ticket id). */
  send(key: string): Promise<unknown>;
  /** Whether the visitor can be seen typing now (the bubble: its panel is open); default: always. */
  canSend?(): boolean;
  /** Clock and timers (tests); default: the page's. */
  timers?: Timers;
}

/**
 * Typing, both ways, for a customer-facing screen, as a Lit reactive controller: "Support is
 * typing…" per conversation (from the stream's `typing` events, until {@link TYPING_SHOWN_MS}
 * after the last one or until support's message arrives), and the visitor's own typing, sent at
 * most once per 3 s, never for an empty composer, a hidden tab or a closed panel.
 */
export class TypingController implements ReactiveController {
  private readonly timers: Timers;
  private readonly signals: TypingSignals;
  private expiry: unknown;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: TypingControllerOptions,
  ) {
    this.timers = options.timers ?? realTimers;
    this.signals = new TypingSignals(() => this.timers.now());
    host.addController(this);
  }

  /** Nothing to start: events arrive through the screen's own stream. */
  hostConnected(): void {}

  /** Stops the expiry timer. */
  hostDisconnected(): void {
    this.timers.clearTimeout(this.expiry);
  }

  /** Support is typing in `key`: shown now, and hidden again once no event came for a while. */
  received(key: string): void {
    this.signals.received(key);
    this.timers.clearTimeout(this.expiry);
    // Typing events keep coming while support types: re-render once the last one has expired.
    this.expiry = this.timers.setTimeout(() => this.host.requestUpdate(), TYPING_SHOWN_MS + EXPIRY_MARGIN_MS);
    this.host.requestUpdate();
  }

  /** Support's message arrived in `key`: whoever was typing has sent it. */
  cleared(key: string): void {
    if (!this.signals.isTyping(key)) return;
    this.signals.cleared(key);
    this.host.requestUpdate();
  }

  /** Whether support is typing in `key` now. */
  isTyping(key: string | null | undefined): boolean {
    return key ? this.signals.isTyping(key) : false;
  }

  /** The visitor's text in `key` changed to `text`: tells support, throttled. Failures are ignored. */
  typed(key: string, text: string): void {
    if (!text.trim() || !this.canSend() || !this.signals.shouldSend(key)) return;
    // Typing is a hint: a failed call is not worth a notice.
    this.options.send(key).catch(() => undefined);
  }

  private canSend(): boolean {
    if (globalThis.document?.visibilityState === 'hidden') return false;
    return this.options.canSend?.() ?? true;
  }
}
