import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import type { PublicConfig, Ticket, TicketDetail, TicketStatus } from '@helpdock/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { HelpdockBubbleEventDetails } from '../events.js';
import type { MessageKey } from '../i18n/index.js';
import {
  type ChatMessage,
  fromOutboxItem,
  fromThreadMessage,
  fromTicketMessage,
  mergeMessages,
} from './conversation.js';
import { Drafts } from './drafts.js';
import { errorMessageKey, isRetryable, statusOf } from './errors.js';
import { randomId } from './ids.js';
import { Outbox, type OutboxItem } from './outbox.js';
import { browserStore, type JsonStore, jsonStore } from './storage.js';
import type { TicketFormValues } from './validation.js';

/** What the bubble shows, derived from the controller's state. */
export type SupportView = 'loading' | 'hidden' | 'form' | 'conversation' | 'tickets' | 'ticket';

/** Events the controller reports to its host, which turns them into `helpdock:*` DOM events. */
export type SupportEvents = Pick<
  HelpdockBubbleEventDetails,
  'ready' | 'ticket-created' | 'message' | 'error'
>;

/** Where and how the controller reaches the backend. */
export interface SupportConnection {
  /** Origin of the Helpdock API, e.g. `https://help.example.com`; the bubble defaults it to the page's. */
  apiBase: string;
  /** The tenant's public site key, sent as `X-Site-Key`; `undefined` means the server's default tenant. */
  siteKey?: string | undefined;
}

/** Options of {@link SupportController}. */
export interface SupportControllerOptions {
  /** Reports events to the host element. */
  emit<K extends keyof SupportEvents>(name: K, detail: SupportEvents[K]): void;
  /** Announces a new support message to screen readers. */
  announce?(text: string): void;
  /** `fetch` to use (tests); defaults to the page's. */
  fetch?: typeof fetch;
}

/** The anonymous visitor's conversation, as kept in storage across reloads. */
interface PortalSession {
  token: string;
  threadId: string;
  expiresAt: string;
}

/** A public-thread creation in flight: its key is reused while the form is unchanged. */
interface PendingCreate {
  key: string;
  fingerprint: string;
}

/**
 * The bubble's state and everything that talks to the backend, as a Lit reactive controller:
 * public config, the anonymous visitor's portal conversation (token in `localStorage`), a signed-in
 * customer's tickets, live events over SSE, the outbox and the drafts. The host re-renders on every
 * change; no state lives in globals, so several bubbles can share a page.
 */
export class SupportController implements ReactiveController {
  /** The tenant's public config; `null` until loaded (or when it could not be). */
  config: PublicConfig | null = null;
  /** `true` once the first load finished (or failed). */
  loaded = false;
  /** The anonymous conversation's messages (sent ones). */
  threadMessages: ChatMessage[] = [];
  /** The anonymous conversation's status, as the staff last set it. */
  threadStatus: string | null = null;
  /** Signed-in customer's tickets, newest activity first. */
  tickets: Ticket[] = [];
  /** The customer's open ticket, when one is open. */
  ticket: TicketDetail | null = null;
  /** Messages of {@link ticket}. */
  ticketMessages: ChatMessage[] = [];
  /** Agent messages that arrived while the panel was closed. */
  unread = 0;
  /** A sentence to show above the content (the last failure), as a dictionary key. */
  notice: MessageKey | null = null;
  /** A request started by the visitor is running (disables the submit buttons). */
  busy = false;
  /** The panel is open: arriving messages are read at once. */
  panelOpen = false;
  /** Drafts of every field; available after {@link connect}. */
  drafts: Drafts | null = null;

