import { css, html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../views/shared/light-element.js';
import '../anonymous-chat/anonymous-chat.component.js';
import type { HelpdockAnonymousChat } from '../anonymous-chat/anonymous-chat.component.js';
import '../customer-tickets/customer-tickets.component.js';
import type { HelpdockCustomerTickets } from '../customer-tickets/customer-tickets.component.js';
import { customerTicketsStyles } from '../customer-tickets/customer-tickets.styles.js';
import { dispatchHelpdockEvent, type HelpdockBubbleEventDetails } from '../events.js';
import {
  directionOf,
  type Locale,
  loadLocale,
  resolveLocale,
  type Translate,
  translator,
} from '../i18n/index.js';
import { icons } from '../icons/icons.js';
import { SiteLauncherController } from '../launcher/site-launcher.controller.js';
import { controls } from '../styles/controls.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { composerStyles } from '../views/composer/composer.styles.js';
import { conversationViewStyles } from '../views/conversation-view/conversation-view.styles.js';
import { helpArticleStyles } from '../views/help-article/help-article.styles.js';
import { helpArticlesStyles } from '../views/help-articles/help-articles.styles.js';
import { ratingFormStyles } from '../views/shared/rating-form.styles.js';
import { ticketListStyles } from '../views/ticket-list/ticket-list.styles.js';
import { BubbleController } from './bubble.controller.js';
import { bubbleStyles } from './bubble.styles.js';
import { focusableIn, trapTab } from './focus.js';
import { HostIdentity, type IdentifyOptions } from './host-identity.js';
import { welcome } from './welcome.js';
import { welcomeStyles } from './welcome.styles.js';

export type { IdentifyOptions } from './host-identity.js';

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
 * @fires helpdock:unread - The unread count changed; `detail.count` is the new count.
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
 * @csspart availability - The reply time, or the away note and when support is back.
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
  /** Constructable stylesheets (CSP-safe): design tokens, form controls, then each view's layout. */
  static override styles = [
    tokens,
    controls,
    bubbleStyles,
    welcomeStyles,
    conversationViewStyles,
    composerStyles,
    ticketListStyles,
    customerTicketsStyles,
    ratingFormStyles,
    helpArticlesStyles,
    helpArticleStyles,
    // `hide()`: gone, whatever display the page gives the element.
    css`
      :host([hidden]) {
        display: none !important;
      }
    `,
  ];

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
  /**
   * CSS selector of the site's own launcher elements (now or added later): clicking one opens or
   * closes the panel, and they get `aria-expanded`. The built-in launcher is not drawn then.
   */
  @property() launcher = '';

  @state() private announcement = '';

  private find<E extends Element>(selector: string): E | null {
    return this.renderRoot.querySelector<E>(selector);
  }

  private get panel(): HTMLElement | null {
    return this.find('.panel');
  }

  private get customer(): HelpdockCustomerTickets | null {
    return this.find('helpdock-customer-tickets');
  }

  private readonly bubble = new BubbleController(this, {
    emit: (name, detail) => dispatchHelpdockEvent(this, name, detail),
    announce: (text) => {
      this.announcement = this.t('newMessageFrom', { text });
    },
  });
  private readonly hostIdentity = new HostIdentity(this.bubble.base);
  private readonly siteLauncher = new SiteLauncherController(this);
  private focusOnRender: 'panel' | 'launcher' | null = null;
  /** The panel opened (and took focus) before the config arrived: focus its first field once it has. */
  private focusWhenLoaded = false;
  private pendingToggle: 'open' | 'close' | null = null;
  private reportedUnread = 0;
  private localeLoading: Promise<void> = Promise.resolve();

  /** Shows the bubble again after {@link HelpdockBubble.hide}. */
  show(): void {
    this.hidden = false;
  }

  /**
   * Hides the whole bubble, launcher and panel (the panel closes). Support messages still arrive
   * and count as unread (`helpdock:unread`), so a site can show its own counter.
   */
  hide(): void {
    this.open = false;
    this.hidden = true;
  }

  /**
   * Switches the texts to `locale` (any BCP 47 tag; the closest shipped locale is used), loading
   * its strings when needed. Resolves once the bubble shows them (English if they failed to load).
   */
  async setLocale(locale: string): Promise<void> {
    this.locale = locale;
    await this.updateComplete;
    await this.localeLoading;
    await this.updateComplete;
  }

  /** Opens the panel when closed, closes it when open. */
  toggle(): void {
    this.open = !this.open;
  }

  /**
   * Signs a customer in: the panel then lists their tickets and lets them open one, reply and rate
   * resolved ones. With a user token the site's backend signed (`userJwt`, or `getUserJwt` to fetch
   * fresh ones), the visitor's anonymous conversation becomes one of those tickets. Tokens stay in
   * memory only; call this on every page load. Resolves once the panel switched to the customer's
   * tickets (or showed why it could not).
   */
  async identify(options: IdentifyOptions): Promise<void> {
    // A call replayed from the stub runs before the bubble is on the page: wait for its connection.
    await this.updateComplete;
    await this.hostIdentity.identify(options);
    await this.updateComplete;
  }

  /**
   * Adds context to the next conversation or ticket the visitor opens (`custom_attributes`, shown to
   * support staff only), merged into what earlier calls added: names of 1–40 of a-z, 0-9 and `_`;
   * values strings (≤ 500 characters), numbers, booleans, or `null` to drop one. The server checks
   * them when the conversation is opened (a bad one fails it with a notice).
   */
  setCustomAttributes(values: Record<string, string | number | boolean | null>): void {
    this.bubble.base.attributes = { ...this.bubble.base.attributes, ...values };
  }

  /** Forgets the visitor (conversation, sign-in, attributes, drafts, queued messages): call on sign-out. */
  reset(): void {
    this.find<HelpdockAnonymousChat>('helpdock-anonymous-chat')?.clearErrors();
    this.hostIdentity.signOut();
    this.bubble.base.reset();
  }

  /** Agent messages received while the panel was closed. */
  get unreadCount(): number {
    return this.bubble.base.unread;
  }

  private get resolvedLocale(): Locale {
    return resolveLocale(this.locale || document.documentElement.lang || navigator.language);
  }

  private t: Translate = translator('en');

  /** Translates with `locale` now (English until its strings arrive) and again once they have loaded. */
  private useLocale(locale: Locale): void {
    this.t = translator(locale);
    this.localeLoading = loadLocale(locale).then(() => {
      if (this.resolvedLocale !== locale) return;
      this.t = translator(locale);
      this.requestUpdate();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.hasUpdated) this.useLocale(this.resolvedLocale);
    if (changed.has('apiBase') || changed.has('siteKey') || !this.hasUpdated) {
      this.bubble.connect({ apiBase: this.apiBase || location.origin, siteKey: this.siteKey || undefined });
    }
    if (changed.has('open') && (this.hasUpdated || this.open)) {
      this.bubble.base.setPanelOpen(this.open);
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
    if (this.bubble.base.unread !== this.reportedUnread) {
      this.reportedUnread = this.bubble.base.unread;
      this.emit('unread', { count: this.reportedUnread });
    }
    if (this.focusWhenLoaded && this.bubble.view !== 'loading') {
      this.focusWhenLoaded = false;
      if (this.open && this.matches(':focus-within')) void this.focusFirst();
    }
    if (this.focusOnRender === 'panel' && this.open && this.panel) {
      this.focusOnRender = null;
      this.focusWhenLoaded = this.bubble.view === 'loading';
      void this.focusFirst();
    } else if (this.focusOnRender === 'launcher') {
      this.focusOnRender = null;
      // Only pull focus back when it was inside the bubble; closing from the page API must not steal it.
      if (this.matches(':focus-within') || document.activeElement === document.body)
        (this.siteLauncher.lastUsed ?? this.find<HTMLElement>('.launcher'))?.focus();
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const view = this.bubble.view;
    if (view === 'hidden') return nothing;
    const locale = this.resolvedLocale;
    return html`
      <div class="root" lang=${locale} dir=${directionOf(locale)} @keydown=${this.onKeydown}>
        ${this.renderPanel(view)}
        ${this.launcher ? nothing : this.renderLauncher()}
        <div class="sr-only" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      </div>
    `;
  }

  private renderLauncher(): TemplateResult {
    const unread = this.bubble.base.unread;
    const launcherLabel = this.open
      ? this.t('launcherClose')
      : unread > 0
        ? `${this.t('launcherOpen')} (${this.t('unreadBadge', { count: unread })})`
        : this.t('launcherOpen');
    return html`
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
    `;
  }

  /**
   * The panel stays in the page while closed (hidden), so the conversation inside keeps following
   * its event stream and counts unread messages.
   */
  private renderPanel(view: 'loading' | 'anonymous' | 'customer'): TemplateResult {
    const base = this.bubble.base;
    return html`
      <div
        part="panel"
        class="panel"
        id="helpdock-panel"
        role="dialog"
        ?hidden=${!this.open}
        aria-modal=${this.isSmallScreen() ? 'true' : 'false'}
        aria-labelledby="helpdock-title"
        @helpdock-refocus=${this.refocus}
      >
        <div part="header" class="header">
          ${
            this.customer?.canGoBack
              ? html`<button type="button" class="icon-button" aria-label=${this.t('back')} @click=${this.goBack}>
                ${icons.back}
              </button>`
              : nothing
          }
          <h2 part="title" id="helpdock-title">${this.t('panelTitle')}</h2>
          <button part="close-button" type="button" class="icon-button" aria-label=${this.t('close')} @click=${this.closePanel}>
            ${icons.close}
          </button>
        </div>
        ${
          view === 'loading'
            ? html`<div part="body" class="body"><p role="status">${this.t('loading')}</p></div>`
            : view === 'customer'
              ? html`<helpdock-customer-tickets .base=${base} .t=${this.t} .locale=${this.resolvedLocale}></helpdock-customer-tickets>`
              : html`<helpdock-anonymous-chat
                  .base=${base}
                  .t=${this.t}
                  .locale=${this.resolvedLocale}
                  .welcome=${welcome(this.t, {
                    greeting: this.greeting,
                    whatsappNumber: base.config?.whatsapp_number,
                    whatsappText: this.whatsappText,
                  })}
                ></helpdock-anonymous-chat>`
        }
      </div>
    `;
  }

  private closePanel(): void {
    this.open = false;
  }

  private goBack(): void {
    this.customer?.goBack();
    this.refocus();
  }

  /** Escape closes from anywhere in the bubble (launcher included); Tab stays in the panel on phones. */
  private onKeydown(event: KeyboardEvent): void {
    if (!this.open) return;
    if (event.key === 'Escape') {
      event.stopPropagation();
      this.closePanel();
      return;
    }
    if (this.isSmallScreen() && this.panel)
      trapTab(event, this.panel, this.shadowRoot?.activeElement ?? null);
  }

  private isSmallScreen(): boolean {
    return globalThis.matchMedia?.('(max-width: 480px)').matches ?? false;
  }

  /** Moves focus to the panel's first field once the view changed under it has rendered. */
  private refocus(): void {
    if (this.open) void this.focusFirst();
  }

  /** Focuses the first field of the panel's content. */
  private async focusFirst(): Promise<void> {
    const panel = this.panel;
    if (!panel) return;
    // The inner components and views render in their own update cycles: wait for them to settle.
    for (let round = 0; round < 3; round++) {
      const updates = Array.from(
        panel.querySelectorAll('*'),
        (el) => (el as Partial<LitElement>).updateComplete,
      );
      if ((await Promise.all(updates)).every((done) => done !== false)) break;
    }
    // Keyboard users land where they type: the reply box, else the first form field, else the
    // first control of the content (the header's buttons come last).
    const inBody = focusableIn(panel.querySelector('.body') ?? panel);
    const target =
      panel.querySelector<HTMLElement>('#helpdock-reply') ??
      inBody.find((element) => element.matches('input, textarea, select')) ??
      inBody[0] ??
      focusableIn(panel)[0];
    target?.focus();
  }

  private emit<K extends keyof HelpdockBubbleEventDetails>(
    name: K,
    detail: HelpdockBubbleEventDetails[K],
  ): void {
    dispatchHelpdockEvent(this, name, detail);
  }
}

defineElement('helpdock-bubble', HelpdockBubble);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-bubble': HelpdockBubble;
  }
}
