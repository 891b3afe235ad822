import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import type {
  Call,
  CustomerProfile,
  Ticket,
  TicketDetail,
  TicketMessage,
  TicketStatus,
} from '@helpdock/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ChatAttachment, type FileAccess, toChatAttachment } from '../core/attachments.js';
import { type ChatMessage, fromTicketMessage, mergeMessages } from '../core/conversation.js';
import { errorMessageKey, statusOf } from '../core/errors.js';
import type { MessageKey } from '../i18n/index.js';
import type { HelpdockCustomerPortalEventDetails } from '../page-events.js';
import { TypingController } from '../views/typing-indicator/typing.controller.js';

/** Tickets fetched per page of the list. */
export const ticketPageSize = 10;

/** Options of {@link CustomerController}. */
export interface CustomerControllerOptions {
  /** Reports events to the host element, which turns them into `helpdock:*` DOM events. */
  emit<K extends keyof HelpdockCustomerPortalEventDetails>(
    name: K,
    detail: HelpdockCustomerPortalEventDetails[K],
  ): void;
  /** Announces a new support message to screen readers. */
  announce?(text: string): void;
  /** Called for every live event (the notifications follow the same stream). */
  onLiveEvent?(): void;
}

/**
 * A signed-in customer's dashboard state, as a Lit reactive controller: profile and stats, the
 * ticket list (status filter, pages), the open ticket with live messages over the customer's event
 * stream, replies with uploads, feedback and call requests. The access token stays in memory.
 */
export class CustomerController implements ReactiveController {
  /** The signed-in customer with ticket counts; `null` until loaded. */
  profile: CustomerProfile | null = null;
  /** The status the list is filtered by; `null` for every status. */
  statusFilter: TicketStatus | null = null;
  /** The tickets loaded so far, newest activity first. */
  tickets: Ticket[] = [];
  /** Whether more tickets follow. */
  hasMore = false;
  /** The ticket shown, if any. */
  ticket: TicketDetail | null = null;
  /** Messages of {@link ticket}, oldest first. */
  messages: ChatMessage[] = [];
  /** The access token was refused: the host must sign in again. */
  expired = false;
  /** A sentence about the last failure, as a dictionary key. */
  notice: MessageKey | null = null;
  /** A request started by the customer is running. */
  busy = false;
  /** Typing both ways (keyed by ticket id). */
  readonly typing: TypingController;

