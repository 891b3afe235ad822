import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SupportBase, type SupportBaseOptions, type SupportConnection } from '../core/support-base.js';

/** What the bubble's panel shows. */
export type BubbleView = 'loading' | 'hidden' | 'anonymous' | 'customer';

/**
 * The bubble shell's state as a Lit reactive controller: it owns the shared {@link SupportBase}
 * (handed to the inner components), retries the outbox when the network returns and writes drafts
 * when the page goes away.
 */
export class BubbleController implements ReactiveController {
  /** The base every inner component works on. */
  readonly base: SupportBase;

  private readonly onOnline = (): void => this.base.flushOutbox();
  private readonly onPageHide = (): void => this.base.flushDrafts();

  constructor(host: ReactiveControllerHost, options: SupportBaseOptions) {
    this.base = new SupportBase(options);
    this.base.watch(host);
    host.addController(this);
  }

  /** What the panel should show now. */
  get view(): BubbleView {
    if (!this.base.loaded) return 'loading';
    if (this.base.config?.support_bubble_enabled === false) return 'hidden';
    return this.base.customer ? 'customer' : 'anonymous';
  }

  /** Starts listening for `online` (retry the outbox) and `pagehide` (write drafts now). */
  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('pagehide', this.onPageHide);
    this.base.resume();
  }

  /** Stops listening; writes drafts and stops outbox timers (storage keeps the rest). */
  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
    this.base.dispose();
  }

  /** Points the bubble at a backend (does nothing when unchanged). */
  connect(connection: SupportConnection): void {
    this.base.connect(connection);
  }
}
