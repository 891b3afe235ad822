import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Translate } from '../../i18n/index.js';
import { icons } from '../../icons/icons.js';
import type { HelpArticlesController, OpenArticle } from '../help-articles/help-articles.controller.js';
import { defineElement, LightElement } from '../shared/light-element.js';
import { paragraphsOf } from './article-body.js';

/** `detail` of `helpdock-article-close`: whether the visitor goes back to writing ("Still need help?"). */
export interface ArticleCloseDetail {
  /** `true`: back to the field being typed in; `false`: back to the suggestion that opened it. */
  toForm: boolean;
}

/**
 * One help article read inside the panel: a back link, the title (focused when it opens, so a
 * screen reader starts reading there), the body as plain paragraphs, and "Still need help?"
 * back to the form. Escape goes back too.
 *
 * @tag helpdock-help-article
 * @fires helpdock-article-close - The visitor leaves the article (`detail.toForm`: back to writing).
 */
export class HelpdockHelpArticle extends LightElement {
  /** The article shown. */
  @property({ attribute: false }) article: OpenArticle | null = null;

  constructor() {
    super();
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      // Escape leaves the article, not the whole panel.
      event.stopPropagation();
      this.close(false);
    });
  }

  protected override firstUpdated(): void {
    this.querySelector<HTMLElement>('h3')?.focus();
  }

  protected override render(): TemplateResult | typeof nothing {
    const article = this.article;
    if (!article) return nothing;
    return html`<article class="help-article" aria-labelledby="helpdock-article-title">
        <button type="button" class="link help-article-back" @click=${() => this.close(false)}>
          ${icons.back}${this.t('articleBack')}
        </button>
        <h3 id="helpdock-article-title" tabindex="-1">${article.title}</h3>
        ${
          article.failed
            ? html`<p class="error" role="alert">${this.t('articleFailed')}</p>`
            : article.body === null
              ? html`<p class="hint" role="status">${this.t('loading')}</p>`
              : paragraphsOf(article.body).map((paragraph) => html`<p>${paragraph}</p>`)
        }
      </article>
      <div class="help-article-more">
        <p>${this.t('stillNeedHelp')}</p>
        <button type="button" class="primary" @click=${() => this.close(true)}>${this.t('backToMessage')}</button>
      </div>`;
  }

  private close(toForm: boolean): void {
    this.dispatchEvent(
      new CustomEvent<ArticleCloseDetail>('helpdock-article-close', { detail: { toForm }, bubbles: true }),
    );
  }
}

defineElement('helpdock-help-article', HelpdockHelpArticle);

/** The article open in `help`, wired to close it (nothing while none is open): put it in place of the form. */
export function helpArticle(t: Translate, help: HelpArticlesController): TemplateResult | typeof nothing {
  if (!help.article) return nothing;
  return html`<helpdock-help-article
    .t=${t}
    .article=${help.article}
    @helpdock-article-close=${(event: CustomEvent<ArticleCloseDetail>) => help.close(event.detail.toForm)}
  ></helpdock-help-article>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-help-article': HelpdockHelpArticle;
  }
  interface HTMLElementEventMap {
    'helpdock-article-close': CustomEvent<ArticleCloseDetail>;
  }
}
