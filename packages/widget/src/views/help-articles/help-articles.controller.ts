import type { KbResult } from '@helpdock/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { realTimers, type Timers } from '../../core/timers.js';

/** Where suggestions come from: the public knowledge base of the site, or the signed-in customer's. */
export interface KbSource {
  /** Ranked search, best first. */
  search(
    query: { q: string; limit: number },
    options: { signal: AbortSignal },
  ): PromiseLike<{ data: KbResult[] }>;
  /** One article in full (`body`: plain text, paragraphs separated by a blank line). */
  retrieve(
    id: string,
    options: { signal: AbortSignal },
  ): PromiseLike<{ id: string; title: string; body: string }>;
}

/** The article open in the panel. */
export interface OpenArticle {
  /** The article's id. */
  id: string;
  /** Its title (known from the suggestion, shown while the body loads). */
  title: string;
  /** Plain text, paragraphs separated by a blank line; `null` while loading or when it failed. */
  body: string | null;
  /** The body could not be loaded. */
  failed: boolean;
}

/** Options of {@link HelpArticlesController}. */
export interface HelpArticlesOptions {
  /** The knowledge base to search now (`null`/`undefined` while not connected: no suggestions). */
  source(): KbSource | null | undefined;
  /** Clock and timers for the debounce (default: the page's; tests pass fakes). */
  timers?: Timers;
}

/** How long typing must pause before a search starts. */
export const suggestDelayMs = 300;
/** Shorter queries are not searched: one or two letters match nearly everything. */
export const minQueryLength = 3;
/** Suggestions shown at most. */
export const suggestionLimit = 3;
/** The search endpoint's longest `q`. */
const maxQueryLength = 200;

/**
 * Help-article suggestions for a form, as a Lit reactive controller: {@link suggest} with what the
 * visitor types searches the knowledge base once typing pauses, a newer query cancels the older
 * search (a late answer never replaces a newer one), failures just leave no suggestions; one
 * article opens in the panel and closing it puts the focus back where it was.
 *
 * @example
 * private readonly help = new HelpArticlesController(this, { source: () => this.base?.client?.public.kb });
 * // on input: this.help.suggest(`${subject} ${message}`);
 */
export class HelpArticlesController implements ReactiveController {
  /** Suggested articles for the last query, best first (empty: nothing to suggest). */
  results: readonly KbResult[] = [];
  /** The article open in the panel, if any. */
  article: OpenArticle | null = null;

  private query = '';
  private timer: unknown;
  private searching: AbortController | null = null;
  private reading: AbortController | null = null;
  private readonly timers: Timers;
  /** The control to focus again when the article closes with Back (the suggestion that opened it). */
  private openedFrom: HTMLElement | null = null;
  /** The field the visitor last typed in ("Still need help?" returns there). */
  private typedIn: HTMLElement | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: HelpArticlesOptions,
  ) {
    this.timers = options.timers ?? realTimers;
    host.addController(this);
  }

  /** The form left the page: nothing pending may land on it. */
  hostDisconnected(): void {
    this.cancel();
    this.reading?.abort();
  }

  /** The visitor typed: suggests articles for `text` once typing pauses (nothing for a short text). */
  suggest(text: string): void {
    this.typedIn = activeElementOf(this.host) ?? this.typedIn;
    const query = text.replace(/\s+/g, ' ').trim().slice(0, maxQueryLength);
    if (query === this.query) return;
    this.query = query;
    this.cancel();
    if (query.length < minQueryLength) {
      this.show([]);
      return;
    }
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      void this.search(query);
    }, suggestDelayMs);
  }

  /** Forgets the query and the suggestions (the form was sent or left). */
  clear(): void {
    this.query = '';
    this.cancel();
    this.reading?.abort();
    this.reading = null;
    this.article = null;
    this.results = [];
    this.host.requestUpdate();
  }

  /** Opens a suggested article in the panel; its body loads meanwhile. */
  async open(result: Pick<KbResult, 'id' | 'title'>): Promise<void> {
    const source = this.options.source();
    if (!source) return;
    this.openedFrom = activeElementOf(this.host);
    this.reading?.abort();
    const reading = new AbortController();
    this.reading = reading;
    this.article = { id: result.id, title: result.title, body: null, failed: false };
    this.host.requestUpdate();
    try {
      const article = await source.retrieve(result.id, { signal: reading.signal });
      if (this.reading !== reading) return;
      this.article = { id: article.id, title: article.title, body: article.body, failed: false };
    } catch {
      if (this.reading !== reading) return;
      this.article = { ...this.article, failed: true };
    }
    this.reading = null;
    this.host.requestUpdate();
  }

  /**
   * Closes the article: back to the suggestion that opened it, or, with `toForm` ("Still need
   * help?"), to the field the visitor was typing in. Everything typed is still there.
   */
  async close(toForm: boolean): Promise<void> {
    if (!this.article) return;
    this.reading?.abort();
    this.reading = null;
    this.article = null;
    this.host.requestUpdate();
    const target = toForm ? this.typedIn : this.openedFrom;
    await this.host.updateComplete;
    if (target?.isConnected) target.focus();
  }

  private cancel(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
    this.searching?.abort();
    this.searching = null;
  }

  private async search(q: string): Promise<void> {
    const source = this.options.source();
    if (!source) return;
    const searching = new AbortController();
    this.searching = searching;
    let found: readonly KbResult[] = [];
    try {
      found = (await source.search({ q, limit: suggestionLimit }, { signal: searching.signal })).data;
    } catch {
      // Suggestions are a bonus: a failed search shows none rather than an error.
    }
    if (this.searching !== searching) return;
    this.searching = null;
    this.show(found.slice(0, suggestionLimit));
  }

  private show(results: readonly KbResult[]): void {
    if (results.length === 0 && this.results.length === 0) return;
    this.results = results;
    this.host.requestUpdate();
  }
}

/** The focused element inside the host's shadow root (the bubble's), if the host is an element. */
function activeElementOf(host: ReactiveControllerHost): HTMLElement | null {
  const root = (host as Partial<Node>).getRootNode?.() as DocumentOrShadowRoot | undefined;
  return (root?.activeElement as HTMLElement | null | undefined) ?? null;
}
