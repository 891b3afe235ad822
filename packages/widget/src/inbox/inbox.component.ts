import type { Message, StaffThreadDetail, Thread, ThreadPriority, ThreadStatus } from '@helpdock/sdk/schemas';
import '../i18n/all.js';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { type ChatAttachment, toChatAttachment } from '../core/attachments.js';
import type { ChatMessage } from '../core/conversation.js';
import { type Locale, resolveLocale, type Translate, translator } from '../i18n/index.js';
import { controls } from '../styles/controls.styles.js';
import { tokens } from '../styles/tokens.styles.js';
import { composerStyles } from '../views/composer/composer.styles.js';
import '../views/conversation-view/conversation-view.component.js';
import { conversationViewStyles } from '../views/conversation-view/conversation-view.styles.js';
import { type InboxTranslate, inboxTranslator } from './i18n/index.js';
import { inboxStyles } from './inbox.styles.js';
import { InboxController } from './inbox-controller.js';
import type { InboxFilters } from './thread-list.js';

const STATUSES: readonly ThreadStatus[] = ['OPEN', 'PENDING', 'RESOLVED', 'CLOSED'];
const PRIORITIES: readonly ThreadPriority[] = ['LOW', 'MEDIUM', 'HIGH', 'URGENT'];
/** Expiry choices of a portal link, in days (the API allows 1–30). */
const LINK_DAYS = [1, 7, 30] as const;
/** Pause in typing before a search is sent. */
const SEARCH_DEBOUNCE_MS = 300;

/** Extra fields some backends add to a thread detail (custom attributes, SPEC §2). */
type WithAttributes = StaffThreadDetail & { custom_attributes?: Record<string, unknown> | null };

/**
 * The staff inbox (seed 001's screen): the tenant's threads with status, priority and text filters,
 * updated live over `GET /api/support/events` (new threads appear, unread marks, rows move by
 * activity); a thread's messages, attachments, custom attributes and who asked; replies; typing
 * both ways; resolve, close, reopen, priority; a portal link to copy. Keyboard: `j`/`k` move
 * through the list, `Enter` opens, `r` replies, `/` searches (listed in the panel).
 *
 * Give it a staff access token (`admin` or `ops`) as the `accessToken` property; it is never read
 * from an attribute, so it does not show in the DOM.
 *
 * @tag helpdock-inbox
 *
 * @fires helpdock:unauthorized - The access token was refused (expired or revoked): sign in again.
 *
 * @csspart list - The thread list pane.
 * @csspart thread - One row of the list.
 * @csspart detail - The open thread's pane.
 * @csspart messages - The open thread's messages.
 * @csspart composer - The reply box.
 *
 * @cssprop [--helpdock-accent=#4338ca] - Brand colour (buttons, unread marks, own messages).
 * @cssprop [--helpdock-background=#ffffff] - Background.
 * @cssprop [--helpdock-foreground=#111827] - Text colour.
 * @cssprop [--helpdock-muted=#4b5563] - Secondary text.
 * @cssprop [--helpdock-border=#d1d5db] - Borders.
 * @cssprop [--helpdock-surface=#f3f4f6] - Panes and cards.
 *
 * @example
 * ```html
 * <helpdock-inbox api-base="https://support.example.com"></helpdock-inbox>
 * <script type="module">
 *   document.querySelector('helpdock-inbox').accessToken = session.access_token;
 * </script>
 * ```
 */
export class HelpdockInbox extends LitElement {
  /** Constructable stylesheets (CSP-safe): the shared tokens, controls and views, the inbox layout. */
  static override styles = [tokens, controls, conversationViewStyles, composerStyles, inboxStyles];

  /** Origin of the Helpdock API (default: the page's origin). */
  @property({ attribute: 'api-base' }) apiBase = '';
  /** A staff access token (`admin` or `ops`); property only, never an attribute. */
  @property({ attribute: false }) accessToken = '';
  /** Colour scheme: `light` (default), `dark`, or `auto` (follows the system). */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'light';
  /** Language (`en`, `pt-BR`, `es`, `vi`, `bn`, `hi`); default: the page's `lang` or the browser's. */
  @property() locale = '';

  @state() private announcement = '';
  @state() private linkDays: number = LINK_DAYS[1];
  @state() private copyState: 'idle' | 'copied' | 'failed' = 'idle';

