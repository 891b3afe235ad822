import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import type {
  Message,
  StaffThreadDetail,
  SupportEvent,
  Thread,
  ThreadPriority,
  ThreadStatus,
} from '@helpdock/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ChatAttachment, type FileAccess, toChatAttachment } from '../core/attachments.js';
import { statusOf } from '../core/errors.js';
import { TYPING_SHOWN_MS, TypingSignals } from '../core/typing-signals.js';
import { type InboxFilters, ThreadList } from './thread-list.js';

/** Threads fetched per page. */
export const INBOX_PAGE_SIZE = 50;

/** Why the inbox shows an error line (a key of the inbox strings). */
export type InboxErrorKey = 'errorLoad' | 'errorAction' | 'errorClosed' | 'errorOffline';

/** A portal link created from the inbox, shown once with its expiry. */
export interface CreatedPortalLink {
  /** The thread it opens. */
  threadId: string;
  /** The link to send (contains the secret token: shown only here). */
  url: string;
  /** When it stops working (ISO 8601). */
  expiresAt: string;
}

/** Where the controller reports what the element should tell the page. */
export interface InboxControllerOptions {
  /** The access token was refused (expired or revoked): the page should sign in again. */
  onUnauthorized(): void;
  /** A live change worth announcing to screen readers (already translated by the element). */
  onLiveChange?(change: { kind: 'thread' | 'message'; threadId: string }): void;
  /** `fetch` to use (tests); default the global one. */
  fetch?: typeof fetch;
}

/**
 * The state of `<helpdock-inbox>` as a Lit reactive controller: the thread list (pages plus live
 * events from `GET /api/support/events`), the open thread, typing both ways and the staff actions.
 * Every change asks the host to render.
 */
export class InboxController implements ReactiveController {
  /** The loaded threads, live. */
  list = new ThreadList();
  /** A page of the list is loading. */
  loading = false;
  /** The open thread, with messages and who asked. */
  detail: StaffThreadDetail | null = null;
  /** The id of the open (or opening) thread. */
  openId: string | null = null;
  /** An action (reply, status, link) is running. */
  busy = false;
  /** The last failure, as a string key; null when all is well. */
  error: InboxErrorKey | null = null;
  /** The live stream's state. */
  live: 'connecting' | 'live' | 'offline' = 'connecting';
  /** The portal link created last, for the open thread. */
  portalLink: CreatedPortalLink | null = null;
  /** Who is typing where. */
  readonly typing = new TypingSignals();

