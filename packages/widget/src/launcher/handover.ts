import type { HelpdockBubble } from '../bubble/bubble.component.js';

/**
 * Calls that need the bubble itself (open, identify…), held until its definition has arrived and
 * replayed in order; then run at once. Until then the `<helpdock-bubble>` element on the page is an
 * undefined element the loader created (same element before and after: listeners stay attached).
 */
export class Handover {
  private ready = false;
  private readonly pending: (() => void)[] = [];
  private requested = false;

  /**
   * @param bubble - the `<helpdock-bubble>` element, upgraded in place when its class is defined.
   * @param load - fetches the panel bundle (which defines the class); called at most once.
   * @param takingOver - runs once the class is defined, before the held calls are replayed (not
   *   when the class was defined before the loader ran).
   */
  constructor(
    private readonly bubble: HelpdockBubble,
    private readonly load: () => void,
    takingOver: () => Promise<void>,
  ) {
    const registry = bubble.ownerDocument.defaultView?.customElements;
    // Defined already (the npm build imported it): nothing to load or hand over.
    this.ready = registry?.get('helpdock-bubble') !== undefined;
    if (this.ready) return;
    void registry?.whenDefined('helpdock-bubble').then(async () => {
      await takingOver();
      this.ready = true;
      for (const call of this.pending.splice(0)) call();
    });
  }

  /** Whether the bubble has taken over. */
  get done(): boolean {
    return this.ready;
  }

  /** Starts loading the panel bundle (on intent or idle); does nothing the second time. */
  request(): void {
    if (this.requested || this.ready) return;
    this.requested = true;
    this.load();
  }

  /**
   * Runs `call` on the bubble now if it has taken over; otherwise loads it and runs `call` when it
   * has (the returned promise settles then).
   */
  run<T>(call: (bubble: HelpdockBubble) => T): T | Promise<Awaited<T>> {
    if (this.ready) return call(this.bubble);
    this.request();
    return new Promise<Awaited<T>>((resolve, reject) => {
      this.pending.push(() => {
        try {
          resolve(call(this.bubble) as Awaited<T>);
        } catch (error) {
          reject(error);
        }
      });
    });
  }
}
