import type { PublicThreadResponse, VisitorThreadDetail } from '@helpdock/sdk/schemas';
import {
  type ChatAttachment,
  type FileAccess,
  portalFileUrl,
  toChatAttachment,
} from '../core/attachments.js';
import { type ChatMessage, fromThreadMessage, mergeMessages } from '../core/conversation.js';
import { ConversationController, type SupportHost } from '../core/conversation-controller.js';
import { isRetryable, statusOf } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import type { OutboxItem, OutboxTarget } from '../core/outbox.js';
import type { JsonStore } from '../core/storage.js';
import type { TicketFormValues } from '../core/validation.js';
import { TypingController } from '../views/typing-indicator/typing.controller.js';

/** The anonymous visitor's conversation, as kept in storage across reloads. */
interface PortalSession {
  token: string;
  threadId: string;
  expiresAt: string;
}

/** Where the anonymous conversation is kept in the tenant's storage. */
const SESSION_KEY = 'session';

/** The portal token of the visitor's anonymous conversation, if one is stored. */
export function portalSessionToken(store: JsonStore): string | undefined {
  return store.read<PortalSession>(SESSION_KEY)?.token;
}

/** Forgets the stored anonymous conversation (it became the signed-in customer's ticket). */
export function forgetPortalSession(store: JsonStore): void {
  store.remove(SESSION_KEY);
}

interface PendingCreate {
  key: string;
  fingerprint: string;
}

type NewThread = Extract<OutboxTarget, { kind: 'thread' }>;

/**
 * The anonymous visitor's side, as a Lit reactive controller: the ticket form's first message
 * (sent at once, or queued in the outbox when the network fails), the portal conversation (token in
 * storage, so it resumes after a reload), its live events with a catch-up after every
 * (re)connection, and the delivery of its replies through the shared outbox.
 */
export class AnonymousChatController extends ConversationController {
  /** The conversation's sent messages. */
  threadMessages: ChatMessage[] = [];
  /** The conversation's status, as the staff last set it. */
  threadStatus: string | null = null;
  /** The stored conversation is being loaded. */
  loading = false;
  /** Typing both ways in the conversation (keyed by thread id). */
  readonly typing: TypingController;

  private session: PortalSession | null = null;
  private access: { token: string; files: FileAccess } | null = null;

  constructor(host: SupportHost) {
    super(host, ['portal', 'thread']);
    this.typing = new TypingController(host, {
      send: (threadId) => this.base!.client!.portal(this.session!.token).typing({ thread_id: threadId }),
      canSend: () => Boolean(this.base?.panelOpen && this.session),
    });
  }

  /** The conversation's thread id, when there is one. */
  get conversationId(): string | null {
    return this.session?.threadId ?? null;
  }

  /** The first message waits in the outbox: the conversation opens once it is delivered. */
  get firstMessageQueued(): boolean {
    return !this.session && (this.base?.outbox?.items ?? []).some((item) => item.target.kind === 'thread');
  }

  /** The visible conversation: sent messages plus the outbox's pending ones, each once. */
  get messages(): ChatMessage[] {
    if (!this.session) return this.base?.conversation([], (target) => target.kind === 'thread') ?? [];
    return this.base?.conversation(this.threadMessages, (target) => this.isMine(target)) ?? [];
  }

  /** Loads the stored conversation, if any, and follows it. */
  load(): void {
    this.session = this.base?.store?.read<PortalSession>(SESSION_KEY) ?? null;
    if (this.session) void this.loadConversation();
  }

  /** Forgets the conversation (sign-out). */
  forget(): void {
    this.stopStream();
    this.clearSession();
    this.base?.store?.remove('pending-create');
  }

  /**
   * Sends the ticket form's first message, creating the public thread and switching to the
   * conversation. When the network or the server fails, the message is queued in the outbox with
   * the same idempotency key and the conversation opens by itself once it lands; a resubmission of
   * the same form reuses the key too, so the thread is never created twice. Resolves to whether
   * the message was sent or queued.
   */
  async submitTicket(values: TicketFormValues): Promise<boolean> {
    const base = this.base;
    if (!base?.client || !base.store || !base.outbox) return false;
    const store = base.store;
    const target: NewThread = {
      kind: 'thread',
      name: values.name.trim(),
      email: values.email.trim(),
      subject: values.subject.trim(),
      ...(base.attributes ? { attributes: base.attributes } : {}),
    };
    const text = values.message.trim();
    const fingerprint = JSON.stringify([target, text]);
    const saved = store.read<PendingCreate>('pending-create');
    const key = saved?.fingerprint === fingerprint ? saved.key : randomId();
    store.write('pending-create', { key, fingerprint } satisfies PendingCreate);
    let queued = false;
    const sent = await base.run(async () => {
      try {
        this.open(await this.createThread(target, text, key));
      } catch (error) {
        // A rate limit or a refusal keeps the form; a failure that may pass waits in the outbox.
        if (!isRetryable(error) || statusOf(error) === 429) throw error;
        base.outbox!.enqueue(target, text, { idempotencyKey: key });
        store.remove('pending-create');
        queued = true;
        throw error;
      }
    });
    return sent || queued;
  }

  /** Whether support is typing in the conversation now. */
  get supportTyping(): boolean {
    return this.typing.isTyping(this.session?.threadId);
  }

  /** The visitor's reply box changed: tells support they are typing (throttled). */
  typed(text: string): void {
    if (this.session) this.typing.typed(this.session.threadId, text);
  }

