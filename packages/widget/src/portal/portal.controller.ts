import { HelpdockLiteClient, type Portal } from '@helpdock/sdk/lite';
import type { Message, PortalLinkProblem, VisitorThread, VisitorThreadDetail } from '@helpdock/sdk/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  type ChatAttachment,
  type FileAccess,
  portalFileUrl,
  toChatAttachment,
} from '../core/attachments.js';
import { type ChatMessage, fromThreadMessage, mergeMessages } from '../core/conversation.js';
import { errorMessageKey, statusOf } from '../core/errors.js';
import type { MessageKey } from '../i18n/index.js';
import type { HelpdockPortalEventDetails } from '../page-events.js';
import { TypingController } from '../views/typing-indicator/typing.controller.js';
import { linkProblemOf } from './link-problem.js';

/** What `<helpdock-portal>` shows. */
export type PortalView = 'loading' | 'problem' | 'ready';

/** Where the portal reaches the backend and with which link. */
export interface PortalConnection {
  /** Origin of the Helpdock API. */
  apiBase: string;
  /** The portal token of the link. */
  token: string;
}

/** Options of {@link PortalController}. */
export interface PortalControllerOptions {
  /** Reports events to the host element, which turns them into `helpdock:*` DOM events. */
  emit<K extends keyof HelpdockPortalEventDetails>(name: K, detail: HelpdockPortalEventDetails[K]): void;
  /** Announces a new support message to screen readers. */
  announce?(text: string): void;
  /** Opens the live event stream (tests); defaults to the browser's `EventSource`. */
  openEvents?(url: string): EventSource;
}

/** One conversation of the link: the thread and its messages as the visitor sees them. */
export interface PortalThread {
  /** The thread as staff see it (status, subject…). */
  thread: VisitorThread;
  /** Its messages (each with its files), oldest first. */
  messages: ChatMessage[];
}

/**
 * State of a portal link, as a Lit reactive controller: the token's threads, the one shown, live
 * events over the browser's native `EventSource`, replies and new threads, and why a link that no
 * longer works was refused.
 */
export class PortalController implements ReactiveController {
  /** What to show. */
  view: PortalView = 'loading';
  /** Why the link was refused, when {@link view} is `problem`. */
  problem: PortalLinkProblem | null = null;
  /** When the link stops working (ISO 8601). */
  expiresAt: string | null = null;
  /** Whether the link covers an assignment, so the visitor may open new conversations. */
  canCreate = false;
  /** The link's conversations, newest activity first. */
  threads: PortalThread[] = [];
  /** The conversation shown, if any. */
  selectedId: string | null = null;
  /** A sentence about the last failure, as a dictionary key. */
  notice: MessageKey | null = null;
  /** A request started by the visitor is running. */
  busy = false;
  /** Typing both ways (keyed by thread id). */
  readonly typing: TypingController;

