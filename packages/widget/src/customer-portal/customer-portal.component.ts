import type { TicketDetail, TicketStatus } from '@helpdock/sdk/schemas';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ChatAttachment } from '../core/attachments.js';
import { dispatchHelpdockEvent } from '../events.js';
import { directionOf, type Locale, resolveLocale } from '../i18n/index.js';
import { type PageTranslate, pageTranslator } from '../i18n/pages/index.js';
import type { HelpdockCustomerPortalEventDetails } from '../page-events.js';
import { controls } from '../styles/controls.styles.js';
import { pageStyles } from '../styles/page.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { composerStyles } from '../views/composer/composer.styles.js';
import '../views/conversation-view/conversation-view.component.js';
import '../views/typing-indicator/typing-indicator.component.js';
import { conversationViewStyles } from '../views/conversation-view/conversation-view.styles.js';
import { notice } from '../views/shared/notice.js';
import { ratingForm } from '../views/shared/rating-form.js';
import { ratingFormStyles } from '../views/shared/rating-form.styles.js';
import '../views/ticket-list/ticket-list.component.js';
import { ticketListStyles } from '../views/ticket-list/ticket-list.styles.js';
import { CallFormController } from './call-form.controller.js';
import { CustomerController } from './customer-portal.controller.js';
import { customerPortalStyles } from './customer-portal.styles.js';
import { KbController } from './kb.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { callSection, helpSection, notificationsSection, type SectionContext } from './sections.js';

/** The dashboard's sections, one shown at a time. */
export type CustomerPortalSection = 'tickets' | 'call' | 'notifications' | 'help';

const sections: readonly [
  CustomerPortalSection,
  'navTickets' | 'navCall' | 'navNotifications' | 'navHelp',
][] = [
  ['tickets', 'navTickets'],
  ['call', 'navCall'],
  ['notifications', 'navNotifications'],
  ['help', 'navHelp'],
];

const statuses: readonly TicketStatus[] = ['open', 'pending', 'resolved', 'closed'];

/**
 * Seed 003's customer dashboard for a signed-in customer: ticket stats, the ticket list with a
 * status filter and pages, a ticket with live messages, replies with uploads and a rating once
 * resolved, "request a call" (now or scheduled), notifications with an unread count, and
 * knowledge-base search with articles read in place.
 *
 * Give it the customer's access token through the {@link HelpdockCustomerPortal.accessToken}
 * property (never an attribute: the token must not sit in the DOM).
 *
 * @tag helpdock-customer-portal
 *
 * @fires helpdock:customer-portal-ready - The customer's profile loaded (`detail.customerId`).
 * @fires helpdock:session-expired - The access token was refused; sign the customer in again.
 * @fires helpdock:ticket-created - A ticket was opened (`detail.ticketId`).
 * @fires helpdock:message - A support message arrived (`direction: 'in'`) or the customer's was stored (`'out'`).
 * @fires helpdock:call-requested - A call request was accepted.
 * @fires helpdock:notification-read - A notification was marked as read.
 * @fires helpdock:feedback-sent - A ticket was rated.
 * @fires helpdock:error - Something failed; `detail.code` names the sentence shown.
 *
 * @csspart header - The page's coloured header.
 * @csspart title - The page's title.
 * @csspart nav - The section tabs.
 * @csspart stats - The ticket counts.
 * @csspart tickets - The ticket list.
 * @csspart conversation - The open ticket.
 * @csspart messages - The message list.
 * @csspart message - One message.
 * @csspart composer - The reply box.
 * @csspart form - Forms (call request, rating).
 * @csspart submit - Submit buttons.
 * @csspart notice - The error notice.
 *
 * @cssprop [--helpdock-accent=#4338ca] - Brand colour (header, own messages, buttons).
 * @cssprop [--helpdock-accent-contrast=#ffffff] - Text on the accent colour.
 * @cssprop [--helpdock-font=system-ui] - Font family.
 * @cssprop [--helpdock-radius=16px] - Corner radius of cards.
 * @cssprop [--helpdock-background=#ffffff] - Page background.
 * @cssprop [--helpdock-foreground=#111827] - Text colour.
 * @cssprop [--helpdock-muted=#4b5563] - Secondary text.
 * @cssprop [--helpdock-border=#d1d5db] - Borders.
 * @cssprop [--helpdock-surface=#f3f4f6] - Ticket list entries and stats.
 * @cssprop [--helpdock-agent-bubble=#eef2ff] - Background of support's messages.
 * @cssprop [--helpdock-error=#b91c1c] - Error text and the unread counter.
 * @cssprop [--helpdock-focus-ring=#2563eb] - Keyboard focus outline.
 *
 * @example
 * ```ts
 * const portal = document.createElement('helpdock-customer-portal');
 * portal.apiBase = 'https://support.example.com';
 * portal.accessToken = login.access_token;
 * document.body.append(portal);
 * ```
 */