  private client: HelpdockLiteClient | null = null;
  private access: { ticketId: string; client: HelpdockLiteClient; files: FileAccess } | null = null;
  private nextCursor: string | null = null;
  private stream: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: CustomerControllerOptions,
  ) {
    host.addController(this);
    this.typing = new TypingController(host, {
      send: (ticketId) => this.client!.customers.me.tickets.typing(ticketId),
      canSend: () => this.client !== null,
    });
  }

  /** The API client of the signed-in customer (`null` when signed out). */
  get api(): HelpdockLiteClient | null {
    return this.client;
  }

  hostConnected(): void {
    if (this.client && !this.stream) this.follow();
  }

  hostDisconnected(): void {
    this.stopStream();
  }

  /** Signs in with a customer access token (or signs out with an empty one) and loads the dashboard. */
  connect(apiBase: string, accessToken: string): void {
    this.stopStream();
    this.profile = null;
    this.tickets = [];
    this.ticket = null;
    this.messages = [];
    this.expired = false;
    this.notice = null;
    this.client = accessToken ? new HelpdockLiteClient({ baseUrl: apiBase, accessToken }) : null;
    this.changed();
    if (!this.client) return;
    void this.run(async (client) => {
      this.profile = await client.customers.me.retrieve();
      this.options.emit('customer-portal-ready', { customerId: this.profile.id });
      await this.loadTickets(client, false);
      this.follow();
    });
  }

  /** Filters the list by status (`null`: every status). */
  filter(status: TicketStatus | null): Promise<boolean> {
    this.statusFilter = status;
    return this.run((client) => this.loadTickets(client, false));
  }

  /** Loads the next page of tickets. */
  loadMore(): Promise<boolean> {
    return this.run((client) => this.loadTickets(client, true));
  }

  /** Opens a ticket with its messages. */
  open(ticketId: string): Promise<boolean> {
    return this.run(async (client) => {
      this.showTicket(await client.customers.me.tickets.retrieve(ticketId));
    });
  }

  /** Back to the list. */
  closeTicket(): void {
    this.ticket = null;
    this.messages = [];
    this.notice = null;
    this.changed();
  }

  /** Hides the notice. */
  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /** The customer's reply box on the open ticket changed: tells support (throttled). */
  typed(text: string): void {
    if (this.ticket) this.typing.typed(this.ticket.id, text);
  }

  /** Replies on the open ticket with its uploaded files; resolves to whether it was stored. */
  reply(text: string, attachments: readonly ChatAttachment[] = []): Promise<boolean> {
    const ticket = this.ticket;
    const body = text.trim();
    if (!ticket || !body) return Promise.resolve(false);
    return this.run(async (client) => {
      const ids = attachments.map((file) => file.id);
      const message = await client.customers.me.tickets.addMessage(ticket.id, {
        body,
        ...(ids.length > 0 ? { attachmentIds: ids } : {}),
      });
      this.receive(message);
    });
  }

  /**
   * Uploads to the open ticket and downloads with the customer's token (a bearer header, so
   * downloads go through `blob:` URLs); `null` without an open ticket.
   */
  get files(): FileAccess | null {
    const client = this.client;
    const ticketId = this.ticket?.id;
    if (!client || !ticketId) return null;
    if (this.access?.ticketId !== ticketId || this.access.client !== client) {
      this.access = {
        ticketId,
        client,
        files: {
          upload: async (file, call) =>
            toChatAttachment(
              await client.customers.me.tickets.uploadAttachment(ticketId, file, {
                filename: file.name,
                ...call,
              }),
            ),
          load: (file, signal) => client.files.download(file.id, { signal }).then(({ blob }) => blob),
        },
      };
    }
    return this.access.files;
  }

  /** Rates the open ticket (resolved or closed ones only). */
  rate(rating: number, comment: string): Promise<boolean> {
    const ticket = this.ticket;
    if (!ticket) return Promise.resolve(false);
    return this.run(async (client) => {
      const feedback = await client.customers.me.feedback.create({
        ticketId: ticket.id,
        rating,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      if (this.ticket?.id === ticket.id) this.ticket = { ...this.ticket, feedback };
      this.options.emit('feedback-sent', { ticketId: ticket.id, rating });
    });
  }

  /** Requests a call (now when `scheduledAt` is absent); resolves to the call, or `null` on failure. */
  async requestCall(request: {
    scheduledAt?: string;
    ticketId?: string;
    note?: string;
  }): Promise<Call | null> {
    let call: Call | null = null;
    await this.run(async (client) => {
      call = await client.customers.me.calls.create(request);
      this.options.emit('call-requested', { callId: call.id, scheduledAt: call.scheduledAt });
    });
    return call;
  }

  /**
   * Runs one of the customer's requests: `busy` meanwhile, the notice on failure, and a refused
   * token ends the session. Resolves to whether it worked.
   */
  async run(action: (client: HelpdockLiteClient) => Promise<void>): Promise<boolean> {
    const client = this.client;
    if (!client) return false;
    this.busy = true;
    this.notice = null;
    this.changed();
    try {
      await action(client);
      return true;
    } catch (error) {
      if (client === this.client) this.fail(error);
      return false;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private async loadTickets(client: HelpdockLiteClient, more: boolean): Promise<void> {
    const cursor = more ? this.nextCursor : null;
    const page = await client.customers.me.tickets.list({
      limit: ticketPageSize,
      ...(this.statusFilter ? { status: this.statusFilter } : {}),
      ...(cursor ? { cursor } : {}),
    });
    this.tickets = more
      ? [...this.tickets, ...page.data.filter((t) => !this.tickets.some((k) => k.id === t.id))]
      : page.data;
    this.nextCursor = page.nextCursor;
    this.hasMore = page.hasNextPage();
  }

  private showTicket(detail: TicketDetail): void {
    this.ticket = detail;
    this.messages = mergeMessages([], detail.messages.map(fromTicketMessage));
  }

  private follow(): void {
    const client = this.client;
    if (!client) return;
    this.stopStream();
    const abort = new AbortController();
    this.stream = abort;
    void (async () => {
      try {
        for await (const event of client.customers.me.events({ signal: abort.signal })) {
          if (event.type === 'new_message') this.onMessage(event.data.ticketId, event.data.message);
          else if (event.type === 'status_change') this.onStatus(event.data.ticketId, event.data.status);
          else if (event.type === 'ticket_created') this.onCreated(event.data.ticket);
          else if (event.type === 'typing') this.typing.received(event.data.ticketId);
          if (event.type !== 'heartbeat' && event.type !== 'connected') this.options.onLiveEvent?.();
        }
      } catch (error) {
        if (!abort.signal.aborted) this.fail(error);
      }
    })();
  }

  private onMessage(ticketId: string, message: TicketMessage): void {
    if (message.authorRole === 'agent') this.typing.cleared(ticketId);
    this.tickets = this.tickets.map((t) =>
      t.id === ticketId ? { ...t, lastMessageAt: message.createdAt, messageCount: t.messageCount + 1 } : t,
    );
    if (this.ticket?.id === ticketId) this.receive(message);
    else this.changed();
  }

  private onStatus(ticketId: string, status: TicketStatus): void {
    this.tickets = this.tickets.map((t) => (t.id === ticketId ? { ...t, status } : t));
    if (this.ticket?.id === ticketId) this.ticket = { ...this.ticket, status };
    void this.refreshProfile();
  }

  private onCreated(ticket: Ticket): void {
    if (!this.statusFilter || this.statusFilter === ticket.status)
      this.tickets = [ticket, ...this.tickets.filter((t) => t.id !== ticket.id)];
    void this.refreshProfile();
  }

  private async refreshProfile(): Promise<void> {
    try {
      if (this.client) this.profile = await this.client.customers.me.retrieve();
    } catch {
      // The stats stay as they were; the next change refreshes them.
    }
    this.changed();
  }

  private receive(message: TicketMessage): void {
    const chat = fromTicketMessage(message);
    const merged = mergeMessages(this.messages, [chat]);
    if (merged.length === this.messages.length) return;
    this.messages = merged;
    this.options.emit('message', {
      direction: chat.author === 'me' ? 'out' : 'in',
      text: chat.text,
      id: chat.id,
    });
    if (chat.author === 'agent') this.options.announce?.(chat.text);
    this.changed();
  }

  private fail(error: unknown): void {
    const status = statusOf(error);
    if (status === 401) {
      this.stopStream();
      this.expired = true;
      this.options.emit('session-expired', {});
      this.changed();
      return;
    }
    this.notice = errorMessageKey(error);
    this.options.emit('error', { code: this.notice, ...(status === undefined ? {} : { status }) });
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