  private portal: Portal | null = null;
  private connection: PortalConnection | null = null;
  private events: EventSource | null = null;
  private access: { portal: Portal; files: FileAccess } | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PortalControllerOptions,
  ) {
    host.addController(this);
    this.typing = new TypingController(host, {
      send: (threadId) => this.portal!.typing({ thread_id: threadId }),
      canSend: () => this.portal !== null,
    });
  }

  /** The conversation shown. */
  get selected(): PortalThread | undefined {
    return this.threads.find((entry) => entry.thread.id === this.selectedId);
  }

  hostConnected(): void {
    if (this.connection && !this.events && this.view === 'ready') this.listen();
  }

  hostDisconnected(): void {
    this.stopListening();
  }

  /** Loads the link's threads (again, when the token or server changed) and follows them live. */
  connect(connection: PortalConnection): void {
    if (this.connection?.apiBase === connection.apiBase && this.connection.token === connection.token) return;
    this.connection = connection;
    this.stopListening();
    this.portal = connection.token
      ? new HelpdockLiteClient({ baseUrl: connection.apiBase }).portal(connection.token)
      : null;
    this.view = 'loading';
    this.changed();
    void this.load();
  }

  /** Shows one conversation (`null`: the list). */
  select(threadId: string | null): void {
    this.selectedId = threadId;
    this.notice = null;
    this.changed();
  }

  /** Hides the notice. */
  dismissNotice(): void {
    this.notice = null;
    this.changed();
  }

  /** The visitor's reply box in the shown conversation changed: tells support (throttled). */
  typed(text: string): void {
    if (this.selectedId) this.typing.typed(this.selectedId, text);
  }

  /** Sends a reply with its uploaded files in the shown conversation; resolves to whether it was stored. */
  reply(text: string, attachments: readonly ChatAttachment[] = []): Promise<boolean> {
    const threadId = this.selectedId;
    const body = text.trim();
    if (!threadId || !body) return Promise.resolve(false);
    return this.run(async (portal) => {
      const ids = attachments.map((file) => file.id);
      const message = await portal.sendMessage({
        thread_id: threadId,
        message_text: body,
        ...(ids.length > 0 ? { attachment_ids: ids } : {}),
      });
      this.addMessage(threadId, message);
    });
  }

  /**
   * Uploads and downloads through the link's token (the credential is in the path, so downloads
   * are plain links); `null` before the link is known.
   */
  get files(): FileAccess | null {
    const connection = this.connection;
    const portal = this.portal;
    if (!connection || !portal) return null;
    if (this.access?.portal !== portal) {
      const client = new HelpdockLiteClient({ baseUrl: connection.apiBase });
      this.access = {
        portal,
        files: {
          upload: async (file, call) =>
            toChatAttachment(await portal.uploadAttachment(file, { filename: file.name, ...call })),
          href: (file) => portalFileUrl(connection.apiBase, connection.token, file.id),
          load: (file, signal) =>
            client.files.portalDownload(connection.token, file.id, { signal }).then(({ blob }) => blob),
        },
      };
    }
    return this.access.files;
  }

  /** Opens a new conversation (assignment-scoped links only) and shows it. */
  createThread(values: { subject: string; message: string }): Promise<boolean> {
    return this.run(async (portal) => {
      const detail = await portal.createThread({
        subject: values.subject.trim(),
        message_text: values.message.trim(),
      });
      this.upsert(detail, detail.messages);
      this.selectedId = detail.id;
      this.options.emit('ticket-created', { threadId: detail.id });
    });
  }

  private async load(): Promise<void> {
    const portal = this.portal;
    if (!portal) {
      this.refuse('invalid');
      return;
    }
    try {
      const context = await portal.context();
      if (portal !== this.portal) return;
      this.expiresAt = context.expires_at;
      this.canCreate = context.scope.thread_id === null && context.scope.assignment_id !== null;
      this.threads = [];
      for (const detail of context.threads) this.upsert(detail, detail.messages);
      // A link for one conversation opens it; a link for several shows the list first.
      this.selectedId =
        this.threads.length === 1 && !this.canCreate ? (this.threads[0]?.thread.id ?? null) : null;
      this.view = 'ready';
      this.notice = null;
      this.options.emit('portal-ready', { threadCount: this.threads.length, expiresAt: context.expires_at });
      this.listen();
    } catch (error) {
      if (portal !== this.portal) return;
      const problem = linkProblemOf(error);
      if (problem) this.refuse(problem);
      else {
        this.view = 'ready';
        this.fail(error);
      }
    }
    this.changed();
  }

  private listen(): void {
    const connection = this.connection;
    if (!connection || this.events || (typeof EventSource === 'undefined' && !this.options.openEvents))
      return;
    const url = `${connection.apiBase.replace(/\/+$/, '')}/api/support/portal/${encodeURIComponent(connection.token)}/events`;
    const events = this.options.openEvents?.(url) ?? new EventSource(url);
    this.events = events;
    events.addEventListener('message.created', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        thread_id: string;
        message: Message;
      };
      this.addMessage(data.thread_id, data.message);
    });
    events.addEventListener('thread.updated', (event) => {
      const { thread } = JSON.parse((event as MessageEvent<string>).data) as { thread: VisitorThread };
      const entry = this.threads.find((candidate) => candidate.thread.id === thread.id);
      if (!entry) {
        void this.refresh();
        return;
      }
      entry.thread = thread;
      this.sort();
      this.changed();
    });
    events.addEventListener('typing', (event) => {
      const data = JSON.parse((event as MessageEvent<string>).data) as {
        thread_id: string;
        author_type: Message['author_type'];
      };
      if (data.author_type === 'INTERNAL') this.typing.received(data.thread_id);
    });
    events.addEventListener('error', () => {
      // The browser retries by itself (with Last-Event-ID) unless the server refused the stream:
      // then the link itself is checked, since it may have been revoked or have expired.
      if (events.readyState === EventSource.CLOSED) {
        this.stopListening();
        void this.recheck();
      }
    });
  }

  private async recheck(): Promise<void> {
    const portal = this.portal;
    try {
      await portal?.context();
      if (portal === this.portal) this.listen();
    } catch (error) {
      const problem = portal === this.portal ? linkProblemOf(error) : undefined;
      if (problem) this.refuse(problem);
    }
  }

  private stopListening(): void {
    this.events?.close();
    this.events = null;
  }

  private addMessage(threadId: string, message: Message): void {
    const entry = this.threads.find((candidate) => candidate.thread.id === threadId);
    if (!entry) {
      // A conversation staff opened under this link after it loaded: fetch it whole.
      void this.refresh();
      return;
    }
    const chat = fromThreadMessage(message);
    if (entry.messages.some((known) => known.id === chat.id)) return;
    entry.messages = mergeMessages(entry.messages, [chat]);
    entry.thread = { ...entry.thread, last_message_at: message.created_at };
    this.options.emit('message', {
      direction: chat.author === 'me' ? 'out' : 'in',
      text: chat.text,
      id: chat.id,
    });
    if (chat.author === 'agent') {
      this.typing.cleared(threadId);
      this.options.announce?.(chat.text);
    }
    this.sort();
    this.changed();
  }

  private async refresh(): Promise<void> {
    const portal = this.portal;
    try {
      const context = await portal?.context();
      if (!context || portal !== this.portal) return;
      for (const detail of context.threads) this.upsert(detail, detail.messages);
      this.changed();
    } catch (error) {
      const problem = linkProblemOf(error);
      if (problem) this.refuse(problem);
    }
  }

  /** Adds or updates a thread, merging `messages` into the ones already shown. */
  private upsert(thread: VisitorThread, messages: readonly Message[]): void {
    const { messages: _omitted, ...summary } = thread as VisitorThreadDetail;
    const entry = this.threads.find((candidate) => candidate.thread.id === thread.id);
    const chats = messages.map(fromThreadMessage);
    if (entry) {
      entry.thread = summary;
      entry.messages = mergeMessages(entry.messages, chats);
    } else {
      this.threads.push({
        thread: summary,
        messages: mergeMessages([], chats),
      });
    }
    this.sort();
  }

  private sort(): void {
    this.threads.sort((a, b) => b.thread.last_message_at.localeCompare(a.thread.last_message_at));
  }

  private refuse(problem: PortalLinkProblem): void {
    this.stopListening();
    this.view = 'problem';
    this.problem = problem;
    this.threads = [];
    this.selectedId = null;
    this.options.emit('link-problem', { reason: problem });
    this.changed();
  }

  private fail(error: unknown): void {
    this.notice = errorMessageKey(error);
    const status = statusOf(error);
    this.options.emit('error', { code: this.notice, ...(status === undefined ? {} : { status }) });
  }

  private async run(action: (portal: Portal) => Promise<void>): Promise<boolean> {
    const portal = this.portal;
    if (!portal || this.busy) return false;
    this.busy = true;
    this.notice = null;
    this.changed();
    try {
      await action(portal);
      return true;
    } catch (error) {
      const problem = linkProblemOf(error);
      if (problem) this.refuse(problem);
      else this.fail(error);
      return false;
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  private changed(): void {
    this.host.requestUpdate();
  }
}
