import type {
  AuthorType,
  CustomAttributeValue,
  Message,
  Requester,
  StaffThreadDetail,
  Thread,
  ThreadDetail,
  ThreadPriority,
  ThreadStatus,
  VisitorThreadDetail,
} from '@helpdock/sdk/schemas';
import { fail } from '../core/errors.js';
import { randomId } from '../core/ids.js';
import { ActivityOrder, activityKey } from './activity-order.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import { mergeCustomAttributes } from './custom-attributes.js';
import type { ThreadEvents } from './events.js';
import { toMessageAttachment } from './files.js';
import type { OutboxStore } from './outbox.js';
import { type Page, paginateOrdered, where } from './pagination.js';
import type { FileRecord, MessageRecord, ThreadRecord } from './records.js';
import { TableIndex } from './table-index.js';
import type { DirectoryStore } from './tenants.js';
import { toMessage, toThread, toVisitorThread } from './ticket-view.js';

/** Filters and paging of a thread list. */
export interface ThreadFilter {
  /** Only threads in this status; undefined: any status. */
  status?: ThreadStatus | undefined;
  /** Only threads of this priority; undefined: any priority. */
  priority?: ThreadPriority | undefined;
  /** Only threads about this assignment; undefined: any. */
  assignment_id?: string | undefined;
  /** Only this customer's threads; undefined: anyone's. */
  customer_id?: string | undefined;
  /** Free-text search; undefined: no search. */
  q?: string | undefined;
  /** Page size. */
  limit: number;
  /** The `next_cursor` of the previous page; undefined for the first page. */
  cursor?: string | undefined;
}

/** A new thread and its first message. */
export interface NewThread {
  /** One-line summary. */
  subject: string;
  /** Text of the first message. */
  message_text: string;
  /** How urgent it is. */
  priority: ThreadPriority;
  /** The assignment it is about; null or undefined: none. */
  assignment_id?: string | null | undefined;
  /** The customer whose ticket it is; null or undefined: not a ticket. */
  customer_id?: string | null | undefined;
  /** Who writes the first message. */
  author_type: AuthorType;
  /** The anonymous visitor opening it through the public endpoint; undefined: a signed-in user. */
  requester?: ThreadRecord['requester'] | undefined;
  /** Customer-view category; null or undefined: none. */
  category?: string | null | undefined;
  /** Ticket type; undefined: `issue`. */
  type?: string | undefined;
  /** Checked uploads (see `FileStore.linkable`) to attach to the first message; undefined: none. */
  files?: readonly FileRecord[] | undefined;
  /** Context the site attaches (SPEC §2; null values are dropped); undefined: none. */
  custom_attributes?: Record<string, CustomAttributeValue> | undefined;
}

/** A change to a thread by staff: each field given is set; `custom_attributes` are merged. */
export interface ThreadPatch {
  /** The new status; undefined: unchanged. */
  status?: ThreadStatus | undefined;
  /** The new priority; undefined: unchanged. */
  priority?: ThreadPriority | undefined;
  /** The new subject; undefined: unchanged. */
  subject?: string | undefined;
  /** Attributes to set (a null value removes its key); undefined: unchanged. */
  custom_attributes?: Record<string, CustomAttributeValue> | undefined;
}

/** A new message on a thread. */
export interface NewMessage {
  /** The message as plain text. */
  message_text: string;
  /** Who writes it. */
  author_type: AuthorType;
  /** Checked uploads (see `FileStore.linkable`) to attach to it; undefined: none. */
  files?: readonly FileRecord[] | undefined;
}

/**
 * Support threads and their messages (SPEC §3): tenant scoping (another tenant's thread is a 404),
 * status transitions, counters, outbox emails, audit entries and stream events.
 * Every method is synchronous, so each change is atomic.
 */