export class HelpdockCustomerPortal extends LitElement {
  /** Constructable stylesheets (CSP-safe): the bubble's tokens and controls, the page layout. */
  static override styles = [
    tokens,
    controls,
    conversationViewStyles,
    composerStyles,
    ticketListStyles,
    ratingFormStyles,
    pageStyles,
    customerPortalStyles,
  ];

  /** The customer's access token (`access_token` of `POST /api/auth/login`); a property only. */
  @property({ attribute: false }) accessToken = '';
  /** Origin of the Helpdock API (default: the page's origin). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Language of the texts (`en`, `pt-BR`, `es`, `vi`, `bn`, `hi`); default: the page's `lang` or the browser's. */
  @property() locale = '';
  /** The section shown. */
  @property({ reflect: true }) section: CustomerPortalSection = 'tickets';

  @state() private announcement = '';
  @state() private rating = 0;

  private readonly customer: CustomerController = new CustomerController(this, {
    emit: (name, detail) => this.emit(name, detail),
    announce: (text) => {
      this.announcement = this.t('newMessageFrom', { text });
    },
    onLiveEvent: () => void this.notifications.load(),
  });
  private readonly notifications = new NotificationsController(this, this.customer);
  private readonly kb = new KbController(this, this.customer);
  private readonly callForm = new CallFormController(this, this.customer);
  /** Uploaded files of a reply that failed, put back in the composer. */
  private draftFiles: readonly ChatAttachment[] = [];
  /** Reply drafts by ticket, kept while the page is open (a failed send puts its text back). */
  private readonly drafts = new Map<string, string>();
  private t: PageTranslate = pageTranslator('en');