  #client: HelpdockLiteClient | null = null;
  #access: { threadId: string; client: HelpdockLiteClient; files: FileAccess } | null = null;
  #stream: AbortController | null = null;
  #listRequest = 0;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: InboxControllerOptions,
  ) {
    host.addController(this);
  }

  /** @internal Lit lifecycle. */
  hostDisconnected(): void {
    this.stop();
  }

  /** Starts (or restarts) with an API base and a staff access token: first page and live stream. */
  connect(apiBase: string, accessToken: string): void {
    this.stop();
    this.#client = new HelpdockLiteClient({
      baseUrl: apiBase || globalThis.location?.origin || '',
      accessToken,
      ...(this.options.fetch ? { fetch: this.options.fetch } : {}),
    });
    this.list = new ThreadList(this.list.filters);
    this.detail = null;
    this.openId = null;
    void this.loadMore();
    this.follow();
  }

  /** Stops the live stream and forgets the client. */
  stop(): void {
    this.#stream?.abort();
    this.#stream = null;
    this.#client = null;
    clearTimeout(this.#typingTimer);
  }

  /** Shows the threads matching `filters`, from their first page. */
  setFilters(filters: InboxFilters): void {
    this.list = new ThreadList(filters);
    this.#listRequest += 1;
    this.loading = false;
    void this.loadMore();
  }

  /** Loads the next page of the list (nothing when all are loaded or one is loading). */
  async loadMore(): Promise<void> {
    const client = this.#client;
    if (!client || this.loading || !this.list.hasMore) return;
    const request = ++this.#listRequest;
    const list = this.list;
    this.loading = true;
    this.changed();
    try {
      const { status, priority, q } = list.filters;
      const page = await client.support.threads.list({
        limit: INBOX_PAGE_SIZE,
        ...(status ? { status } : {}),
        ...(priority ? { priority } : {}),
        ...(q ? { q } : {}),
        ...(list.nextCursor ? { cursor: list.nextCursor } : {}),
      });
      if (request !== this.#listRequest) return;
      list.appendPage(page.data, page.nextCursor ?? null);
      this.error = null;
    } catch (error) {
      if (request === this.#listRequest) this.fail(error, 'errorLoad');
    } finally {
      if (request === this.#listRequest) this.loading = false;
      this.changed();
    }
  }

  /** Opens a thread: its detail, and its unread mark goes. */
  async open(threadId: string): Promise<void> {
    const client = this.#client;
    if (!client) return;
    this.openId = threadId;
    this.portalLink = null;
    this.list.markRead(threadId);
    this.changed();
    try {
      const detail = await client.support.threads.retrieve(threadId);
      if (this.openId !== threadId) return;
      this.detail = detail;
      this.error = null;
    } catch (error) {
      this.fail(error, 'errorLoad');
    }
    this.changed();
  }

  /** Back to the list alone (narrow screens). */
  closeDetail(): void {
    this.openId = null;
    this.detail = null;
    this.portalLink = null;
    this.changed();
  }

  /** Replies on the open thread as staff, with files uploaded for it; true when sent. */
  async reply(text: string, attachments: readonly ChatAttachment[] = []): Promise<boolean> {
    const detail = this.detail;
    if (!detail || !text.trim()) return false;
    return this.act(async (client) => {
      const ids = attachments.map((file) => file.id);
      const message = await client.support.threads.addMessage(detail.id, {
        message_text: text,
        ...(ids.length > 0 ? { attachment_ids: ids } : {}),
      });
      this.typing.sent(detail.id);
      this.addMessage(detail.id, message);
    });
  }

  /**
   * Staff uploads (`POST /api/support/attachments`) and downloads with the staff token, for the
   * open thread (another thread starts with an empty composer); `null` when none is open.
   */
  get files(): FileAccess | null {
    const client = this.#client;
    const threadId = this.openId;
    if (!client || !threadId) return null;
    if (this.#access?.threadId !== threadId || this.#access.client !== client) {
      this.#access = {
        threadId,
        client,
        files: {
          upload: async (file, call) =>
            toChatAttachment(await client.support.attachments.upload(file, { filename: file.name, ...call })),
          load: (file, signal) => client.files.download(file.id, { signal }).then(({ blob }) => blob),
        },
      };
    }
    return this.#access.files;
  }

  /** The agent typed in the reply box: tells the visitor or customer, at most every few seconds. */
  agentTyping(): void {
    const detail = this.detail;
    if (!detail || !this.#client || !this.typing.shouldSend(detail.id)) return;
    this.#client.support.threads.typing(detail.id).catch(() => undefined);
  }

  /** Sets the open thread's status: RESOLVED and CLOSED use their own routes, OPEN reopens. */
  async setStatus(status: ThreadStatus): Promise<boolean> {
    const detail = this.detail;
    if (!detail) return false;
    return this.act(async (client) => {
      const thread =
        status === 'RESOLVED'
          ? await client.support.threads.resolve(detail.id)
          : status === 'CLOSED'
            ? await client.support.threads.close(detail.id)
            : await client.support.threads.update(detail.id, { status });
      this.threadChanged(thread);
    });
  }

  /** Sets the open thread's priority. */
  async setPriority(priority: ThreadPriority): Promise<boolean> {
    const detail = this.detail;
    if (!detail) return false;
    return this.act(async (client) =>
      this.threadChanged(await client.support.threads.update(detail.id, { priority })),
    );
  }

  /** Creates a portal link for the open thread, valid `days` days. */
  async createPortalLink(days: number): Promise<boolean> {
    const detail = this.detail;
    if (!detail) return false;
    return this.act(async (client) => {
      const created = await client.support.tokens.create({ thread_id: detail.id, expires_in_days: days });
      this.portalLink = { threadId: detail.id, url: created.portal_url, expiresAt: created.expires_at };
    });
  }

  private async act(run: (client: HelpdockLiteClient) => Promise<void>): Promise<boolean> {
    const client = this.#client;
    if (!client || this.busy) return false;
    this.busy = true;
    this.changed();
    try {
      await run(client);
      this.error = null;
      return true;
    } catch (error) {
      this.fail(error, statusOf(error) === 409 ? 'errorClosed' : 'errorAction');
      return false;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private follow(): void {
    const client = this.#client;
    if (!client) return;
    const abort = new AbortController();
    this.#stream = abort;
    this.live = 'connecting';
    const stream = client.support.events({ signal: abort.signal });
    stream.on('error', () => {
      if (!abort.signal.aborted) this.setLive('offline');
    });
    void (async () => {
      try {
        for await (const event of stream) {
          this.setLive('live');
          this.apply(event);
        }
      } catch (error) {
        if (!abort.signal.aborted) this.fail(error, 'errorOffline');
      }
    })();
  }

  private setLive(live: InboxController['live']): void {
    if (this.live === live) return;
    this.live = live;
    this.changed();
  }

  /** One event of the staff stream. */
  private apply(event: SupportEvent): void {
    switch (event.type) {
      case 'thread.created':
        if (this.list.upsert(event.data.thread) === 'added')
          this.options.onLiveChange?.({ kind: 'thread', threadId: event.data.thread.id });
        break;
      case 'thread.updated':
        this.threadChanged(event.data.thread);
        break;
      case 'message.created':
        this.typing.cleared(event.data.thread_id);
        this.addMessage(event.data.thread_id, event.data.message);
        if (event.data.message.author_type !== 'INTERNAL')
          this.options.onLiveChange?.({ kind: 'message', threadId: event.data.thread_id });
        break;
      case 'typing':
        if (event.data.author_type === 'INTERNAL') return;
        this.typing.received(event.data.thread_id);
        clearTimeout(this.#typingTimer);
        this.#typingTimer = setTimeout(() => this.changed(), TYPING_SHOWN_MS + 50);
        break;
      default:
        return;
    }
    this.changed();
  }

  /** A message reached a thread (the send's answer or the stream: whichever comes first shows). */
  private addMessage(threadId: string, message: Message): void {
    const detail = this.detail;
    if (detail?.id === threadId && !detail.messages.some((m) => m.id === message.id)) {
      this.detail = {
        ...detail,
        messages: [...detail.messages, message],
        message_count: detail.message_count + 1,
        last_message_at: message.created_at,
      };
      this.list.messageCreated(threadId, message, threadId);
    } else if (detail?.id !== threadId) {
      this.list.messageCreated(threadId, message, this.openId);
    }
    this.changed();
  }

  private threadChanged(thread: Thread): void {
    this.list.upsert(thread);
    if (this.detail?.id === thread.id) this.detail = { ...this.detail, ...thread };
    this.changed();
  }

  private fail(error: unknown, key: InboxErrorKey): void {
    if (statusOf(error) === 401) {
      this.stop();
      this.options.onUnauthorized();
      return;
    }
    this.error = statusOf(error) === undefined ? 'errorOffline' : key;
    this.changed();
  }

  private changed(): void {
    this.host.requestUpdate();
  }
}
