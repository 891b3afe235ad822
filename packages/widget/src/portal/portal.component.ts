import type { VisitorThread } from '@helpdock/sdk/schemas';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChatAttachment } from '../core/attachments.js';
import { type FieldErrors, validateTicketForm } from '../core/validation.js';
import { dispatchHelpdockEvent } from '../events.js';
import { directionOf, type Locale, resolveLocale } from '../i18n/index.js';
import { type PageTranslate, pageTranslator } from '../i18n/pages/index.js';
import type { HelpdockPortalEventDetails } from '../page-events.js';
import { controls } from '../styles/controls.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import '../views/conversation-view/conversation-view.component.js';
import '../views/typing-indicator/typing-indicator.component.js';
import { composerStyles } from '../views/composer/composer.styles.js';
import { conversationViewStyles } from '../views/conversation-view/conversation-view.styles.js';
import { notice } from '../views/shared/notice.js';
import { textField } from '../views/shared/text-field.js';
import { PortalController, type PortalThread } from './portal.controller.js';
import { portalStyles } from './portal.styles.js';

const problemTexts = {
  invalid: ['linkInvalidTitle', 'linkInvalidBody'],
  revoked: ['linkRevokedTitle', 'linkRevokedBody'],
  expired: ['linkExpiredTitle', 'linkExpiredBody'],
} as const;

/**
 * The page behind a support link (seed 001's emailed `portal_url`): the link's conversations, the
 * live conversation, replies, and a new conversation when the link covers an assignment. A link
 * that no longer works (unknown, revoked, expired) says so in the visitor's language.
 *
 * @tag helpdock-portal
 *
 * @fires helpdock:portal-ready - The link worked; `detail` has the thread count and expiry.
 * @fires helpdock:link-problem - The link was refused; `detail.reason` is `invalid`, `revoked` or `expired`.
 * @fires helpdock:message - A support message arrived (`direction: 'in'`) or the visitor's was stored (`'out'`).
 * @fires helpdock:ticket-created - The visitor opened a new conversation (`detail.threadId`).
 * @fires helpdock:error - Something failed; `detail.code` names the sentence shown.
 *
 * @csspart header - The page's coloured header.
 * @csspart title - The page's title.
 * @csspart threads - The list of the link's conversations.
 * @csspart conversation - The conversation shown.
 * @csspart messages - The message list.
 * @csspart message - One message.
 * @csspart composer - The reply box.
 * @csspart form - The new-conversation form.
 * @csspart submit - Submit buttons.
 * @csspart notice - The error notice.
 * @csspart problem - The explanation of a link that does not work.
 *
 * @cssprop [--helpdock-accent=#4338ca] - Brand colour (header, own messages, buttons).
 * @cssprop [--helpdock-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--helpdock-font=system-ui] - Font family.
 * @cssprop [--helpdock-radius=16px] - Corner radius of cards.
 * @cssprop [--helpdock-background=#ffffff] - Page background.
 * @cssprop [--helpdock-foreground=#111827] - Text colour.
 * @cssprop [--helpdock-muted=#4b5563] - Secondary text.
 * @cssprop [--helpdock-border=#d1d5db] - Borders.
 * @cssprop [--helpdock-surface=#f3f4f6] - Conversation list entries.
 * @cssprop [--helpdock-agent-bubble=#eef2ff] - Background of support's messages.
 * @cssprop [--helpdock-error=#b91c1c] - Error text.
 * @cssprop [--helpdock-focus-ring=#2563eb] - Keyboard focus outline.
 *
 * @example
 * ```html
 * <script src="https://support.example.com/helpdock-portal.js" defer></script>
 * <helpdock-portal api-base="https://support.example.com" token="…"></helpdock-portal>
 * ```
 */
export class HelpdockPortal extends LitElement {
  /** Constructable stylesheets (CSP-safe): the bubble's tokens and controls, the page layout. */
  static override styles = [
    tokens,
    controls,
    conversationViewStyles,
    composerStyles,
    pageStyles,
    portalStyles,
  ];

