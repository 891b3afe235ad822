import { whatsappLink } from '@helpdock/sdk/lite';
import type { Ticket, TicketStatus } from '@helpdock/sdk/schemas';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { ChatMessage } from '../controller/conversation.js';
import { SupportController } from '../controller/support-controller.js';
import {
  type FieldError,
  type FieldErrors,
  type TicketFormValues,
  validateAttachment,
  validateTicketForm,
} from '../controller/validation.js';
import { dispatchHelpdockEvent, type HelpdockBubbleEventDetails } from '../events.js';
import {
  directionOf,
  type Locale,
  loadLocale,
  resolveLocale,
  type Translate,
  translator,
} from '../i18n/index.js';
import { bubbleStyles, controls, tokens } from './bubble.styles.js';
import { focusableIn, trapTab } from './focus.js';
import { icons } from './icons.js';

type FormField = keyof TicketFormValues;

/** Options of {@link HelpdockBubble.identify}. */
export interface IdentifyOptions {
  /** A customer's access token (a `customer` user's `access_token` from `POST /api/auth/login`). */
  customerToken: string;
}

/**
 * The Helpdock support bubble: a launcher button that opens a panel with the team's greeting, a
 * WhatsApp click-to-chat link, a ticket form and then the live conversation. Signed-in customers
 * ({@link HelpdockBubble.identify}) see their tickets instead.
 *
 * @tag helpdock-bubble
 *
 * @fires helpdock:ready - The public config loaded; the bubble is usable.
 * @fires helpdock:open - The panel opened.
 * @fires helpdock:close - The panel closed.
 * @fires helpdock:ticket-created - A conversation or ticket was created.
 * @fires helpdock:message - A support message arrived (`direction: 'in'`) or the visitor's was delivered (`'out'`).
 * @fires helpdock:error - Something failed; `detail.code` names the sentence shown.
 *
 * @csspart launcher - The round launcher button.
 * @csspart badge - The unread counter on the launcher.
 * @csspart panel - The panel (a dialog).
 * @csspart header - The panel's coloured header.
 * @csspart title - The header's title.
 * @csspart close-button - The header's close button.
 * @csspart body - The scrolling content area.
 * @csspart greeting - The greeting paragraph.
 * @csspart whatsapp - The WhatsApp click-to-chat link.
 * @csspart form - The ticket form.
 * @csspart submit - Submit buttons.
 * @csspart messages - The message list.
 * @csspart message - One message.
 * @csspart composer - The reply box.
 * @csspart notice - The error notice.
 *
 * @cssprop [--helpdock-accent=#4338ca] - Brand colour (launcher, header, own messages).
 * @cssprop [--helpdock-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--helpdock-font=system-ui] - Font family.
 * @cssprop [--helpdock-radius=16px] - Panel corner radius.
 * @cssprop [--helpdock-background=#ffffff] - Panel background.
 * @cssprop [--helpdock-foreground=#111827] - Text colour.
 * @cssprop [--helpdock-muted=#4b5563] - Secondary text.
 * @cssprop [--helpdock-border=#d1d5db] - Borders.
 * @cssprop [--helpdock-surface=#f3f4f6] - Cards (ticket list).
 * @cssprop [--helpdock-agent-bubble=#eef2ff] - Background of support's messages.
 * @cssprop [--helpdock-error=#b91c1c] - Error text.
 * @cssprop [--helpdock-focus-ring=#2563eb] - Keyboard focus outline.
 * @cssprop [--helpdock-offset=20px] - Distance from the viewport's corner.
 * @cssprop [--helpdock-z-index=2147483000] - Stacking order.
 *
 * @example
 * ```html
 * <helpdock-bubble api-base="https://support.example.com" site-key="pk_acme_demo"></helpdock-bubble>
 * ```
 */
export class HelpdockBubble extends LitElement {
  /** Constructable stylesheets (CSP-safe): design tokens, form controls, bubble layout. */
  static override styles = [tokens, controls, bubbleStyles];

