import { type ChatMessage, fromThreadMessage, mergeMessages } from '../core/conversation.js';
import { ConversationController, type SupportHost } from '../core/conversation-controller.js';
import { statusOf } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { OutboxItem, OutboxTarget } from '../core/outbox.js';
import type { TicketFormValues } from '../core/validation.js';

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
 * The anonymous visitor's side, as a Lit reactive controller: the ticket form's submission, the
 * portal conversation (token in storage, so it resumes after a reload), its live events and the
 * delivery of its replies through the shared outbox.
 */
export class AnonymousChatController extends ConversationController {
  /** The conversation's sent messages. */
  threadMessages: ChatMessage[] = [];
  /** The conversation's status, as the staff last set it. */
  threadStatus: string | null = null;
  /** The stored conversation is being loaded. */
  loading = false;

  private session: PortalSession | null = null;

  constructor(host: SupportHost) {
    super(host, 'portal');
  }

  /** The conversation's thread id, when there is one. */
  get conversationId(): string | null {
    return this.session?.threadId ?? null;
  }

  /** The visible conversation: sent messages plus the outbox's pending ones, each once. */
  get messages(): ChatMessage[] {
    return this.base?.conversation(this.threadMessages, (target) => this.isMine(target)) ?? [];
  }

  /** Loads the stored conversation, if any, and follows it. */
  load(): void {
    this.session = this.base?.store?.read<PortalSession>('session') ?? null;
    if (this.session) void this.loadConversation();
  }

  /** Forgets the conversation (sign-out). */
  forget(): void {
    this.stopStream();
    this.clearSession();
    this.base?.store?.remove('pending-create');
  }

  /**
   * Sends the ticket form: creates the public thread, keeps its portal token and switches to the
   * conversation. A resubmission of the same form reuses its idempotency key, so a retry after a
   * lost answer never opens a second thread. Resolves to whether it worked.
   */
  async submitTicket(values: TicketFormValues): Promise<boolean> {
    const base = this.base;
    if (!base?.client || !base.store) return false;
    const store = base.store;
    const body = {
      name: values.name.trim(),
      email: values.email.trim(),
      subject: values.subject.trim(),
      message_text: values.message.trim(),
    };
    const fingerprint = JSON.stringify(body);
    const saved = store.read<PendingCreate>('pending-create');
    const key = saved?.fingerprint === fingerprint ? saved.key : randomId();
    store.write('pending-create', { key, fingerprint } satisfies PendingCreate);
    return base.run(async () => {
      const created = await base.client!.public.createThread(body, { idempotencyKey: key });
      store.remove('pending-create');
      this.session = { token: created.token, threadId: created.thread.id, expiresAt: created.expires_at };
      store.write('session', this.session);
      this.threadMessages = created.thread.messages.map(fromThreadMessage);
      this.threadStatus = created.thread.status;
      base.drafts?.clear('form:subject', 'form:message');
      base.emit('ticket-created', { threadId: created.thread.id });
      this.follow();
    });
  }

  /** Sends a reply through the outbox: it shows as pending at once and is delivered exactly once. */
  reply(text: string): void {
    const threadId = this.session?.threadId;
    if (threadId) this.queue({ kind: 'portal', threadId }, text, `reply:thread:${threadId}`);
  }

  /**
   * Leaves a finished (resolved or closed) conversation for a new form. Its portal token is
   * forgotten, so messages still queued for it can no longer be sent and are dropped too.
   */
  startOver(): void {
    const base = this.base;
    for (const item of base?.outbox?.items ?? []) {
      if (this.isMine(item.target)) base?.outbox?.remove(item.id);
    }
    this.stopStream();
    this.clearSession();
    if (base) base.notice = null;
    base?.changed();
  }

  /** Whether a queued message can go out: it belongs to the loaded conversation. */
  canSend(item: OutboxItem): boolean {
    return this.isMine(item.target);
  }

  /** Delivers a queued reply to the portal API. */
  async send(item: OutboxItem): Promise<ChatMessage> {
    const target = item.target as Extract<OutboxTarget, { kind: 'portal' }>;
    const message = await this.base!.client!.portal(this.session!.token).sendMessage(
      { thread_id: target.threadId, message_text: item.text },
      { idempotencyKey: item.idempotencyKey },
    );
    return fromThreadMessage(message);
  }

  /** Shows a delivered reply as sent. */
  delivered(_item: OutboxItem, message: ChatMessage): void {
    this.threadMessages = mergeMessages(this.threadMessages, [message]);
  }

  private isMine(target: OutboxTarget): boolean {
    return target.kind === 'portal' && target.threadId === this.session?.threadId;
  }

  private async loadConversation(): Promise<void> {
    const base = this.base!;
    const session = this.session!;
    this.loading = true;
    base.changed();
    try {
      const context = await base.client!.portal(session.token).context();
      const thread =
        context.threads.find((candidate) => candidate.id === session.threadId) ?? context.threads[0];
      if (!thread) throw Object.assign(new Error('Thread not found'), { status: 404 });
      this.threadMessages = thread.messages.map(fromThreadMessage);
      this.threadStatus = thread.status;
      this.follow();
    } catch (error) {
      const status = statusOf(error);
      if (status === 401 || status === 404) {
        // The conversation is gone for good (expired or revoked link): start over with the form.
        this.clearSession();
        base.notice = 'errorExpired';
      } else {
        base.report(error);
        this.follow();
      }
    }
    this.loading = false;
    base.changed();
  }

  private follow(): void {
    const base = this.base;
    const session = this.session;
    if (!base?.client || !session) return;
    const signal = this.restartStream();
    const portal = base.client.portal(session.token);
    void base.follow(
      (signal) => portal.events({ signal }),
      signal,
      (event) => {
        if (event.type === 'message.created' && event.data.thread_id === session.threadId) {
          this.threadMessages =
            base.arrive(this.threadMessages, fromThreadMessage(event.data.message)) ?? this.threadMessages;
        } else if (event.type === 'thread.updated' && event.data.thread.id === session.threadId) {
          this.threadStatus = event.data.thread.status;
          base.changed();
        }
      },
      () => this.clearSession(),
    );
  }

  /** The portal token stopped working or the visitor left: back to the form. */
  private clearSession(): void {
    this.session = null;
    this.threadMessages = [];
    this.threadStatus = null;
    this.base?.store?.remove('session');
  }
}
