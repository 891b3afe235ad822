import type { KbResult } from '@helpdock/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Translate } from '../../i18n/index.js';
import { defineElement, LightElement } from '../shared/light-element.js';
import type { HelpArticlesController } from './help-articles.controller.js';

/** `detail` of `helpdock-article-open`: the suggestion chosen. */
export type ArticleOpenDetail = Pick<KbResult, 'id' | 'title'>;

/** Only web links become `href`s (the article opens in the panel; a new tab gets the help centre's page). */
const webLink = (url: string): string => (/^https?:\/\//i.test(url) ? url : '#');

/**
 * Help articles suggested for what the visitor is typing: a short list of links (title and
 * excerpt), announced politely to screen readers; it never takes the focus.
 *
 * @tag helpdock-help-articles
 * @fires helpdock-article-open - The visitor chose the article `detail.id` (its `title` shows while it loads).
 */
export class HelpdockHelpArticles extends LightElement {
  /** The suggestions, best first (none: nothing shown). */
  @property({ attribute: false }) results: readonly KbResult[] = [];

  protected override render(): TemplateResult {
    const count = this.results.length;
    return html`<p class="sr-only" aria-live="polite" aria-atomic="true">
        ${count > 0 ? this.t('articlesFound', { count }) : ''}
      </p>
      ${
        count > 0
          ? html`<section class="help-articles" aria-labelledby="helpdock-help-articles-title">
            <h3 id="helpdock-help-articles-title">${this.t('articlesTitle')}</h3>
            <ul class="list">
              ${this.results.map(
                (result) => html`<li>
                  <a class="row-button" href=${webLink(result.url)} @click=${(event: MouseEvent) => this.onOpen(event, result)}>
                    <span class="help-article-title">${result.title}</span>
                    <span class="help-article-snippet">${result.snippet}</span>
                  </a>
                </li>`,
              )}
            </ul>
          </section>`
          : nothing
      }`;
  }

  private onOpen(event: MouseEvent, result: KbResult): void {
    // Ctrl/Cmd/Shift-click and the middle button keep the browser's "open in a new tab".
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    // Some browsers do not focus a clicked link: focus it, so that "Back" can return to it.
    (event.currentTarget as HTMLElement).focus();
    this.dispatchEvent(
      new CustomEvent<ArticleOpenDetail>('helpdock-article-open', {
        detail: { id: result.id, title: result.title },
        bubbles: true,
      }),
    );
  }
}

defineElement('helpdock-help-articles', HelpdockHelpArticles);

/** The suggestions of `help`, wired to open the chosen article in the panel: put it under a form's fields. */
export function helpSuggestions(t: Translate, help: HelpArticlesController): TemplateResult {
  return html`<helpdock-help-articles
    .t=${t}
    .results=${help.results}
    @helpdock-article-open=${(event: CustomEvent<ArticleOpenDetail>) => help.open(event.detail)}
  ></helpdock-help-articles>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-help-articles': HelpdockHelpArticles;
  }
  interface HTMLElementEventMap {
    'helpdock-article-open': CustomEvent<ArticleOpenDetail>;
  }
}