  /** Origin of the Helpdock API (default: the page's origin). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** The tenant's public site key (`X-Site-Key`); the default tenant when empty. */
  @property({ attribute: 'site-key' }) siteKey = '';
  /** Corner of the viewport: `right` (default) or `left`. */
  @property({ reflect: true }) position: 'right' | 'left' = 'right';
  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Language of the texts (`en`, `pt-BR`, `es`, `vi`, `bn`, `hi`); default: the page's `lang` or the browser's. */
  @property() locale = '';
  /** Greeting shown at the top of the panel, replacing the translated default. */
  @property() greeting = '';
  /** Text prefilled in WhatsApp, replacing the translated default. */
  @property({ attribute: 'whatsapp-text' }) whatsappText = '';
  /** Whether the panel is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  @state() private formErrors: FieldErrors<FormField> = {};
  @state() private ticketFileError: FieldError | undefined;
  @state() private composingTicket = false;
  @state() private announcement = '';
  @state() private rating = 0;

  @query('.panel') private panel!: HTMLElement | null;
  @query('.launcher') private launcher!: HTMLButtonElement | null;
  @query('.messages') private messageList!: HTMLElement | null;

  private readonly support = new SupportController(this, {
    emit: (name, detail) => dispatchHelpdockEvent(this, name, detail),
    announce: (text) => {
      this.announcement = this.t('newMessageFrom', { text });
    },
  });
  private ticketFile: File | null = null;
  private focusOnRender: 'panel' | 'launcher' | null = null;
  private pendingToggle: 'open' | 'close' | null = null;

  /** Opens the panel. */
  show(): void {
    this.open = true;
  }

  /** Closes the panel. */
  hide(): void {
    this.open = false;
  }

  /** Opens the panel when closed, closes it when open. */
  toggle(): void {
    this.open = !this.open;
  }

  /**
   * Signs a customer in: the panel then lists their tickets and lets them open one, reply and rate
   * resolved ones. The token stays in memory only; call this on every page load.
   */
  identify(options: IdentifyOptions): Promise<void> {
    return this.support.identify(options.customerToken);
  }

  /** Forgets the visitor (conversation, sign-in, drafts, queued messages): call on sign-out. */
  reset(): void {
    this.formErrors = {};
    this.composingTicket = false;
    this.support.reset();
  }

  /** Agent messages received while the panel was closed. */
  get unreadCount(): number {
    return this.support.unread;
  }

  private get resolvedLocale(): Locale {
    return resolveLocale(this.locale || document.documentElement.lang || navigator.language);
  }

  private t: Translate = translator('en');