export class ThreadStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: {
      audit: AuditStore;
      outbox: OutboxStore;
      events: ThreadEvents;
      directory: DirectoryStore;
      /** Links attached files to the message that carries them. */
      linkFiles: (files: readonly FileRecord[], threadId: string, messageId: string) => void;
    },
  ) {}

  /** Threads by id and messages by thread: lookups stay flat however many threads are stored. */
  readonly #threadsById = new TableIndex(
    () => this.ctx.state.threads,
    (t) => t.id,
  );
  readonly #activity = new ActivityOrder(() => this.ctx.state.threads);
  readonly #messagesByThread = new TableIndex(
    () => this.ctx.state.messages,
    (m) => m.thread_id,
  );

  /** The stored thread `id` of any tenant, if there is one: the caller checks the scope. */
  find(id: string): ThreadRecord | undefined {
    return this.#threadsById.get(id)[0];
  }

  /** The stored thread `id` of `tenantId`; 404 when it does not exist there. */
  record(tenantId: string, id: string): ThreadRecord {
    const thread = this.find(id);
    if (!thread || thread.tenant_id !== tenantId) throw fail.notFound('Thread');
    return thread;
  }

  /** Stored messages of a thread, oldest first. */
  messageRecords(threadId: string): readonly MessageRecord[] {
    return this.#messagesByThread.get(threadId);
  }

  /** The staff detail view (thread plus messages). */
  detailOf(thread: ThreadRecord): ThreadDetail {
    return { ...toThread(thread), messages: this.messageRecords(thread.id).map(toMessage) };
  }

  /** A portal visitor's detail view (no custom attributes). */
  visitorDetailOf(thread: ThreadRecord): VisitorThreadDetail {
    return { ...toVisitorThread(thread), messages: this.messageRecords(thread.id).map(toMessage) };
  }

  /** A portal visitor's detail view of thread `id` in `tenantId`. */
  visitorDetail(tenantId: string, id: string): VisitorThreadDetail {
    return this.visitorDetailOf(this.record(tenantId, id));
  }

  /** The detail view of thread `id` in `tenantId`. */
  detail(tenantId: string, id: string): ThreadDetail {
    return this.detailOf(this.record(tenantId, id));
  }

  /** The staff detail view of thread `id` in `tenantId`: the detail plus who asked. */
  staffDetail(tenantId: string, id: string): StaffThreadDetail {
    const thread = this.record(tenantId, id);
    return { ...this.detailOf(thread), requester: this.requesterOf(thread) };
  }

  /** Who asked in a thread: its customer, else the visitor who opened it; null for a staff-opened thread. */
  requesterOf(thread: ThreadRecord): Requester | null {
    const customer = thread.customer_id
      ? this.deps.directory.customer(thread.tenant_id, thread.customer_id)
      : undefined;
    if (customer) return { kind: 'customer', name: customer.name, email: customer.email };
    if (thread.requester)
      return { kind: 'visitor', name: thread.requester.name, email: thread.requester.email };
    return null;
  }

  /**
   * A tenant's threads, newest activity first, after the thread whose list key
   * (`last_message_at|id`) is `afterKey`: read lazily, so a page costs what it shows.
   */
  newestFirst(tenantId: string, afterKey?: string): Iterable<ThreadRecord> {
    return this.#activity.newestFirst(tenantId, afterKey);
  }

  /** Threads of a tenant, newest activity first, filtered and paged. */
  list(tenantId: string, filter: ThreadFilter): Page<Thread> {
    const q = filter.q?.toLowerCase();
    const matches = (afterKey: string | undefined) =>
      where(
        this.newestFirst(tenantId, afterKey),
        (t) =>
          (filter.status === undefined || t.status === filter.status) &&
          (filter.priority === undefined || t.priority === filter.priority) &&
          (filter.assignment_id === undefined || t.assignment_id === filter.assignment_id) &&
          (filter.customer_id === undefined || t.customer_id === filter.customer_id) &&
          (q === undefined ||
            t.subject.toLowerCase().includes(q) ||
            this.messageRecords(t.id).some((m) => m.message_text.toLowerCase().includes(q))),
      );
    const page = paginateOrdered(matches, {
      limit: filter.limit,
      cursor: filter.cursor,
      sortKey: activityKey,
    });
    return { data: page.data.map(toThread), next_cursor: page.next_cursor };
  }

  /** Opens a thread with its first message; emails ops and audits. */
  create(actor: Actor, input: NewThread): ThreadDetail {
    if (input.customer_id && !this.deps.directory.customer(actor.tenantId, input.customer_id)) {
      throw fail.notFound('Customer');
    }
    const customAttributes = mergeCustomAttributes({}, input.custom_attributes);
    const now = this.ctx.nowIso();
    const thread: ThreadRecord = {
      id: randomId('thr'),
      tenant_id: actor.tenantId,
      assignment_id: input.assignment_id ?? null,
      customer_id: input.customer_id ?? null,
      subject: input.subject,
      status: 'OPEN',
      priority: input.priority,
      created_by: actor.userId,
      created_at: now,
      updated_at: now,
      resolved_at: null,
      closed_at: null,
      last_message_at: now,
      message_count: 1,
      category: input.category ?? null,
      type: input.type ?? 'issue',
      requester: input.requester ?? null,
      custom_attributes: customAttributes,
    };
    const message = newMessage(actor, thread.id, input, now);
    this.ctx.state.threads.push(thread);
    this.ctx.state.messages.push(message);
    this.deps.linkFiles(input.files ?? [], thread.id, message.id);
    this.deps.audit.record(actor, 'thread.create', thread.id);
    this.notifyOps(thread, `New support thread: ${thread.subject}`, input.message_text, 'thread.created');
    this.deps.events.threadCreated(thread);
    this.deps.events.messageCreated(thread, message);
    return this.detailOf(thread);
  }

  /**
   * Adds a message. A CLOSED thread takes none (409); a customer's or visitor's message on a
   * RESOLVED thread reopens it.
   */
  addMessage(actor: Actor, threadId: string, input: NewMessage): Message {
    const thread = this.record(actor.tenantId, threadId);
    if (thread.status === 'CLOSED') throw fail.conflict('This thread is closed: reopen it before replying');
    const now = this.ctx.nowIso();
    const message = newMessage(actor, thread.id, input, now);
    const previousStatus = thread.status;
    const fromOutside = input.author_type === 'CUSTOMER' || input.author_type === 'EXTERNAL';
    if (fromOutside && thread.status === 'RESOLVED') {
      thread.status = 'OPEN';
      thread.resolved_at = null;
    }
    thread.message_count += 1;
    this.#activity.touch(thread, now);
    thread.updated_at = now;
    this.ctx.state.messages.push(message);
    this.deps.linkFiles(input.files ?? [], thread.id, message.id);
    this.deps.audit.record(actor, 'thread.message', thread.id);
    if (fromOutside)
      this.notifyOps(thread, `New message on: ${thread.subject}`, input.message_text, 'message.created');
    else this.notifyRequester(thread, `Reply on: ${thread.subject}`, input.message_text, 'message.created');
    this.deps.events.messageCreated(thread, message);
    if (previousStatus !== thread.status) {
      this.deps.events.threadUpdated(thread, previousStatus);
      this.notifyRequester(
        thread,
        `Status of "${thread.subject}": ${thread.status}`,
        `Now ${thread.status}.`,
        'status.changed',
      );
    }
    return toMessage(message);
  }

  /** Changes status, priority, subject or custom attributes; timestamps follow the status. */
  update(actor: Actor, threadId: string, patch: ThreadPatch, action = 'thread.update'): Thread {
    const thread = this.record(actor.tenantId, threadId);
    // Checked before any change, so a merge over the limit (422) leaves the thread as it was.
    const customAttributes = mergeCustomAttributes(thread.custom_attributes, patch.custom_attributes);
    const previousStatus = thread.status;
    const now = this.ctx.nowIso();
    if (patch.subject !== undefined) thread.subject = patch.subject;
    if (patch.priority !== undefined) thread.priority = patch.priority;
    thread.custom_attributes = customAttributes;
    if (patch.status !== undefined && patch.status !== thread.status) {
      thread.status = patch.status;
      thread.resolved_at =
        patch.status === 'RESOLVED' ? now : patch.status === 'CLOSED' ? thread.resolved_at : null;
      thread.closed_at = patch.status === 'CLOSED' ? now : null;
    }
    thread.updated_at = now;
    this.deps.audit.record(actor, action, thread.id);
    this.deps.events.threadUpdated(thread, previousStatus);
    if (previousStatus !== thread.status) {
      this.notifyRequester(
        thread,
        `Status of "${thread.subject}": ${thread.status}`,
        `Now ${thread.status}.`,
        'status.changed',
      );
    }
    return toThread(thread);
  }

  /** Marks a thread RESOLVED (a no-op status-wise when it already is). */
  resolve(actor: Actor, threadId: string): Thread {
    return this.update(actor, threadId, { status: 'RESOLVED' }, 'thread.resolve');
  }

  /** Marks a thread CLOSED. */
  close(actor: Actor, threadId: string): Thread {
    return this.update(actor, threadId, { status: 'CLOSED' }, 'thread.close');
  }

  private notifyOps(thread: ThreadRecord, subject: string, text: string, kind: string): void {
    const to = this.ctx.state.config[thread.tenant_id]?.OPS_SUPPORT_EMAIL;
    if (to)
      this.deps.outbox.send({ tenant_id: thread.tenant_id, to, subject, text, kind, thread_id: thread.id });
  }

  private notifyRequester(thread: ThreadRecord, subject: string, text: string, kind: string): void {
    const to = this.requesterOf(thread)?.email;
    if (to)
      this.deps.outbox.send({ tenant_id: thread.tenant_id, to, subject, text, kind, thread_id: thread.id });
  }
}

/** A new message record of `threadId`, written by `actor` at `now`. */
function newMessage(actor: Actor, threadId: string, input: NewMessage, now: string): MessageRecord {
  return {
    id: randomId('msg'),
    tenant_id: actor.tenantId,
    thread_id: threadId,
    author_user_id: actor.userId,
    author_type: input.author_type,
    message_text: input.message_text,
    attachments: (input.files ?? []).map(toMessageAttachment),
    created_at: now,
  };
}