  private connection: SupportConnection | null = null;
  private customerToken: string | null = null;
  private store: JsonStore | null = null;
  private client: HelpdockLiteClient | null = null;
  private customerClient: HelpdockLiteClient | null = null;
  private session: PortalSession | null = null;
  private outbox: Outbox | null = null;
  private stream: AbortController | null = null;
  /** When each message arrived live (local clock), to pair it with the queued copy it came from. */
  private readonly seenAt = new Map<string, number>();
  private readonly onOnline = (): void => void this.outbox?.flush(true);
  private readonly onPageHide = (): void => this.drafts?.flush();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SupportControllerOptions,
  ) {
    host.addController(this);
  }

  /** Whether a customer signed in with {@link identify}. */
  get signedIn(): boolean {
    return this.customerClient !== null;
  }

  /** The anonymous conversation's thread id, when there is one. */
  get conversationId(): string | null {
    return this.session?.threadId ?? null;
  }

  /** What the bubble should show now. */
  get view(): SupportView {
    if (!this.loaded) return 'loading';
    if (this.config?.support_bubble_enabled === false) return 'hidden';
    if (this.signedIn) return this.ticket ? 'ticket' : 'tickets';
    return this.session ? 'conversation' : 'form';
  }

  /**
   * The visible conversation: sent messages plus the outbox's pending ones for it. A queued
   * message the event stream already reported as stored (its send answer is still on the way)
   * shows once, as sent.
   */
  get messages(): ChatMessage[] {
    const sent = this.view === 'ticket' ? this.ticketMessages : this.threadMessages;
    const claimed = new Set<string>();
    const queued = (this.outbox?.items ?? [])
      .filter((item) => this.isCurrentTarget(item))
      .filter((item) => {
        const since = Date.parse(item.createdAt);
        const twin = sent.find(
          (message) =>
            message.author === 'me' &&
            message.text === item.text &&
            !claimed.has(message.id) &&
            (this.seenAt.get(message.id) ?? Number.NEGATIVE_INFINITY) >= since,
        );
        if (twin) claimed.add(twin.id);
        return !twin;
      })
      .map(fromOutboxItem);
    return [...sent, ...queued];
  }

  /** Starts listening for `online` (retry the outbox) and `pagehide` (write drafts now). */
  hostConnected(): void {
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('pagehide', this.onPageHide);
    if (this.connection && !this.stream) void this.start();
  }

  /** Writes drafts, closes the event stream and stops outbox timers; storage keeps the rest. */
  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('pagehide', this.onPageHide);
    this.drafts?.flush();
    this.stopStream();
    this.outbox?.dispose();
    this.outbox = null;
  }

  /**
   * Points the controller at a backend and (re)loads everything: config, the stored conversation,
   * the outbox. Calling it again with the same connection does nothing.
   */
  connect(connection: SupportConnection): void {
    if (this.connection?.apiBase === connection.apiBase && this.connection.siteKey === connection.siteKey)
      return;
    this.connection = connection;
    this.store = jsonStore(browserStore(), `helpdock:${connection.siteKey ?? connection.apiBase}:`);
    this.drafts = new Drafts(this.store);
    this.client = new HelpdockLiteClient({
      baseUrl: connection.apiBase,
      ...(connection.siteKey ? { siteKey: connection.siteKey } : {}),
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
    if (this.customerToken) this.customerClient = this.newCustomerClient(this.customerToken);
    void this.start();
  }

  /** Signs a customer in: the bubble shows their tickets instead of the anonymous form. */
  async identify(customerToken: string): Promise<void> {
    this.customerToken = customerToken;
    this.customerClient = this.newCustomerClient(customerToken);
    this.ticket = null;
    this.changed();
    if (this.connection) await this.start();
  }

  /** Forgets the visitor: portal token, customer sign-in, drafts and queued messages. */
  reset(): void {
    this.stopStream();
    this.customerToken = null;
    this.customerClient = null;
    this.session = null;
    this.threadMessages = [];
    this.threadStatus = null;
    this.tickets = [];
    this.ticket = null;
    this.ticketMessages = [];
    this.unread = 0;
    this.notice = null;
    this.store?.remove('session');
    this.store?.remove('pending-create');
    this.drafts?.clearAll();
    this.outbox?.clear();
    this.changed();
  }

  /** Tells the controller whether the panel is visible (opening it reads every message). */
  setPanelOpen(open: boolean): void {
    this.panelOpen = open;
    if (open) this.unread = 0;
    this.changed();
  }

  /** Hides the notice. */
  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /**
   * Sends the anonymous ticket form: creates the public thread, keeps its portal token and switches
   * to the conversation. A resubmission of the same form reuses its idempotency key, so a retry
   * after a lost answer never opens a second thread. Resolves to whether it worked.
   */
  async submitTicket(values: TicketFormValues): Promise<boolean> {
    if (!this.client || !this.store) return false;
    const body = {
      name: values.name.trim(),
      email: values.email.trim(),
      subject: values.subject.trim(),
      message_text: values.message.trim(),
    };
    const fingerprint = JSON.stringify(body);
    const saved = this.store.read<PendingCreate>('pending-create');
    const key = saved?.fingerprint === fingerprint ? saved.key : randomId();
    this.store.write('pending-create', { key, fingerprint } satisfies PendingCreate);
    return this.run(async () => {
      const created = await this.client!.public.createThread(body, { idempotencyKey: key });
      this.store!.remove('pending-create');
      this.session = { token: created.token, threadId: created.thread.id, expiresAt: created.expires_at };
      this.store!.write('session', this.session);
      this.threadMessages = created.thread.messages.map(fromThreadMessage);
      this.threadStatus = created.thread.status;
      this.drafts?.clear('form:subject', 'form:message');
      this.options.emit('ticket-created', { threadId: created.thread.id });
      this.followPortal();
    });
  }

  /**
   * Creates a ticket for the signed-in customer (optionally with one attachment, uploaded first)
   * and opens it.
   */
  async createTicket(values: { subject: string; message: string; file?: File | null }): Promise<boolean> {
    const customer = this.customerClient;
    if (!customer) return false;
    return this.run(async () => {
      const attachmentIds: string[] = [];
      if (values.file) attachmentIds.push((await customer.customers.me.uploadAttachment(values.file)).id);
      const ticket = await customer.customers.me.tickets.create({
        title: values.subject.trim(),
        description: values.message.trim(),
        ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
      });
      this.drafts?.clear('ticket:subject', 'ticket:message');
      this.options.emit('ticket-created', { ticketId: ticket.id });
      this.tickets = [ticket, ...this.tickets.filter((other) => other.id !== ticket.id)];
      await this.loadTicket(ticket.id);
    });
  }

  /** Opens one of the customer's tickets. */
  async openTicket(ticketId: string): Promise<boolean> {
    return this.run(() => this.loadTicket(ticketId));
  }

  /** Goes back from a ticket to the list. */
  closeTicket(): void {
    this.ticket = null;
    this.ticketMessages = [];
    this.changed();
  }

  /**
   * Sends a reply in the visible conversation through the outbox: it shows as pending at once and
   * is delivered exactly once, however many retries it takes.
   */
  reply(text: string): void {
    const body = text.trim();
    if (!body || !this.outbox) return;
    if (this.view === 'ticket' && this.ticket) {
      this.outbox.enqueue({ kind: 'ticket', ticketId: this.ticket.id }, body);
      this.drafts?.clear(`reply:ticket:${this.ticket.id}`);
    } else if (this.session) {
      this.outbox.enqueue({ kind: 'portal', threadId: this.session.threadId }, body);
      this.drafts?.clear(`reply:thread:${this.session.threadId}`);
    }
  }

  /**
   * Leaves a finished (resolved or closed) anonymous conversation for a new form. Its portal token
   * is forgotten, so messages still queued for it can no longer be sent and are dropped too.
   */
  startOver(): void {
    const threadId = this.session?.threadId;
    for (const item of this.outbox?.items ?? []) {
      if (item.target.kind === 'portal' && item.target.threadId === threadId) this.outbox?.remove(item.id);
    }
    this.stopStream();
    this.session = null;
    this.threadMessages = [];
    this.threadStatus = null;
    this.notice = null;
    this.store?.remove('session');
    this.changed();
  }

  /** Retries a message the server refused (after the visitor asked to). */
  retry(outboxId: string): void {
    void this.outbox?.retry(outboxId);
  }

  /** Rates the open (resolved or closed) ticket. */
  async rate(rating: number, comment: string): Promise<boolean> {
    const customer = this.customerClient;
    const ticket = this.ticket;
    if (!customer || !ticket) return false;
    return this.run(async () => {
      const feedback = await customer.customers.me.feedback.create({
        ticketId: ticket.id,
        rating,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      if (this.ticket?.id === ticket.id) this.ticket = { ...this.ticket, feedback };
    });
  }

  /** Whether a ticket in this status can be rated. */
  static canRate(status: TicketStatus): boolean {
    return status === 'resolved' || status === 'closed';
  }

  private async start(): Promise<void> {
    if (!this.client || !this.store) return;
    this.stopStream();
    this.outbox?.dispose();
    this.outbox = this.newOutbox(this.store);
    try {
      this.config = await this.client.public.config();
    } catch (error) {
      // The bubble still works without the config (no WhatsApp link); the failure is reported.
      this.config = null;
      this.report(error);
    }
    if (this.config?.support_bubble_enabled === false) {
      this.loaded = true;
      this.changed();
      this.options.emit('ready', { config: this.config });
      return;
    }
    this.session = this.store.read<PortalSession>('session') ?? null;
    if (this.signedIn) await this.loadCustomer();
    else if (this.session) await this.loadPortal();
    this.loaded = true;
    this.changed();
    this.options.emit('ready', { config: this.config });
    void this.outbox.flush(true);
  }

  private async loadPortal(): Promise<void> {
    const session = this.session!;
    try {
      const context = await this.client!.portal(session.token).context();
      const thread =
        context.threads.find((candidate) => candidate.id === session.threadId) ?? context.threads[0];
      if (!thread) throw Object.assign(new Error('Thread not found'), { status: 404 });
      this.threadMessages = thread.messages.map(fromThreadMessage);
      this.threadStatus = thread.status;
      this.followPortal();
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 404) {
        // The conversation is gone for good (expired or revoked link): start over with the form.
        this.forgetSession();
        this.notice = 'errorExpired';
      } else {
        this.report(error);
        this.followPortal();
      }
    }
  }

  private async loadCustomer(): Promise<void> {
    try {
      const page = await this.customerClient!.customers.me.tickets.list({ limit: 50 });
      this.tickets = page.data;
      this.followCustomer();
    } catch (error) {
      this.report(error);
    }
  }

  private async loadTicket(ticketId: string): Promise<void> {
    const ticket = await this.customerClient!.customers.me.tickets.retrieve(ticketId);
    this.ticket = ticket;
    this.ticketMessages = ticket.messages.map(fromTicketMessage);
  }

  private followPortal(): void {
    const session = this.session;
    if (!session || !this.client) return;
    this.stopStream();
    const abort = new AbortController();
    this.stream = abort;
    void this.consume(
      abort,
      async () => {
        for await (const event of this.client!.portal(session.token).events({ signal: abort.signal })) {
          if (event.type === 'message.created' && event.data.thread_id === session.threadId) {
            this.receive(fromThreadMessage(event.data.message), 'thread');
          } else if (event.type === 'thread.updated' && event.data.thread.id === session.threadId) {
            this.threadStatus = event.data.thread.status;
            this.changed();
          }
        }
      },
      () => this.forgetSession(),
    );
  }

  private followCustomer(): void {
    const customer = this.customerClient;
    if (!customer) return;
    this.stopStream();
    const abort = new AbortController();
    this.stream = abort;
    void this.consume(abort, async () => {
      for await (const event of customer.customers.me.events({ signal: abort.signal })) {
        if (event.type === 'new_message') {
          this.touchTicket(event.data.ticketId, event.data.message.createdAt);
          if (this.ticket?.id === event.data.ticketId)
            this.receive(fromTicketMessage(event.data.message), 'ticket');
          else if (event.data.message.authorRole === 'agent') this.countUnread(event.data.message.body);
        } else if (event.type === 'ticket_created') {
          this.tickets = [event.data.ticket, ...this.tickets.filter((t) => t.id !== event.data.ticket.id)];
          this.changed();
        } else if (event.type === 'status_change') {
          const { ticketId, status } = event.data;
          this.tickets = this.tickets.map((t) => (t.id === ticketId ? { ...t, status } : t));
          if (this.ticket?.id === ticketId) this.ticket = { ...this.ticket, status };
          this.changed();
        }
      }
    });
  }

  private async consume(
    abort: AbortController,
    loop: () => Promise<void>,
    onExpired?: () => void,
  ): Promise<void> {
    try {
      await loop();
    } catch (error) {
      if (abort.signal.aborted) return;
      if (statusOf(error) === 401) onExpired?.();
      this.report(error);
    }
  }

  /** The portal token stopped working (expired or revoked): back to the form, with the reason shown. */
  private forgetSession(): void {
    this.session = null;
    this.threadMessages = [];
    this.threadStatus = null;
    this.store?.remove('session');
  }

  private receive(message: ChatMessage, into: 'thread' | 'ticket'): void {
    const list = into === 'thread' ? this.threadMessages : this.ticketMessages;
    const merged = mergeMessages(list, [message]);
    if (merged.length === list.length) return;
    this.seenAt.set(message.id, Date.now());
    if (into === 'thread') this.threadMessages = merged;
    else this.ticketMessages = merged;
    if (message.author === 'agent') {
      this.countUnread(message.text);
      this.options.emit('message', { direction: 'in', text: message.text, id: message.id });
    }
    this.changed();
  }

  private countUnread(text: string): void {
    if (!this.panelOpen) this.unread += 1;
    this.options.announce?.(text);
    this.changed();
  }

  private touchTicket(ticketId: string, at: string): void {
    this.tickets = this.tickets
      .map((t) => (t.id === ticketId ? { ...t, lastMessageAt: at } : t))
      .sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt));
  }

  private newOutbox(store: JsonStore): Outbox {
    return new Outbox({
      store,
      isRetryable,
      canSend: (item) => this.canSend(item),
      send: (item) => this.deliver(item),
      onChange: () => this.changed(),
      onDelivered: (item, result) => {
        const message = result as ChatMessage;
        if (item.target.kind === 'portal')
          this.threadMessages = mergeMessages(this.threadMessages, [message]);
        else if (this.ticket?.id === item.target.ticketId)
          this.ticketMessages = mergeMessages(this.ticketMessages, [message]);
        this.options.emit('message', { direction: 'out', text: message.text, id: message.id });
        this.changed();
      },
    });
  }

  private canSend(item: OutboxItem): boolean {
    if (item.target.kind === 'portal') return this.session?.threadId === item.target.threadId;
    return this.customerClient !== null;
  }

  private async deliver(item: OutboxItem): Promise<ChatMessage> {
    const options = { idempotencyKey: item.idempotencyKey };
    try {
      if (item.target.kind === 'portal') {
        const message = await this.client!.portal(this.session!.token).sendMessage(
          { thread_id: item.target.threadId, message_text: item.text },
          options,
        );
        return fromThreadMessage(message);
      }
      const message = await this.customerClient!.customers.me.tickets.addMessage(
        item.target.ticketId,
        { body: item.text },
        options,
      );
      return fromTicketMessage(message);
    } catch (error) {
      if (!isRetryable(error)) this.report(error);
      throw error;
    }
  }

  private isCurrentTarget(item: OutboxItem): boolean {
    if (this.view === 'ticket')
      return item.target.kind === 'ticket' && item.target.ticketId === this.ticket?.id;
    return item.target.kind === 'portal' && item.target.threadId === this.session?.threadId;
  }

  private newCustomerClient(token: string): HelpdockLiteClient | null {
    if (!this.connection) return null;
    return new HelpdockLiteClient({
      baseUrl: this.connection.apiBase,
      accessToken: token,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
  }

  private async run(task: () => Promise<void>): Promise<boolean> {
    this.busy = true;
    this.notice = null;
    this.changed();
    try {
      await task();
      return true;
    } catch (error) {
      this.report(error);
      return false;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private report(error: unknown): void {
    const code = errorMessageKey(error);
    this.notice = code;
    const status = statusOf(error);
    this.options.emit('error', { code, ...(status === undefined ? {} : { status }) });
    this.changed();
  }

  private stopStream(): void {
    this.stream?.abort();
    this.stream = null;
  }

  private changed(): void {
    this.host.requestUpdate();
  }
}
