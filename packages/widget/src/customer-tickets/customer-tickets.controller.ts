import type { Ticket, TicketDetail, TicketStatus } from '@helpdock/sdk/schemas';
import { type ChatAttachment, type FileAccess, toChatAttachment } from '../core/attachments.js';
import { type ChatMessage, fromTicketMessage, mergeMessages } from '../core/conversation.js';
import { ConversationController, type SupportHost } from '../core/conversation-controller.js';
import type { OutboxItem, OutboxTarget } from '../core/outbox.js';
import type { WidgetClient } from '../core/widget-client.js';
import { TypingController } from '../views/typing-indicator/typing.controller.js';

/** Whether a ticket in this status can be rated. */
export function canRate(status: TicketStatus): boolean {
  return status === 'resolved' || status === 'closed';
}

/**
 * The signed-in customer's side, as a Lit reactive controller: their tickets, one open ticket with
 * its messages, new tickets (with an attachment), replies through the shared outbox, ratings and
 * the customer's live events.
 */
export class CustomerTicketsController extends ConversationController {
  /** The customer's tickets, newest activity first. */
  tickets: Ticket[] = [];
  /** The open ticket, when one is open. */
  ticket: TicketDetail | null = null;
  /** Sent messages of {@link ticket}. */
  ticketMessages: ChatMessage[] = [];
  /** Typing both ways (keyed by ticket id). */
  readonly typing: TypingController;

  private access: { ticketId: string; customer: WidgetClient; files: FileAccess } | null = null;

  constructor(host: SupportHost) {
    super(host, ['ticket']);
    this.typing = new TypingController(host, {
      send: (ticketId) => this.base!.customer!.customers.me.tickets.typing(ticketId),
      canSend: () => Boolean(this.base?.panelOpen && this.base.customer),
    });
  }

  /** Whether support is typing on the open ticket now. */
  get supportTyping(): boolean {
    return this.typing.isTyping(this.ticket?.id);
  }

  /** The customer's reply box changed: tells support they are typing (throttled). */
  typed(text: string): void {
    if (this.ticket) this.typing.typed(this.ticket.id, text);
  }

  /** The open ticket's conversation: sent messages plus the outbox's pending ones, each once. */
  get messages(): ChatMessage[] {
    return this.base?.conversation(this.ticketMessages, (target) => this.isOpen(target)) ?? [];
  }

  /** Follows the customer's events; each (re)connection (re)loads the tickets. */
  load(): void {
    this.follow();
  }

  /** Forgets the customer's tickets (sign-out). */
  forget(): void {
    this.stopStream();
    this.tickets = [];
    this.ticket = null;
    this.ticketMessages = [];
  }

  /** Creates a ticket (with at most one attachment, uploaded first) and opens it. */
  async createTicket(values: { subject: string; message: string; file?: File | null }): Promise<boolean> {
    const base = this.base;
    const customer = base?.customer;
    if (!base || !customer) return false;
    return base.run(async () => {
      const attachmentIds: string[] = [];
      if (values.file) attachmentIds.push((await customer.customers.me.uploadAttachment(values.file)).id);
      const ticket = await customer.customers.me.tickets.create({
        title: values.subject.trim(),
        description: values.message.trim(),
        ...(attachmentIds.length > 0 ? { attachmentIds } : {}),
        ...(base.attributes ? { customAttributes: base.attributes } : {}),
      });
      base.attributes = null;
      base.drafts?.clear('ticket:subject', 'ticket:message');
      base.emit('ticket-created', { ticketId: ticket.id });
      this.tickets = [ticket, ...this.tickets.filter((other) => other.id !== ticket.id)];
      await this.loadTicket(ticket.id);
    });
  }

  /** Opens one of the customer's tickets. */
  openTicket(ticketId: string): Promise<boolean> {
    return this.base?.run(() => this.loadTicket(ticketId)) ?? Promise.resolve(false);
  }

  /** Goes back from a ticket to the list. */
  closeTicket(): void {
    this.ticket = null;
    this.ticketMessages = [];
    this.base?.changed();
  }

  /** Sends a reply with its uploaded files on the open ticket through the outbox. */
  reply(text: string, attachments: readonly ChatAttachment[] = []): void {
    const ticketId = this.ticket?.id;
    if (ticketId)
      this.queue(
        { kind: 'ticket', ticketId },
        text,
        attachments,
        `reply:ticket:${ticketId}`,
        this.ticketMessages,
      );
  }