  private get resolvedLocale(): Locale {
    return resolveLocale(this.locale || document.documentElement.lang || navigator.language);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.t = pageTranslator(this.resolvedLocale);
    if (changed.has('accessToken') || changed.has('apiBase')) {
      this.customer.connect(this.apiBase || location.origin, this.accessToken);
      void this.notifications.load();
    }
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    const { profile, expired } = this.customer;
    return html`<div class="page" lang=${locale} dir=${directionOf(locale)}>
      <header part="header" class="page-header">
        <h1 part="title">${this.t('dashboardTitle')}</h1>
        ${profile ? html`<p>${this.t('hello', { name: profile.name })}</p>` : nothing}
      </header>
      ${
        !this.accessToken || expired
          ? html`<div class="content"><p class="card" role="status">${this.t(expired ? 'sessionExpired' : 'signInFirst')}</p></div>`
          : html`${this.renderNav()}<div class="content">${notice(this.t, this.customer.notice, () => this.customer.dismissNotice())} ${this.renderSection(locale)}</div>`
      }
      <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderNav(): TemplateResult {
    const unread = this.notifications.unreadCount;
    return html`<nav part="nav" class="tabs" aria-label=${this.t('sections')}>
      ${sections.map(
        ([name, label]) => html`<button
          type="button"
          class="tab"
          aria-current=${this.section === name ? 'page' : 'false'}
          @click=${() => this.show(name)}
        >
          ${this.t(label)}
          ${
            name === 'notifications' && unread > 0
              ? html`<span class="count">${unread}<span class="sr-only"> ${this.t('unread')}</span></span>`
              : nothing
          }
        </button>`,
      )}
    </nav>`;
  }

  private renderSection(locale: Locale): TemplateResult {
    const ctx: SectionContext = { t: this.t, locale, busy: this.customer.busy };
    switch (this.section) {
      case 'call':
        return callSection(ctx, this.callForm, this.customer.tickets, (e) => this.onCall(e));
      case 'notifications':
        return notificationsSection(ctx, this.notifications, (id) => this.onRead(id));
      case 'help':
        return helpSection(ctx, this.kb, (e) => this.onSearch(e));
      default:
        return this.customer.ticket
          ? this.renderTicket(this.customer.ticket, locale)
          : this.renderTickets(locale);
    }
  }

  private renderStats(): TemplateResult | typeof nothing {
    const stats = this.customer.profile?.stats;
    if (!stats) return nothing;
    return html`<dl part="stats" class="stats">
      <div><dt>${this.t('statTotal')}</dt><dd>${stats.totalTickets}</dd></div>
      <div><dt>${this.t('statOpen')}</dt><dd>${stats.openTickets}</dd></div>
      <div><dt>${this.t('statResolved')}</dt><dd>${stats.resolvedTickets}</dd></div>
    </dl>`;
  }

  private renderTickets(locale: Locale): TemplateResult {
    const { tickets, hasMore, busy, statusFilter } = this.customer;
    return html`${this.renderStats()}
      <section part="tickets" class="card" aria-labelledby="tickets-title">
        <div class="section-head">
          <h2 id="tickets-title">${this.t('myTickets')}</h2>
          <div class="filter">
            <label for="status-filter">${this.t('filterStatus')}</label>
            <select id="status-filter" @change=${this.onFilter}>
              <option value="" ?selected=${statusFilter === null}>${this.t('filterAll')}</option>
              ${statuses.map((s) => html`<option value=${s} ?selected=${statusFilter === s}>${this.t(`status_${s}`)}</option>`)}
            </select>
          </div>
        </div>
        <helpdock-ticket-list
          .t=${this.t}
          .locale=${locale}
          .tickets=${tickets}
          @helpdock-select=${(event: CustomEvent<{ ticketId: string }>) => this.customer.open(event.detail.ticketId)}
        ></helpdock-ticket-list>
        ${hasMore ? html`<div class="actions"><button type="button" class="secondary" ?disabled=${busy} @click=${() => this.customer.loadMore()}>${this.t('loadMore')}</button></div>` : nothing}
      </section>`;
  }

  private renderTicket(ticket: TicketDetail, locale: Locale): TemplateResult {
    const header = html`<div class="ticket-head">
      <button type="button" class="secondary" @click=${() => this.customer.closeTicket()}>${this.t('back')}</button>
      <h2 id="ticket-title">${ticket.title}</h2>
      <span class="pill">${this.t(`status_${ticket.status}`)}</span>
    </div>`;
    const footer = html`<helpdock-typing-indicator .t=${this.t} ?active=${this.customer.typing.isTyping(ticket.id)}></helpdock-typing-indicator>
    ${
      ticket.status === 'resolved' || ticket.status === 'closed'
        ? ratingForm(
            this.t,
            ticket.feedback !== null,
            this.rating,
            this.customer.busy,
            (rating) => {
              this.rating = rating;
            },
            async (comment) => {
              if (await this.customer.rate(this.rating, comment)) this.rating = 0;
            },
          )
        : nothing
    }`;
    return html`<section part="conversation" class="card" aria-labelledby="ticket-title">
      <helpdock-conversation-view
        .t=${this.t}
        .locale=${locale}
        .messages=${this.customer.messages}
        .draft=${this.drafts.get(ticket.id) ?? ''}
        ?closed=${ticket.status === 'closed'}
        .header=${header}
        .footer=${footer}
        .files=${this.customer.files}
        .draftFiles=${this.draftFiles}
        @helpdock-draft=${(event: CustomEvent<{ text: string }>) => {
          this.drafts.set(ticket.id, event.detail.text);
          this.customer.typed(event.detail.text);
        }}
        @helpdock-send=${(event: HTMLElementEventMap['helpdock-send']) => this.onSend(ticket.id, event.detail.text, event.detail.attachments)}
      ></helpdock-conversation-view>
    </section>`;
  }

  private async onSend(
    ticketId: string,
    text: string,
    attachments: readonly ChatAttachment[],
  ): Promise<void> {
    this.drafts.delete(ticketId);
    this.draftFiles = [];
    if (!(await this.customer.reply(text, attachments))) {
      // Nothing is lost: the text and the uploaded files go back into the box to be sent again.
      this.drafts.set(ticketId, text);
      this.draftFiles = attachments;
    }
    this.requestUpdate();
  }

  private show(section: CustomerPortalSection): void {
    this.section = section;
    if (section === 'notifications') void this.notifications.load();
  }

  private onFilter(event: Event): void {
    const value = (event.target as HTMLSelectElement).value as TicketStatus | '';
    void this.customer.filter(value === '' ? null : value);
  }

  private async onCall(event: Event): Promise<void> {
    event.preventDefault();
    if (!(await this.callForm.submit())) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }

  private async onRead(id: string): Promise<void> {
    if (await this.notifications.markRead(id)) this.emit('notification-read', { notificationId: id });
  }

  private onSearch(event: Event): void {
    event.preventDefault();
    const q = new FormData(event.target as HTMLFormElement).get('q');
    void this.kb.search(String(q ?? ''));
  }

  private emit<K extends keyof HelpdockCustomerPortalEventDetails>(
    name: K,
    detail: HelpdockCustomerPortalEventDetails[K],
  ): void {
    dispatchHelpdockEvent(this, name, detail);
  }
}

if (!customElements.get('helpdock-customer-portal'))
  customElements.define('helpdock-customer-portal', HelpdockCustomerPortal);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-customer-portal': HelpdockCustomerPortal;
  }
}
