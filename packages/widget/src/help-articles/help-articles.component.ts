import type { KbArticle, KbResult } from '@helpdock/sdk/schemas';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { extrasTranslator } from '../extras/strings.js';
import { defineElement } from '../views/shared/light-element.js';
import { helpArticlesStyles } from './help-articles.styles.js';
import { SuggestionSearch } from './suggestion-search.js';

/** Suggestions shown at most. */
const MAX_SUGGESTIONS = 3;

/** `detail` of `helpdock-article-toggle`. */
export interface ArticleToggle {
  /** True when an article opened (the host hides its form), false when the reader went back. */
  open: boolean;
}

/**
 * Help articles while someone writes to support: suggestions for the text typed so far (searched
 * after a pause, outdated requests aborted), an article read in place, and "Still need help?" back to
 * the form, whose text the host keeps.
 *
 * @tag helpdock-help-articles
 *
 * @fires helpdock-article-toggle - An article opened or closed (`detail: {open}`).
 */
export class HelpdockHelpArticles extends LitElement {
  static override styles = helpArticlesStyles;

  /** What the visitor has typed (subject and message): suggestions follow it. */
  @property() text = '';
  /** Language of the labels. */
  @property() locale = 'en';
  /** Searches the knowledge base (public for visitors, the customer's when signed in). */
  @property({ attribute: false }) search:
    | ((q: string, signal: AbortSignal) => Promise<KbResult[]>)
    | undefined;
  /** Reads one whole article. */
  @property({ attribute: false }) fetchArticle: ((id: string) => Promise<KbArticle>) | undefined;

  @state() private suggestions: KbResult[] = [];
  @state() private article: KbArticle | 'loading' | 'failed' | null = null;

  @query('article h3') private articleHeading!: HTMLElement | null;

  private readonly searcher = new SuggestionSearch<KbResult>({
    search: (q, signal) => this.search?.(q, signal) ?? Promise.resolve([]),
    onResults: (results) => {
      this.suggestions = results.slice(0, MAX_SUGGESTIONS);
    },
  });
  private opener: HTMLElement | null = null;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.searcher.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('text')) this.searcher.update(this.text);
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('article') && this.article !== null && this.article !== 'loading')
      this.articleHeading?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const t = extrasTranslator(this.locale);
    if (this.article !== null) return this.renderArticle(t);
    if (this.suggestions.length === 0) return nothing;
    return html`<section part="suggestions" aria-labelledby="suggestions-heading">
      <h3 id="suggestions-heading">${t('articlesHeading')}</h3>
      <ul>
        ${this.suggestions.map(
          (hit) => html`<li>
            <button type="button" class="suggestion" @click=${(event: Event) => this.open(hit.id, event)}>
              <span class="title">${hit.title}</span><span class="snippet">${hit.snippet}</span>
            </button>
          </li>`,
        )}
      </ul>
    </section>`;
  }

  private renderArticle(t: ReturnType<typeof extrasTranslator>): TemplateResult {
    const article = this.article;
    const back = html`<button type="button" class="primary" @click=${this.close}>${t('stillNeedHelp')}</button>`;
    if (article === 'loading') return html`<p class="hint" role="status">${t('articleLoading')}</p>`;
    if (article === 'failed' || article === null)
      return html`<p class="error" role="alert">${t('articleFailed')}</p>${back}`;
    return html`<article part="article">
        <h3 tabindex="-1">${article.title}</h3>
        ${article.body.split(/\n\s*\n/).map((paragraph) => html`<p>${paragraph.trim()}</p>`)}
        <a href=${article.url} target="_blank" rel="noopener noreferrer">${t('articleOpenFull')}</a>
      </article>
      ${back}`;
  }

  private async open(id: string, event: Event): Promise<void> {
    if (!this.fetchArticle) return;
    this.opener = event.currentTarget as HTMLElement;
    this.article = 'loading';
    this.toggle(true);
    try {
      this.article = await this.fetchArticle(id);
    } catch {
      this.article = 'failed';
    }
  }

  private async close(): Promise<void> {
    this.article = null;
    this.toggle(false);
    await this.updateComplete;
    // Back where the reader left: the suggestion they opened (or the host moves focus to its form).
    if (this.opener?.isConnected) this.opener.focus();
  }

  private toggle(open: boolean): void {
    this.dispatchEvent(
      new CustomEvent<ArticleToggle>('helpdock-article-toggle', {
        detail: { open },
        bubbles: true,
        composed: true,
      }),
    );
  }
}

defineElement('helpdock-help-articles', HelpdockHelpArticles);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-help-articles': HelpdockHelpArticles;
  }
}