  /**
   * Uploads to the open ticket and downloads with the customer's token (a bearer header, so
   * downloads go through `blob:` URLs); `null` without an open ticket.
   */
  get files(): FileAccess | null {
    const customer = this.base?.customer;
    const ticketId = this.ticket?.id;
    if (!customer || !ticketId) return null;
    if (this.access?.ticketId !== ticketId || this.access.customer !== customer) {
      this.access = {
        ticketId,
        customer,
        files: {
          upload: async (file, call) =>
            toChatAttachment(
              await customer.customers.me.tickets.uploadAttachment(ticketId, file, {
                filename: file.name,
                ...call,
              }),
            ),
          load: (file, signal) => customer.files.download(file.id, { signal }).then(({ blob }) => blob),
        },
      };
    }
    return this.access.files;
  }

  /** Rates the open (resolved or closed) ticket. */
  async rate(rating: number, comment: string): Promise<boolean> {
    const base = this.base;
    const customer = base?.customer;
    const ticket = this.ticket;
    if (!base || !customer || !ticket) return false;
    return base.run(async () => {
      const feedback = await customer.customers.me.feedback.create({
        ticketId: ticket.id,
        rating,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      });
      if (this.ticket?.id === ticket.id) this.ticket = { ...this.ticket, feedback };
    });
  }

  /** Whether a queued reply can go out: a customer is signed in. */
  canSend(): boolean {
    return Boolean(this.base?.customer);
  }

  /** Delivers a queued reply with the customer's token. */
  async send(item: OutboxItem): Promise<ChatMessage> {
    const target = item.target as Extract<OutboxTarget, { kind: 'ticket' }>;
    const message = await this.base!.customer!.customers.me.tickets.addMessage(
      target.ticketId,
      {
        body: item.text,
        ...(item.attachments?.length ? { attachmentIds: item.attachments.map((file) => file.id) } : {}),
      },
      { idempotencyKey: item.idempotencyKey },
    );
    return fromTicketMessage(message);
  }

  /** Shows a delivered reply as sent when its ticket is open. */
  delivered(item: OutboxItem, message: ChatMessage): void {
    if (this.isOpen(item.target)) this.ticketMessages = mergeMessages(this.ticketMessages, [message]);
  }

  private isOpen(target: OutboxTarget): boolean {
    return target.kind === 'ticket' && target.ticketId === this.ticket?.id;
  }

  private async loadTicket(ticketId: string): Promise<void> {
    const ticket = await this.base!.customer!.customers.me.tickets.retrieve(ticketId);
    this.ticket = ticket;
    this.ticketMessages = ticket.messages.map(fromTicketMessage);
  }

  private follow(): void {
    const base = this.base;
    const customer = base?.customer;
    if (!base || !customer) return;
    const signal = this.restartStream();
    void base.follow(
      (stop) => customer.customers.me.events({ signal: stop, onOpen: () => void this.catchUp() }),
      signal,
      (event) => {
        if (event.type === 'new_message') {
          const { ticketId, message } = event.data;
          if (message.authorRole === 'agent') this.typing.cleared(ticketId);
          this.touchTicket(ticketId, message.createdAt);
          if (this.ticket?.id === ticketId)
            this.ticketMessages =
              base.arrive(this.ticketMessages, fromTicketMessage(message)) ?? this.ticketMessages;
          else if (message.authorRole === 'agent') base.countUnread(message.body);
        } else if (event.type === 'typing') {
          this.typing.received(event.data.ticketId);
        } else if (event.type === 'ticket_created') {
          this.tickets = [event.data.ticket, ...this.tickets.filter((t) => t.id !== event.data.ticket.id)];
          base.changed();
        } else if (event.type === 'status_change') {
          const { ticketId, status } = event.data;
          this.tickets = this.tickets.map((t) => (t.id === ticketId ? { ...t, status } : t));
          if (this.ticket?.id === ticketId) this.ticket = { ...this.ticket, status };
          base.changed();
        }
      },
    );
  }

  /**
   * (Re)reads the tickets and the open ticket whenever the stream (re)connects: the first load,
   * and whatever changed while it was down, even from a server that cannot replay missed events.
   */
  private async catchUp(): Promise<void> {
    const base = this.base;
    const customer = base?.customer;
    if (!base || !customer) return;
    try {
      this.tickets = (await customer.customers.me.tickets.list({ limit: 50 })).data;
      const open = this.ticket;
      if (open) {
        const fresh = await customer.customers.me.tickets.retrieve(open.id);
        if (this.ticket?.id !== open.id) return;
        this.ticket = { ...fresh, feedback: fresh.feedback ?? this.ticket.feedback };
        for (const message of fresh.messages)
          this.ticketMessages =
            base.arrive(this.ticketMessages, fromTicketMessage(message)) ?? this.ticketMessages;
      }
      base.changed();
    } catch (error) {
      base.report(error);
    }
  }

  private touchTicket(ticketId: string, at: string): void {
    this.tickets = this.tickets
      .map((t) => (t.id === ticketId ? { ...t, lastMessageAt: at } : t))
      .sort((a, b) => b.lastMessageAt.localeCompare(a.lastMessageAt));
  }
}