  /** The portal token of the link (the last segment of its `portal_url`). */
  @property() token = '';
  /** Origin of the Helpdock API (default: the page's origin). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Language of the texts (`en`, `pt-BR`, `es`, `vi`, `bn`, `hi`); default: the page's `lang` or the browser's. */
  @property() locale = '';

  @state() private composing = false;
  @state() private formErrors: FieldErrors<'subject' | 'message'> = {};
  @state() private announcement = '';
  @state() private newThread = { subject: '', message: '' };

  /** Reply drafts by thread, kept while the page is open (a failed send puts its text back). */
  private readonly drafts = new Map<string, string>();
  /** Uploaded files of a reply that failed, put back in the composer. */
  private draftFiles: readonly ChatAttachment[] = [];

  private readonly portal = new PortalController(this, {
    emit: (name, detail) => this.emit(name, detail),
    announce: (text) => {
      this.announcement = this.t('newMessageFrom', { text });
    },
  });

  private t: PageTranslate = pageTranslator('en');

  private get resolvedLocale(): Locale {
    return resolveLocale(this.locale || document.documentElement.lang || navigator.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.t = pageTranslator(this.resolvedLocale);
    if (changed.has('token') || changed.has('apiBase')) {
      this.composing = false;
      this.portal.connect({ apiBase: this.apiBase || location.origin, token: this.token });
    }
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<div class="page" lang=${locale} dir=${directionOf(locale)}>
      ${this.portal.view === 'problem' ? this.renderProblem() : this.renderPortal(locale)}
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderProblem(): TemplateResult {
    const [title, body] = problemTexts[this.portal.problem ?? 'invalid'];
    return html`<div part="problem" class="problem card">
      <h1>${this.t(title)}</h1>
      <p>${this.t(body)}</p>
    </div>`;
  }

  private renderPortal(locale: Locale): TemplateResult {
    const { view, expiresAt, threads, selected } = this.portal;
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' });
    const withList = threads.length > 1 || this.portal.canCreate;
    const showingThread = Boolean(selected) || this.composing;
    return html`
      <header part="header" class="page-header">
        <h1 part="title">${this.t('portalTitle')}</h1>
        ${expiresAt ? html`<p>${this.t('portalExpires', { date: date.format(new Date(expiresAt)) })}</p>` : nothing}
      </header>
      <div class="content">
        ${notice(this.t, this.portal.notice, () => this.portal.dismissNotice())}
        ${
          view === 'loading'
            ? html`<p role="status">${this.t('loading')}</p>`
            : html`<div class="layout ${withList ? 'with-list' : ''} ${showingThread ? 'showing-thread' : ''}">
                ${withList ? this.renderThreadList() : nothing}
                ${
                  this.composing
                    ? this.renderNewThreadForm(withList)
                    : selected
                      ? this.renderConversation(selected, withList, locale)
                      : threads.length === 0
                        ? html`<p class="muted">${this.t('noConversations')}</p>`
                        : nothing
                }
              </div>`
        }
      </div>
    `;
  }

  private renderThreadList(): TemplateResult {
    return html`<nav part="threads" class="threads card" aria-labelledby="threads-title">
      <div class="section-head">
        <h2 id="threads-title">${this.t('conversations')}</h2>
        ${
          this.portal.canCreate
            ? html`<button type="button" class="secondary" @click=${() => this.compose(true)}>${this.t('newConversation')}</button>`
            : nothing
        }
      </div>
      <ul class="list">
        ${this.portal.threads.map(
          ({ thread }) => html`<li>
            <button
              type="button"
              class="row-button"
              aria-current=${thread.id === this.portal.selectedId ? 'true' : 'false'}
              @click=${() => this.open(thread.id)}
            >
              <span>${thread.subject}</span><span class="pill">${this.statusLabel(thread)}</span>
            </button>
          </li>`,
        )}
      </ul>
    </nav>`;
  }

  private renderConversation(entry: PortalThread, withList: boolean, locale: Locale): TemplateResult {
    const { thread } = entry;
    const header = html`<div class="thread-title">
      ${withList ? html`<button type="button" class="secondary back" @click=${() => this.open(null)}>${this.t('back')}</button>` : nothing}
      <h2 id="thread-title">${thread.subject}</h2>
      <span class="pill">${this.statusLabel(thread)}</span>
    </div>`;
    return html`<section part="conversation" class="conversation card" aria-labelledby="thread-title">
      <helpdock-conversation-view
        .t=${this.t}
        .locale=${locale}
        .messages=${entry.messages}
        .draft=${this.drafts.get(thread.id) ?? ''}
        ?closed=${thread.status === 'CLOSED'}
        .header=${header}
        .files=${this.portal.files}
        .draftFiles=${this.draftFiles}
        .footer=${html`<helpdock-typing-indicator .t=${this.t} ?active=${this.portal.typing.isTyping(thread.id)}></helpdock-typing-indicator>`}
        @helpdock-draft=${(event: CustomEvent<{ text: string }>) => {
          this.drafts.set(thread.id, event.detail.text);
          this.portal.typed(event.detail.text);
        }}
        @helpdock-send=${(event: HTMLElementEventMap['helpdock-send']) => this.onSend(thread.id, event.detail.text, event.detail.attachments)}
      ></helpdock-conversation-view>
    </section>`;
  }

  private renderNewThreadForm(withList: boolean): TemplateResult {
    return html`<section part="conversation" class="conversation card" aria-labelledby="new-thread-title">
      <div class="thread-title">
        ${withList ? html`<button type="button" class="secondary back" @click=${() => this.compose(false)}>${this.t('back')}</button>` : nothing}
        <h2 id="new-thread-title">${this.t('newConversation')}</h2>
      </div>
      <form part="form" novalidate @submit=${this.onCreate}>
        ${this.field('subject', 'fieldSubject', 'input')} ${this.field('message', 'fieldMessage', 'textarea')}
        <div class="actions">
          <button type="button" class="secondary" @click=${() => this.compose(false)}>${this.t('cancel')}</button>
          <button part="submit" class="primary" type="submit" ?disabled=${this.portal.busy}>
            ${this.portal.busy ? this.t('sending') : this.t('send')}
          </button>
        </div>
      </form>
    </section>`;
  }

  private field(
    name: 'subject' | 'message',
    label: 'fieldSubject' | 'fieldMessage',
    kind: 'input' | 'textarea',
  ): TemplateResult {
    return textField(this.t, {
      id: `new-${name}`,
      name,
      label,
      kind,
      value: this.newThread[name],
      error: this.formErrors[name],
      onInput: (value) => {
        this.newThread = { ...this.newThread, [name]: value };
        if (this.formErrors[name]) this.formErrors = this.validateNewThread();
      },
    });
  }

  private validateNewThread(): FieldErrors<'subject' | 'message'> {
    return validateTicketForm({ name: '', email: '', ...this.newThread }, false);
  }

  private statusLabel(thread: VisitorThread): string {
    return this.t(`status_${thread.status.toLowerCase() as Lowercase<VisitorThread['status']>}`);
  }

  private open(threadId: string | null): void {
    this.composing = false;
    this.portal.select(threadId);
  }

  private compose(show: boolean): void {
    this.composing = show;
    this.formErrors = {};
    if (show) this.portal.select(null);
  }

  private async onSend(
    threadId: string,
    text: string,
    attachments: readonly ChatAttachment[],
  ): Promise<void> {
    this.drafts.delete(threadId);
    this.draftFiles = [];
    if (!(await this.portal.reply(text, attachments))) {
      // Nothing is lost: the text and the uploaded files go back into the box to be sent again.
      this.drafts.set(threadId, text);
      this.draftFiles = attachments;
    }
    this.requestUpdate();
  }

  private async onCreate(event: Event): Promise<void> {
    event.preventDefault();
    this.formErrors = this.validateNewThread();
    if (Object.keys(this.formErrors).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    if (await this.portal.createThread(this.newThread)) {
      this.composing = false;
      this.newThread = { subject: '', message: '' };
    }
  }

  private emit<K extends keyof HelpdockPortalEventDetails>(
    name: K,
    detail: HelpdockPortalEventDetails[K],
  ): void {
    dispatchHelpdockEvent(this, name, detail);
  }
}

if (!customElements.get('helpdock-portal')) customElements.define('helpdock-portal', HelpdockPortal);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-portal': HelpdockPortal;
  }
}