  @query('#helpdock-reply') private replyBox!: HTMLTextAreaElement | null;
  @query('#search') private searchBox!: HTMLInputElement | null;

  private readonly inbox = new InboxController(this, {
    onUnauthorized: () =>
      this.dispatchEvent(new CustomEvent('helpdock:unauthorized', { bubbles: true, composed: true })),
    onLiveChange: ({ kind, threadId }) => {
      const subject = this.inbox.list.get(threadId)?.subject ?? '';
      this.announcement = this.t(kind === 'thread' ? 'announceThread' : 'announceMessage', { subject });
    },
  });
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private draft = '';
  private draftFiles: readonly ChatAttachment[] = [];
  private messagesFor: { detail: StaffThreadDetail; messages: ChatMessage[] } | undefined;
  private loadMoreObserver: IntersectionObserver | undefined;

  /** The translate function and date format of the current locale (made once per locale change). */
  private t: InboxTranslate = inboxTranslator('en');
  /** The shared conversation view's strings, seen from the staff side (the other party is the customer). */
  private viewT: Translate = translator('en');
  private viewLocale: Locale = 'en';
  private dateFormat: Intl.DateTimeFormat | undefined;
  /** Each row's last template, reused while its thread and marks are unchanged (big lists stay cheap). */
  private readonly rows = new Map<string, { thread: Thread; marks: string; result: TemplateResult }>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') || !this.dateFormat) {
      const tag = this.locale || document.documentElement.lang || navigator.language;
      this.t = inboxTranslator(tag);
      this.viewLocale = resolveLocale(tag);
      const shared = translator(tag);
      const t = this.t;
      this.viewT = (key, values) => (key === 'agent' ? t('from_EXTERNAL') : shared(key, values));
      this.rows.clear();
      try {
        this.dateFormat = new Intl.DateTimeFormat(this.locale || undefined, {
          dateStyle: 'medium',
          timeStyle: 'short',
        });
      } catch {
        this.dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
      }
    }
    if ((changed.has('accessToken') || changed.has('apiBase')) && this.accessToken)
      this.inbox.connect(this.apiBase, this.accessToken);
    if (changed.has('accessToken') && !this.accessToken) this.inbox.stop();
  }

  protected override updated(): void {
    this.observeLoadMore();
    const items = this.inbox.list.items;
    if (this.rows.size > 2 * items.length + 100) {
      const shown = new Set(items.map((thread) => thread.id));
      for (const id of this.rows.keys()) if (!shown.has(id)) this.rows.delete(id);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadMoreObserver?.disconnect();
    clearTimeout(this.searchTimer);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
  }

  protected override render(): TemplateResult {
    const { openId } = this.inbox;
    return html`<div class="layout ${openId ? 'reading' : ''}" lang=${this.locale || nothing}>
      ${this.renderList()} ${this.renderDetail()}
      <p class="sr-only" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private renderList(): TemplateResult {
    const { list, loading, live, error } = this.inbox;
    const t = this.t;
    return html`<section class="list-pane" part="list" aria-labelledby="threads-title">
      <header class="pane-header">
        <h2 id="threads-title">${t('threads')}</h2>
        <span class="live ${live}" role="status">${t(`live_${live}`)}</span>
      </header>
      <form class="filters" role="search" aria-label=${t('filters')} @submit=${(e: Event) => e.preventDefault()}>
        <label class="field">
          <span>${t('filterStatus')}</span>
          <select id="status" @change=${this.onFilterChange}>
            <option value="">${t('filterAny')}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${list.filters.status === s}>${t(`status_${s}`)}</option>`)}
          </select>
        </label>
        <label class="field">
          <span>${t('filterPriority')}</span>
          <select id="priority" @change=${this.onFilterChange}>
            <option value="">${t('filterAny')}</option>
            ${PRIORITIES.map((p) => html`<option value=${p} ?selected=${list.filters.priority === p}>${t(`priority_${p}`)}</option>`)}
          </select>
        </label>
        <label class="field search">
          <span>${t('search')}</span>
          <input id="search" type="search" placeholder=${t('searchHint')} .value=${list.filters.q ?? ''} @input=${this.onSearchInput} />
        </label>
      </form>
      ${error ? html`<p class="error" role="alert">${t(error)}</p>` : nothing}
      <ul class="threads" aria-labelledby="threads-title">
        ${repeat(
          list.items,
          (thread) => thread.id,
          (thread) => this.renderRow(thread),
        )}
      </ul>
      ${!loading && list.items.length === 0 && !list.hasMore ? html`<p class="empty">${t('noThreads')}</p>` : nothing}
      ${
        list.hasMore
          ? html`<button type="button" class="secondary load-more" ?disabled=${loading} @click=${() => this.inbox.loadMore()}>
              ${loading ? t('loading') : t('loadMore')}
            </button>`
          : nothing
      }
      ${this.renderShortcuts()}
    </section>`;
  }

  private renderRow(thread: Thread): TemplateResult {
    const unread = this.inbox.list.isUnread(thread.id);
    const typing = this.inbox.typing.isTyping(thread.id);
    const current = this.inbox.openId === thread.id;
    const marks = `${unread}|${typing}|${current}`;
    const cached = this.rows.get(thread.id);
    if (cached?.thread === thread && cached.marks === marks) return cached.result;
    const result = this.rowTemplate(thread, unread, typing, current);
    this.rows.set(thread.id, { thread, marks, result });
    return result;
  }

  private rowTemplate(thread: Thread, unread: boolean, typing: boolean, current: boolean): TemplateResult {
    const t = this.t;
    return html`<li>
      <button
        type="button"
        part="thread"
        class="thread ${unread ? 'unread' : ''}"
        data-id=${thread.id}
        aria-current=${current ? 'true' : 'false'}
        @click=${() => this.openThread(thread.id)}
      >
        <span class="thread-subject">${unread ? html`<span class="dot" aria-hidden="true"></span>` : nothing}${thread.subject}</span>
        <span class="thread-meta">
          <span class="chip status-${thread.status}">${t(`status_${thread.status}`)}</span>
          <span class="chip priority-${thread.priority}">${t(`priority_${thread.priority}`)}</span>
          ${unread ? html`<span class="unread-label">${t('unread')}</span>` : nothing}
          ${typing ? html`<span class="typing-label">${t('typing')}</span>` : nothing}
          <span class="time">${this.time(thread.last_message_at)}</span>
          <span class="count">${t('messageCount', { n: thread.message_count })}</span>
        </span>
      </button>
    </li>`;
  }

  private renderShortcuts(): TemplateResult {
    const t = this.t;
    return html`<details class="shortcuts">
      <summary>${t('shortcuts')}</summary>
      <dl>
        <dt><kbd>j</kbd></dt><dd>${t('shortcutNext')}</dd>
        <dt><kbd>k</kbd></dt><dd>${t('shortcutPrevious')}</dd>
        <dt><kbd>Enter</kbd></dt><dd>${t('shortcutOpen')}</dd>
        <dt><kbd>r</kbd></dt><dd>${t('shortcutReply')}</dd>
        <dt><kbd>/</kbd></dt><dd>${t('shortcutSearch')}</dd>
      </dl>
    </details>`;
  }

  private renderDetail(): TemplateResult {
    const { detail, openId } = this.inbox;
    const t = this.t;
    if (!openId)
      return html`<section class="detail-pane empty-detail" part="detail"><p>${t('pickThread')}</p></section>`;
    if (!detail || detail.id !== openId)
      return html`<section class="detail-pane" part="detail"><p role="status">${t('loading')}</p></section>`;
    return html`<section class="detail-pane" part="detail" aria-labelledby="thread-title">
      <header class="detail-header">
        <button type="button" class="secondary back" @click=${() => this.backToList()}>${t('back')}</button>
        <h2 id="thread-title">${detail.subject}</h2>
        <p class="thread-meta">
          <span class="chip status-${detail.status}">${t(`status_${detail.status}`)}</span>
          <span class="chip priority-${detail.priority}">${t(`priority_${detail.priority}`)}</span>
        </p>
        ${this.renderRequester(detail)}
      </header>
      ${this.renderActions(detail)} ${this.renderAttributes(detail)}
      <helpdock-conversation-view
        .t=${this.viewT}
        .locale=${this.viewLocale}
        .messages=${this.chatMessages(detail)}
        .draft=${this.draft}
        .files=${this.inbox.files}
        .draftFiles=${this.draftFiles}
        ?closed=${detail.status === 'CLOSED'}
        .footer=${this.renderTyping(detail)}
        @helpdock-draft=${this.onDraft}
        @helpdock-send=${this.onSend}
      ></helpdock-conversation-view>
      ${detail.status === 'CLOSED' ? html`<p class="closed-notice">${t('closedNotice')}</p>` : nothing}
    </section>`;
  }

  private renderRequester(detail: StaffThreadDetail): TemplateResult {
    const t = this.t;
    const who = detail.requester;
    return html`<p class="requester">
      <span class="label">${t('requester')}:</span>
      ${who ? html`${t(`requester_${who.kind}`)} · <strong>${who.name}</strong> · <span class="email">${who.email}</span>` : t('requesterNone')}
    </p>`;
  }

  private renderActions(detail: StaffThreadDetail): TemplateResult {
    const t = this.t;
    const { busy, portalLink } = this.inbox;
    const open = detail.status === 'OPEN' || detail.status === 'PENDING';
    return html`<div class="thread-actions" role="group" aria-label=${t('actions')}>
      ${open ? html`<button type="button" class="primary" ?disabled=${busy} @click=${() => this.inbox.setStatus('RESOLVED')}>${t('resolve')}</button>` : nothing}
      ${detail.status !== 'CLOSED' ? html`<button type="button" class="secondary" ?disabled=${busy} @click=${() => this.inbox.setStatus('CLOSED')}>${t('close')}</button>` : nothing}
      ${!open ? html`<button type="button" class="secondary" ?disabled=${busy} @click=${() => this.inbox.setStatus('OPEN')}>${t('reopen')}</button>` : nothing}
      <label class="inline-field">
        <span>${t('filterPriority')}</span>
        <select ?disabled=${busy} @change=${(e: Event) => this.inbox.setPriority((e.target as HTMLSelectElement).value as ThreadPriority)}>
          ${PRIORITIES.map((p) => html`<option value=${p} ?selected=${detail.priority === p}>${t(`priority_${p}`)}</option>`)}
        </select>
      </label>
    </div>
    <form class="portal-link" @submit=${this.onCreateLink}>
      <label class="inline-field">
        <span>${t('portalLink')} · ${t('validFor')}</span>
        <select @change=${(e: Event) => (this.linkDays = Number((e.target as HTMLSelectElement).value))}>
          ${LINK_DAYS.map((d) => html`<option value=${d} ?selected=${this.linkDays === d}>${t('days', { n: d })}</option>`)}
        </select>
      </label>
      <button type="submit" class="secondary" ?disabled=${busy}>${t('createLink')}</button>
      ${
        portalLink?.threadId === detail.id
          ? html`<div class="link-result">
              <input readonly aria-label=${t('portalLink')} .value=${portalLink.url} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
              <button type="button" class="secondary" @click=${this.onCopy}>${t('copy')}</button>
              <span class="hint">${t('linkExpires', { date: this.time(portalLink.expiresAt) })}</span>
              ${detail.requester?.email ? html`<span class="hint">${t('linkEmailed', { email: detail.requester.email })}</span>` : nothing}
              <span class="hint" role="status">${this.copyState === 'copied' ? t('copied') : this.copyState === 'failed' ? t('copyFailed') : ''}</span>
            </div>`
          : nothing
      }
    </form>`;
  }

  private renderAttributes(detail: WithAttributes): TemplateResult | typeof nothing {
    const entries = Object.entries(detail.custom_attributes ?? {});
    if (entries.length === 0) return nothing;
    return html`<section class="attributes" aria-label=${this.t('attributes')}>
      <h3>${this.t('attributes')}</h3>
      <dl>${entries.map(([key, value]) => html`<dt>${key}</dt><dd>${value === null ? '—' : String(value)}</dd>`)}</dl>
    </section>`;
  }

  /** The staff view of the messages: staff are "me", visitors and customers the other side. */
  private chatMessages(detail: StaffThreadDetail): ChatMessage[] {
    if (this.messagesFor?.detail === detail) return this.messagesFor.messages;
    const messages = detail.messages.map(
      (message: Message): ChatMessage => ({
        id: message.id,
        author:
          message.author_type === 'INTERNAL' ? 'me' : message.author_type === 'SYSTEM' ? 'system' : 'agent',
        text: message.message_text,
        createdAt: message.created_at,
        state: 'sent',
        attachments: message.attachments.map(toChatAttachment),
      }),
    );
    this.messagesFor = { detail, messages };
    return messages;
  }

  private renderTyping(detail: StaffThreadDetail): TemplateResult {
    const typing = this.inbox.typing.isTyping(detail.id);
    const who = detail.requester?.name ?? this.t('from_EXTERNAL');
    return html`<p class="typing" aria-live="polite">${typing ? this.t('typingWho', { who }) : ''}</p>`;
  }

  private time(iso: string): string {
    return this.dateFormat?.format(new Date(iso)) ?? iso;
  }

  private filters(): InboxFilters {
    const value = (id: string) =>
      (this.renderRoot.querySelector<HTMLSelectElement | HTMLInputElement>(`#${id}`)?.value ?? '').trim();
    return {
      status: (value('status') || undefined) as ThreadStatus | undefined,
      priority: (value('priority') || undefined) as ThreadPriority | undefined,
      q: value('search') || undefined,
    };
  }

  private onFilterChange = (): void => {
    this.inbox.setFilters(this.filters());
  };

  private onSearchInput = (): void => {
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => this.inbox.setFilters(this.filters()), SEARCH_DEBOUNCE_MS);
  };

  private async openThread(id: string): Promise<void> {
    this.draft = '';
    this.draftFiles = [];
    this.copyState = 'idle';
    await this.inbox.open(id);
  }

  private async backToList(): Promise<void> {
    const id = this.inbox.openId;
    this.inbox.closeDetail();
    await this.updateComplete;
    if (id) this.rowButton(id)?.focus();
  }

  private onDraft = (event: CustomEvent<{ text: string }>): void => {
    this.draft = event.detail.text;
    if (this.draft.trim()) this.inbox.agentTyping();
  };

  private onSend = async (event: HTMLElementEventMap['helpdock-send']): Promise<void> => {
    const { text, attachments } = event.detail;
    this.draft = '';
    this.draftFiles = [];
    // The composer cleared itself; a failed send puts the text and the uploaded files back.
    if (!(await this.inbox.reply(text, attachments))) {
      this.draft = text;
      this.draftFiles = attachments;
    }
    this.requestUpdate();
  };

  private onCreateLink = async (event: Event): Promise<void> => {
    event.preventDefault();
    this.copyState = 'idle';
    await this.inbox.createPortalLink(this.linkDays);
  };

  private onCopy = async (): Promise<void> => {
    const url = this.inbox.portalLink?.url;
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      this.copyState = 'copied';
    } catch {
      this.copyState = 'failed';
      this.renderRoot.querySelector<HTMLInputElement>('.link-result input')?.select();
    }
  };

  private rowButton(id: string): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>(`.thread[data-id="${CSS.escape(id)}"]`);
  }

  /** j/k move through the list, r replies, / searches; ignored while typing in a field. */
  private onKeydown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.key === 'j' || event.key === 'k') {
      event.preventDefault();
      this.moveFocus(event.key === 'j' ? 1 : -1, target);
    } else if (event.key === 'r' && this.replyBox) {
      event.preventDefault();
      this.replyBox.focus();
    } else if (event.key === '/') {
      event.preventDefault();
      this.searchBox?.focus();
    }
  };

  private moveFocus(step: 1 | -1, from: HTMLElement | undefined): void {
    const items = this.inbox.list.items;
    if (items.length === 0) return;
    const current = from?.dataset.id ?? this.inbox.openId;
    const at = current ? items.findIndex((thread) => thread.id === current) : -1;
    const next = Math.min(items.length - 1, Math.max(0, at + step));
    const id = items[next]?.id;
    if (id) this.rowButton(id)?.focus();
    if (next === items.length - 1) void this.inbox.loadMore();
  }

  /** Loads the next page when the "Load more" button scrolls into view. */
  private observeLoadMore(): void {
    const button = this.renderRoot.querySelector('.load-more');
    if (!button || typeof IntersectionObserver === 'undefined') return;
    this.loadMoreObserver ??= new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void this.inbox.loadMore();
    });
    this.loadMoreObserver.disconnect();
    this.loadMoreObserver.observe(button);
  }
}

if (!customElements.get('helpdock-inbox')) customElements.define('helpdock-inbox', HelpdockInbox);

declare global {
  interface HTMLElementTagNameMap {
    'helpdock-inbox': HelpdockInbox;
  }
}