  /**
   * Sends a reply with its uploaded files through the outbox: it shows as pending at once and is
   * delivered exactly once.
   */
  reply(text: string, attachments: readonly ChatAttachment[] = []): void {
    const threadId = this.session?.threadId;
    if (threadId)
      this.queue(
        { kind: 'portal', threadId },
        text,
        attachments,
        `reply:thread:${threadId}`,
        this.threadMessages,
      );
  }

  /**
   * Uploads and downloads through the conversation's portal token (no sign-in: the token in the
   * path is the credential, so downloads are plain links); `null` without a conversation.
   */
  get files(): FileAccess | null {
    const client = this.base?.client;
    const session = this.session;
    if (!client || !session) return null;
    if (this.access?.token !== session.token) {
      const portal = client.portal(session.token);
      this.access = {
        token: session.token,
        files: {
          upload: async (file, call) =>
            toChatAttachment(await portal.uploadAttachment(file, { filename: file.name, ...call })),
          href: (file) => portalFileUrl(client.baseUrl, session.token, file.id),
          load: (file, signal) =>
            client.files.portalDownload(session.token, file.id, { signal }).then(({ blob }) => blob),
        },
      };
    }
    return this.access.files;
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

  /** Whether a queued message can go out: a first message always, a reply into the loaded conversation. */
  canSend(item: OutboxItem): boolean {
    return item.target.kind === 'thread' || this.isMine(item.target);
  }

  /** Delivers a queued first message (opening the conversation) or reply. */
  async send(item: OutboxItem): Promise<ChatMessage> {
    const target = item.target;
    if (target.kind === 'thread') {
      const created = await this.createThread(target, item.text, item.idempotencyKey);
      this.open(created);
      return this.threadMessages[0]!;
    }
    const ids = (item.attachments ?? []).map((file) => file.id);
    const message = await this.base!.client!.portal(this.session!.token).sendMessage(
      {
        thread_id: (target as Extract<OutboxTarget, { kind: 'portal' }>).threadId,
        message_text: item.text,
        ...(ids.length > 0 ? { attachment_ids: ids } : {}),
      },
      { idempotencyKey: item.idempotencyKey },
    );
    return fromThreadMessage(message);
  }

  /** Shows a delivered reply as sent. */
  delivered(item: OutboxItem, message: ChatMessage): void {
    if (item.target.kind === 'portal') this.threadMessages = mergeMessages(this.threadMessages, [message]);
  }

  private isMine(target: OutboxTarget): boolean {
    return target.kind === 'portal' && target.threadId === this.session?.threadId;
  }

  private createThread(target: NewThread, text: string, key: string): Promise<PublicThreadResponse> {
    const { name, email, subject, attributes } = target;
    return this.base!.client!.public.createThread(
      { name, email, subject, message_text: text, ...(attributes ? { custom_attributes: attributes } : {}) },
      { idempotencyKey: key },
    );
  }

  /** The thread exists: keep its portal token, show it, follow it, and say so. */
  private open(created: PublicThreadResponse): void {
    const base = this.base!;
    // Whatever went wrong on the way (offline, a failing server) is over now.
    base.notice = null;
    base.store?.remove('pending-create');
    base.attributes = null;
    this.session = { token: created.token, threadId: created.thread.id, expiresAt: created.expires_at };
    base.store?.write(SESSION_KEY, this.session);
    this.show(created.thread);
    base.drafts?.clear('form:subject', 'form:message');
    base.emit('ticket-created', { threadId: created.thread.id });
    this.follow();
  }

  private show(thread: VisitorThreadDetail): void {
    this.threadMessages = thread.messages.map(fromThreadMessage);
    this.threadStatus = thread.status;
  }

  private async loadConversation(): Promise<void> {
    const base = this.base!;
    this.loading = true;
    base.changed();
    try {
      this.show(await this.readThread());
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

  /** The stored conversation as the server has it now. */
  private async readThread(): Promise<VisitorThreadDetail> {
    const session = this.session!;
    const context = await this.base!.client!.portal(session.token).context();
    const thread =
      context.threads.find((candidate) => candidate.id === session.threadId) ?? context.threads[0];
    if (!thread) throw Object.assign(new Error('Thread not found'), { status: 404 });
    return thread;
  }

  /**
   * Re-reads the conversation after the stream (re)connected: whatever arrived while it was down
   * shows, even from a server that cannot replay missed events.
   */
  private async catchUp(): Promise<void> {
    const base = this.base;
    if (!base || !this.session) return;
    try {
      const thread = await this.readThread();
      for (const message of thread.messages)
        this.threadMessages =
          base.arrive(this.threadMessages, fromThreadMessage(message)) ?? this.threadMessages;
      this.threadStatus = thread.status;
      base.changed();
    } catch {
      // The stream reports lasting trouble; the next (re)connection catches up again.
    }
  }

  private follow(): void {
    const base = this.base;
    const session = this.session;
    if (!base?.client || !session) return;
    const signal = this.restartStream();
    const portal = base.client.portal(session.token);
    void base.follow(
      (stop) => portal.events({ signal: stop, onOpen: () => void this.catchUp() }),
      signal,
      (event) => {
        if (event.type === 'message.created' && event.data.thread_id === session.threadId) {
          const message = fromThreadMessage(event.data.message);
          if (message.author === 'agent') this.typing.cleared(session.threadId);
          this.threadMessages = base.arrive(this.threadMessages, message) ?? this.threadMessages;
        } else if (event.type === 'typing' && event.data.thread_id === session.threadId) {
          if (event.data.author_type === 'INTERNAL') this.typing.received(session.threadId);
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
    this.base?.store?.remove(SESSION_KEY);
  }
}
