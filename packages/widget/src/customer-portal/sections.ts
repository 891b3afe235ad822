import type { Ticket } from '@helpdock/sdk/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { PageTranslate } from '../i18n/pages/index.js';
import { paragraphsOf } from '../views/help-article/article-body.js';
import type { CallFormController } from './call-form.controller.js';
import type { CallFieldError } from './call-request.js';
import type { KbController } from './kb.controller.js';
import type { NotificationsController } from './notifications.controller.js';

/** What the section templates need from the dashboard. */
export interface SectionContext {
  /** Translate function of the dashboard's locale. */
  t: PageTranslate;
  /** The dashboard's locale, for dates. */
  locale: string;
  /** A request is running. */
  busy: boolean;
}

const fieldError = (t: PageTranslate, id: string, error: CallFieldError | undefined) =>
  error ? html`<p class="error" id=${id}>${t(error.key, error.values)}</p>` : nothing;

/** The "request a call" form: now or at a chosen time, about a ticket or not, with a note. */
export function callSection(
  ctx: SectionContext,
  form: CallFormController,
  tickets: readonly Ticket[],
  onSubmit: (event: Event) => void,
): TemplateResult {
  const { t } = ctx;
  const { values, errors, requested } = form;
  const when = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'full', timeStyle: 'short' });
  return html`<section class="card" aria-labelledby="call-title">
    <h2 id="call-title">${t('navCall')}</h2>
    ${
      requested
        ? html`<p class="confirmation" role="status">
            ${
              requested.scheduledAt
                ? t('callScheduled', { date: when.format(new Date(requested.scheduledAt)) })
                : t('callRequested')
            }
          </p>`
        : nothing
    }
    <form part="form" novalidate @submit=${onSubmit}>
      <fieldset class="choices">
        <legend>${t('callWhen')}</legend>
        <label><input type="radio" name="when" value="now" .checked=${live(values.when === 'now')} @change=${() => form.set('when', 'now')} />${t('callNow')}</label>
        <label><input type="radio" name="when" value="later" .checked=${live(values.when === 'later')} @change=${() => form.set('when', 'later')} />${t('callLater')}</label>
      </fieldset>
      ${
        values.when === 'later'
          ? html`<div class="field">
              <label for="call-at">${t('callTime')}</label>
              <input
                id="call-at"
                type="datetime-local"
                .value=${live(values.at)}
                aria-invalid=${errors.at ? 'true' : 'false'}
                aria-describedby=${errors.at ? 'call-at-error' : nothing}
                @input=${(e: Event) => form.set('at', (e.target as HTMLInputElement).value)}
              />
              ${fieldError(t, 'call-at-error', errors.at)}
            </div>`
          : nothing
      }
      <div class="field">
        <label for="call-ticket">${t('callTicket')}</label>
        <select id="call-ticket" .value=${live(values.ticketId)} @change=${(e: Event) => form.set('ticketId', (e.target as HTMLSelectElement).value)}>
          <option value="">${t('callNoTicket')}</option>
          ${tickets.map((ticket) => html`<option value=${ticket.id}>${ticket.title}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="call-note">${t('callNote')}</label>
        <textarea
          id="call-note"
          rows="3"
          .value=${live(values.note)}
          aria-invalid=${errors.note ? 'true' : 'false'}
          aria-describedby=${errors.note ? 'call-note-error' : nothing}
          @input=${(e: Event) => form.set('note', (e.target as HTMLTextAreaElement).value)}
        ></textarea>
        ${fieldError(t, 'call-note-error', errors.note)}
      </div>
      <div class="actions">
        <button part="submit" class="primary" type="submit" ?disabled=${ctx.busy}>${t('callSubmit')}</button>
      </div>
    </form>
  </section>`;
}

/** The notifications, unread ones marked, each unread one with "Mark as read". */
export function notificationsSection(
  ctx: SectionContext,
  notifications: NotificationsController,
  onRead: (id: string) => void,
): TemplateResult {
  const { t } = ctx;
  const date = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'medium', timeStyle: 'short' });
  return html`<section class="card" aria-labelledby="notifications-title">
    <h2 id="notifications-title">${t('navNotifications')}</h2>
    ${
      notifications.items.length === 0
        ? html`<p class="muted">${t('noNotifications')}</p>`
        : html`<ul class="list">
            ${notifications.items.map(
              (item) => html`<li class="notification ${item.readAt ? '' : 'unread'}">
                <div>
                  <h3>${item.readAt ? nothing : html`<span class="sr-only">${t('unread')}: </span>`}${item.title}</h3>
                  <p>${item.body}</p>
                  <p class="hint">${date.format(new Date(item.createdAt))}</p>
                </div>
                ${
                  item.readAt
                    ? nothing
                    : html`<button
                        type="button"
                        class="secondary"
                        aria-label=${`${t('markRead')}: ${item.title}`}
                        ?disabled=${ctx.busy}
                        @click=${() => onRead(item.id)}
                      >
                        ${t('markRead')}
                      </button>`
                }
              </li>`,
            )}
          </ul>`
    }
  </section>`;
}

/** Knowledge-base search with results, and the chosen article read in place. */
export function helpSection(
  ctx: SectionContext,
  kb: KbController,
  onSearch: (event: Event) => void,
): TemplateResult {
  const { t } = ctx;
  const article = kb.article;
  return html`<section class="card" aria-labelledby="help-title">
    <h2 id="help-title">${t('navHelp')}</h2>
    <form class="search" role="search" @submit=${onSearch}>
      <div class="field">
        <label for="kb-query">${t('kbQuery')}</label>
        <input id="kb-query" name="q" type="search" maxlength="200" .value=${live(kb.query)} />
      </div>
      <button class="primary" type="submit" ?disabled=${ctx.busy}>${t('kbSearch')}</button>
    </form>
    ${
      article
        ? html`<article class="article" aria-labelledby="article-title">
            <p><button type="button" class="link" @click=${() => kb.close()}>${t('kbBack')}</button></p>
            <h3 id="article-title">${article.title}</h3>
            ${paragraphsOf(article.body).map((paragraph) => html`<p>${paragraph}</p>`)}
          </article>`
        : kb.results === null
          ? nothing
          : kb.results.length === 0
            ? html`<p class="muted" role="status">${t('kbNoResults', { q: kb.query })}</p>`
            : html`<ul class="list">
                ${kb.results.map(
                  (result) => html`<li>
                    <button type="button" class="row-button" @click=${() => kb.open(result.id)}>
                      <span><strong>${result.title}</strong><br /><span class="hint">${result.snippet}</span></span>
                    </button>
                  </li>`,
                )}
              </ul>`
    }
  </section>`;
}