  /** Translates with `locale` now (English until its strings arrive) and again once they have loaded. */
  private useLocale(locale: Locale): void {
    this.t = translator(locale);
    void loadLocale(locale).then(() => {
      if (this.resolvedLocale !== locale) return;
      this.t = translator(locale);
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.useLocale(this.resolvedLocale);
    if (changed.has('apiBase') || changed.has('siteKey') || !this.hasUpdated) {
      this.support.connect({ apiBase: this.apiBase || location.origin, siteKey: this.siteKey || undefined });
    }
    if (changed.has('open') && (this.hasUpdated || this.open)) {
      this.support.setPanelOpen(this.open);
      this.pendingToggle = this.open ? 'open' : 'close';
      // An `open` attribute in the page's HTML must not steal focus on load.
      if (this.hasUpdated) this.focusOnRender = this.open ? 'panel' : 'launcher';
    }
  }

  protected override updated(): void {
    if (this.pendingToggle) {
      this.emit(this.pendingToggle, {});
      this.pendingToggle = null;
    }
    if (this.focusOnRender === 'panel' && this.panel) {
      this.focusOnRender = null;
      this.focusFirst();
    } else if (this.focusOnRender === 'launcher' && this.launcher) {
      this.focusOnRender = null;
      // Only pull focus back when it was inside the bubble; closing from the page API must not steal it.
      if (this.matches(':focus-within') || document.activeElement === document.body) this.launcher.focus();
    }
    if (this.messageList) this.messageList.scrollTop = this.messageList.scrollHeight;
  }

  protected override render(): TemplateResult | typeof nothing {
    const view = this.support.view;
    if (view === 'hidden') return nothing;
    const locale = this.resolvedLocale;
    const unread = this.support.unread;
    const launcherLabel = this.open
      ? this.t('launcherClose')
      : unread > 0
        ? `${this.t('launcherOpen')} (${this.t('unreadBadge', { count: unread })})`
        : this.t('launcherOpen');
    return html`
      <div class="root" lang=${locale} dir=${directionOf(locale)} @keydown=${this.onKeydown}>
        ${this.open ? this.renderPanel() : nothing}
        <button
          part="launcher"
          class="launcher"
          type="button"
          aria-label=${launcherLabel}
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls="helpdock-panel"
          @click=${this.toggle}
        >
          ${this.open ? icons.close : icons.chat}
          ${unread > 0 && !this.open ? html`<span part="badge" class="badge" aria-hidden="true">${unread}</span>` : nothing}
        </button>
        <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderPanel(): TemplateResult {
    return html`
      <div
        part="panel"
        class="panel"
        id="helpdock-panel"
        role="dialog"
        aria-modal=${this.isSmallScreen() ? 'true' : 'false'}
        aria-labelledby="helpdock-title"
      >
        <div part="header" class="header">
          ${
            this.support.view === 'ticket' || (this.support.view === 'tickets' && this.composingTicket)
              ? html`<button type="button" class="icon-button" aria-label=${this.t('back')} @click=${this.goBack}>
                ${icons.back}
              </button>`
              : nothing
          }
          <h2 part="title" id="helpdock-title">${this.t('panelTitle')}</h2>
          <button part="close-button" type="button" class="icon-button" aria-label=${this.t('close')} @click=${this.hide}>
            ${icons.close}
          </button>
        </div>
        ${this.renderView()}
      </div>
    `;
  }

  private renderView(): TemplateResult {
    switch (this.support.view) {
      case 'loading':
        return html`<div part="body" class="body"><p role="status">${this.t('loading')}</p></div>`;
      case 'conversation':
        return this.renderConversation();
      case 'tickets':
        return html`<div part="body" class="body">
          ${this.renderNotice()} ${this.composingTicket ? this.renderTicketForm() : this.renderTicketList()}
        </div>`;
      case 'ticket':
        return this.renderTicket();
      default:
        return html`<div part="body" class="body">${this.renderNotice()} ${this.renderWelcome()}</div>`;
    }
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.support.notice;
    if (!notice) return nothing;
    return html`<p part="notice" class="notice" role="alert">
      <span>${this.t(notice)}</span>
      <button type="button" class="icon-button" aria-label=${this.t('close')} @click=${() => this.support.dismissNotice()}>
        ${icons.close}
      </button>
    </p>`;
  }

  private renderWelcome(): TemplateResult {
    const number = this.support.config?.whatsapp_number;
    return html`
      <p part="greeting" class="greeting">${this.greeting || this.t('greeting')}</p>
      ${
        number
          ? html`<a
              part="whatsapp"
              class="whatsapp"
              href=${whatsappLink(number, this.whatsappText || this.t('whatsappText'))}
              target="_blank"
              rel="noopener noreferrer"
              >${icons.whatsapp}<span>${this.t('whatsappButton')}</span></a
            >
            <p class="divider">${this.t('orWriteUs')}</p>`
          : nothing
      }
      <form part="form" novalidate @submit=${this.onSubmitTicket} aria-label=${this.t('orWriteUs')}>
        ${this.textField('name', 'fieldName', 'input', 'name')} ${this.textField('email', 'fieldEmail', 'input', 'email')}
        ${this.textField('subject', 'fieldSubject', 'input')} ${this.textField('message', 'fieldMessage', 'textarea')}
        <div class="actions">
          <button part="submit" class="primary" type="submit" ?disabled=${this.support.busy}>
            ${this.support.busy ? this.t('sending') : this.t('send')}
          </button>
        </div>
      </form>
    `;
  }

  private textField(
    field: FormField,
    label: 'fieldName' | 'fieldEmail' | 'fieldSubject' | 'fieldMessage',
    kind: 'input' | 'textarea',
    autocomplete?: 'name' | 'email',
    draftPrefix = 'form',
  ): TemplateResult {
    const id = `${draftPrefix}-${field}`;
    const error = this.formErrors[field];
    const value = this.support.drafts?.get(`${draftPrefix}:${field}`) ?? '';
    const onInput = (event: Event): void => this.onFieldInput(draftPrefix, field, event);
    const describedBy = error ? `${id}-error` : undefined;
    return html`<div class="field">
      <label for=${id}>${this.t(label)}</label>
      ${
        kind === 'textarea'
          ? html`<textarea
            id=${id}
            name=${field}
            rows="3"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy ?? nothing}
            .value=${live(value)}
            @input=${onInput}
          ></textarea>`
          : html`<input
            id=${id}
            name=${field}
            type=${field === 'email' ? 'email' : 'text'}
            autocomplete=${autocomplete ?? 'off'}
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${describedBy ?? nothing}
            .value=${live(value)}
            @input=${onInput}
          />`
      }
      ${error ? html`<p class="error" id=${`${id}-error`}>${this.t(error.key, error.values)}</p>` : nothing}
    </div>`;
  }

  private renderConversation(): TemplateResult {
    const status = this.support.threadStatus;
    const finished = status === 'RESOLVED' || status === 'CLOSED';
    return html`
      <div part="body" class="body">
        ${this.renderNotice()} ${this.renderMessages(this.support.messages)}
        ${
          finished
            ? html`<p class="status">
              <button type="button" class="link" @click=${this.startOver}>${this.t('startNew')}</button>
            </p>`
            : nothing
        }
      </div>
      ${status === 'CLOSED' ? nothing : this.renderComposer(`reply:thread:${this.support.conversationId}`)}
    `;
  }

  private renderMessages(messages: ChatMessage[]): TemplateResult {
    const time = new Intl.DateTimeFormat(this.resolvedLocale, { hour: 'numeric', minute: '2-digit' });
    return html`<ol part="messages" class="messages" aria-label=${this.t('conversationLabel')}>
      ${messages.map(
        (message) => html`<li part="message" class="message ${message.author} ${message.state}">
          <span class="sr-only">${this.authorName(message)}:</span>
          <p class="text">${message.text}</p>
          <span class="meta">
            ${
              message.state === 'sent'
                ? time.format(new Date(message.createdAt))
                : message.state === 'pending'
                  ? this.t('pending')
                  : html`${this.t('failed')}<button type="button" class="link" @click=${() => this.support.retry(message.id)}>
                      ${this.t('retry')}
                    </button>`
            }
          </span>
        </li>`,
      )}
    </ol>`;
  }

  private authorName(message: ChatMessage): string {
    return message.author === 'me'
      ? this.t('you')
      : message.author === 'agent'
        ? this.t('agent')
        : this.t('system');
  }

  private renderComposer(draftKey: string): TemplateResult {
    return html`<form part="composer" class="composer" novalidate @submit=${(e: Event) => this.onReply(e, draftKey)}>
      <label class="sr-only" for="helpdock-reply">${this.t('replyLabel')}</label>
      <textarea
        id="helpdock-reply"
        rows="1"
        placeholder=${this.t('replyPlaceholder')}
        .value=${live(this.support.drafts?.get(draftKey) ?? '')}
        @input=${(e: Event) => this.support.drafts?.set(draftKey, (e.target as HTMLTextAreaElement).value)}
        @keydown=${this.onReplyKeydown}
      ></textarea>
      <button part="submit" class="primary" type="submit" aria-label=${this.t('send')}>${icons.send}</button>
    </form>`;
  }

  private renderTicketList(): TemplateResult {
    const tickets = this.support.tickets;
    return html`
      <div class="section-head">
        <h3>${this.t('myTickets')}</h3>
        <button type="button" class="secondary" @click=${() => this.showTicketForm(true)}>${this.t('newTicket')}</button>
      </div>
      ${
        tickets.length === 0
          ? html`<p class="hint">${this.t('noTickets')}</p>`
          : html`<ul class="tickets">
            ${tickets.map(
              (ticket: Ticket) => html`<li>
                <button type="button" class="ticket-button" @click=${() => this.openTicket(ticket.id)}>
                  <span>${ticket.title}</span><span class="pill">${this.statusLabel(ticket.status)}</span>
                </button>
              </li>`,
            )}
          </ul>`
      }
    `;
  }

  private renderTicketForm(): TemplateResult {
    const fileId = 'ticket-attachment';
    return html`<form part="form" novalidate @submit=${this.onSubmitCustomerTicket} aria-label=${this.t('newTicket')}>
      ${this.textField('subject', 'fieldSubject', 'input', undefined, 'ticket')}
      ${this.textField('message', 'fieldMessage', 'textarea', undefined, 'ticket')}
      <div class="field">
        <label for=${fileId}>${this.t('fieldAttachment')}</label>
        <input
          id=${fileId}
          type="file"
          accept="image/png,image/jpeg,image/gif,image/webp,application/pdf,text/plain,text/csv"
          aria-invalid=${this.ticketFileError ? 'true' : 'false'}
          aria-describedby=${this.ticketFileError ? `${fileId}-error` : nothing}
          @change=${this.onFileChange}
        />
        ${this.ticketFileError ? html`<p class="error" id=${`${fileId}-error`}>${this.t(this.ticketFileError.key)}</p>` : nothing}
      </div>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => this.showTicketForm(false)}>${this.t('cancel')}</button>
        <button part="submit" class="primary" type="submit" ?disabled=${this.support.busy}>
          ${this.support.busy ? this.t('sending') : this.t('send')}
        </button>
      </div>
    </form>`;
  }

  private renderTicket(): TemplateResult {
    const ticket = this.support.ticket!;
    return html`
      <div part="body" class="body">
        ${this.renderNotice()}
        <h3 class="subject">${ticket.title}</h3>
        <p class="status">${this.statusLabel(ticket.status)}</p>
        ${this.renderMessages(this.support.messages)} ${this.renderRating(ticket.status)}
      </div>
      ${ticket.status === 'closed' ? nothing : this.renderComposer(`reply:ticket:${ticket.id}`)}
    `;
  }

  private renderRating(status: TicketStatus): TemplateResult | typeof nothing {
    const ticket = this.support.ticket!;
    if (!SupportController.canRate(status)) return nothing;
    if (ticket.feedback) return html`<p class="rating" role="status">${this.t('rateThanks')}</p>`;
    return html`<form class="rating" novalidate @submit=${this.onRate}>
      <fieldset class="field">
        <legend>${this.t('ratePrompt')}</legend>
        <div class="stars">
          ${[1, 2, 3, 4, 5].map(
            (n) => html`<label>
              <input class="sr-only" type="radio" name="rating" .value=${String(n)} @change=${() => (this.rating = n)} />
              <span class="star ${n <= this.rating ? 'on' : ''}" aria-hidden="true">${n <= this.rating ? '★' : '☆'}</span>
              <span class="sr-only">${this.t('rateStar', { n })}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="rating-comment">${this.t('rateComment')}</label>
        <textarea id="rating-comment" name="comment" rows="2"></textarea>
      </div>
      <div class="actions">
        <button class="primary" type="submit" ?disabled=${this.rating === 0 || this.support.busy}>${this.t('rateSubmit')}</button>
      </div>
    </form>`;
  }

  private statusLabel(status: TicketStatus): string {
    return this.t(`status_${status}`);
  }

  private onFieldInput(prefix: string, field: FormField, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.support.drafts?.set(`${prefix}:${field}`, value);
    if (this.formErrors[field]) this.formErrors = this.validate(prefix);
  }

  private validate(prefix: string): FieldErrors<FormField> {
    return validateTicketForm(this.formValues(prefix), prefix === 'form');
  }

  private formValues(prefix: string): TicketFormValues {
    const get = (field: FormField): string => this.support.drafts?.get(`${prefix}:${field}`) ?? '';
    return { name: get('name'), email: get('email'), subject: get('subject'), message: get('message') };
  }

  private async onSubmitTicket(event: Event): Promise<void> {
    event.preventDefault();
    this.formErrors = this.validate('form');
    if (this.focusFirstError()) return;
    if (await this.support.submitTicket(this.formValues('form'))) this.refocus();
  }

  private async onSubmitCustomerTicket(event: Event): Promise<void> {
    event.preventDefault();
    this.formErrors = this.validate('ticket');
    if (this.focusFirstError() || this.ticketFileError) return;
    const values = this.formValues('ticket');
    const created = await this.support.createTicket({
      subject: values.subject,
      message: values.message,
      file: this.ticketFile,
    });
    if (created) {
      this.composingTicket = false;
      this.ticketFile = null;
      this.refocus();
    }
  }

  private onFileChange(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.ticketFile = file;
    this.ticketFileError = file ? validateAttachment(file) : undefined;
  }

  private onReply(event: Event, draftKey: string): void {
    event.preventDefault();
    const text = this.support.drafts?.get(draftKey) ?? '';
    if (!text.trim()) return;
    this.support.reply(text);
    this.requestUpdate();
  }

  private onReplyKeydown(event: KeyboardEvent): void {
    // Enter sends, Shift+Enter adds a line; composing IME text (Vietnamese, Hindi…) is left alone.
    if (event.key !== 'Enter' || event.shiftKey || event.isComposing) return;
    event.preventDefault();
    (event.target as HTMLTextAreaElement).form?.requestSubmit();
  }

  private async onRate(event: Event): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const comment = (form.elements.namedItem('comment') as HTMLTextAreaElement | null)?.value ?? '';
    if (this.rating > 0 && (await this.support.rate(this.rating, comment))) this.rating = 0;
  }

  private async openTicket(ticketId: string): Promise<void> {
    if (await this.support.openTicket(ticketId)) this.refocus();
  }

  private showTicketForm(show: boolean): void {
    this.composingTicket = show;
    this.formErrors = {};
    this.ticketFileError = undefined;
    this.refocus();
  }

  private goBack(): void {
    if (this.support.view === 'ticket') this.support.closeTicket();
    else this.composingTicket = false;
    this.refocus();
  }

  private startOver(): void {
    this.support.startOver();
    this.refocus();
  }

  /** Escape closes from anywhere in the bubble (launcher included); Tab stays in the panel on phones. */
  private onKeydown(event: KeyboardEvent): void {
    if (!this.open) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.hide();
      return;
    }
    if (this.isSmallScreen() && this.panel)
      trapTab(event, this.panel, this.shadowRoot?.activeElement ?? null);
  }

  private isSmallScreen(): boolean {
    return globalThis.matchMedia?.('(max-width: 480px)').matches ?? false;
  }

  /** Moves focus to the panel's first field after the next render (the view changed under it). */
  private refocus(): void {
    this.focusOnRender = 'panel';
    this.requestUpdate();
  }

  /** Focuses the first field of the panel's content (the header's buttons come last). */
  private focusFirst(): void {
    const panel = this.panel;
    if (!panel) return;
    const body = panel.querySelector<HTMLElement>('.body');
    const target =
      panel.querySelector<HTMLElement>('#helpdock-reply') ??
      (body ? focusableIn(body)[0] : undefined) ??
      focusableIn(panel)[0];
    target?.focus();
  }

  private focusFirstError(): boolean {
    const first = this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]');
    if (Object.keys(this.formErrors).length === 0) return false;
    void this.updateComplete.then(() =>
      (this.shadowRoot?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? first)?.focus(),
    );
    return true;
  }

  private emit<K extends keyof HelpdockBubbleEventDetails>(
    name: K,
    detail: HelpdockBubbleEventDetails[K],
  ): void {
    dispatchHelpdockEvent(this, name, detail);
  }
}

if (!customElements.get('helpdock-bubble')) customElements.define('helpdock-bubble', HelpdockBubble);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-bubble': HelpdockBubble;
  }
}
