import { realTimers, type Timers } from '../core/timers.js';

/** Pause after the last keystroke before searching. */
export const SUGGEST_DELAY_MS = 350;
/** Shortest text worth searching for. */
export const SUGGEST_MIN_CHARS = 3;

/** Options of {@link SuggestionSearch}. */
export interface SuggestionSearchOptions<R> {
  /** Runs one search; `signal` aborts when a newer text makes it outdated. */
  search(text: string, signal: AbortSignal): Promise<R[]>;
  /** Gets each search's results (an empty list when the text became too short). */
  onResults(results: R[]): void;
  /** Timers (tests drive them by hand). */
  timers?: Timers;
}

/**
 * Searches while someone types: waits for a pause ({@link SUGGEST_DELAY_MS}), aborts the request a
 * newer text makes outdated, and never reports an outdated answer. Failures report nothing, so the
 * last suggestions stay.
 */
export class SuggestionSearch<R> {
  private readonly timers: Timers;
  private timer: unknown;
  private running: AbortController | null = null;
  private lastText = '';

  constructor(private readonly options: SuggestionSearchOptions<R>) {
    this.timers = options.timers ?? realTimers;
  }

  /** The text changed: search for it after a pause (or clear the results when it is too short). */
  update(text: string): void {
    const wanted = text.trim().replace(/\s+/g, ' ').slice(0, 200);
    if (wanted === this.lastText) return;
    this.lastText = wanted;
    this.cancel();
    if (wanted.length < SUGGEST_MIN_CHARS) {
      this.options.onResults([]);
      return;
    }
    this.timer = this.timers.setTimeout(() => void this.run(wanted), SUGGEST_DELAY_MS);
  }

  /** Stops the pending search and the request in flight. */
  cancel(): void {
    this.timers.clearTimeout(this.timer);
    this.running?.abort();
    this.running = null;
  }

  private async run(text: string): Promise<void> {
    const abort = new AbortController();
    this.running = abort;
    try {
      const results = await this.options.search(text, abort.signal);
      if (!abort.signal.aborted) this.options.onResults(results);
    } catch {
      // Suggestions are a help, not a requirement: a failed search leaves the last ones.
    } finally {
      if (this.running === abort) this.running = null;
    }
  }
}
