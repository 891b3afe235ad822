import type { Message, Thread, ThreadPriority, ThreadStatus } from '@helpdock/sdk/schemas';

/** The list filters of the inbox (all optional: no filter shows every thread). */
export interface InboxFilters {
  /** Only threads in this status. */
  status?: ThreadStatus | undefined;
  /** Only threads of this priority. */
  priority?: ThreadPriority | undefined;
  /** Free text, matched by the server against subjects and messages. */
  q?: string | undefined;
}

/** What a live change did to the list, so the view can announce it or move focus. */
export type ListChange = 'added' | 'moved' | 'updated' | 'removed' | 'ignored';

/** The list's sort key: newest activity first, ties by id (as the server pages it). */
const keyOf = (thread: Thread): string => `${thread.last_message_at}|${thread.id}`;

/**
 * The inbox's thread list: the pages loaded so far, kept in activity order (newest first) and
 * updated in place by live events: a new thread or a reply moves its row to where its activity
 * puts it, a thread that stops matching the filters leaves, unread marks follow visitors' and
 * customers' messages. Lookups are by id and inserts by binary search, so a change costs
 * O(log n) comparisons plus one array move, however many threads are loaded.
 */
export class ThreadList {
  readonly #byId = new Map<string, Thread>();
  #order: Thread[] = [];
  readonly #unread = new Set<string>();
  #nextCursor: string | null = null;
  #loadedOnce = false;

  /** @param filters - What the list shows; a new filter means a new list. */
  constructor(filters: InboxFilters = {}) {
    this.filters = filters;
  }

  /** What the list shows. */
  readonly filters: InboxFilters;

  /** The loaded threads, newest activity first. */
  get items(): readonly Thread[] {
    return this.#order;
  }

  /** The cursor of the next page; null when every page is loaded (or none yet). */
  get nextCursor(): string | null {
    return this.#nextCursor;
  }

  /** Whether more threads can be loaded. */
  get hasMore(): boolean {
    return !this.#loadedOnce || this.#nextCursor !== null;
  }

  /** Number of unread threads among the loaded ones. */
  get unreadCount(): number {
    return this.#unread.size;
  }

  /** The loaded thread `id`, if any. */
  get(id: string): Thread | undefined {
    return this.#byId.get(id);
  }

  /** Whether a visitor or customer wrote on `id` since staff last opened it. */
  isUnread(id: string): boolean {
    return this.#unread.has(id);
  }

  /** Marks a thread read (its detail was opened). */
  markRead(id: string): void {
    this.#unread.delete(id);
  }

  /** Adds one page from `GET /api/support/threads`: threads already shown (moved by events) are skipped. */
  appendPage(threads: readonly Thread[], nextCursor: string | null): void {
    this.#loadedOnce = true;
    this.#nextCursor = nextCursor;
    const fresh = threads.filter((thread) => !this.#byId.has(thread.id));
    for (const thread of fresh) this.#byId.set(thread.id, thread);
    this.#order = [...this.#order, ...fresh].sort((a, b) => (keyOf(a) < keyOf(b) ? 1 : -1));
  }

  /** A thread was created or changed (a `thread.created` or `thread.updated` event, or an action). */
  upsert(thread: Thread): ListChange {
    const known = this.#byId.get(thread.id);
    if (!this.matches(thread)) {
      if (!known) return 'ignored';
      this.#remove(known);
      this.#unread.delete(thread.id);
      return 'removed';
    }
    if (!known) {
      // Older than the last loaded row while pages remain: it arrives with its page instead.
      const last = this.#order.at(-1);
      if (this.#nextCursor !== null && last && keyOf(thread) < keyOf(last)) return 'ignored';
      this.#insert(thread);
      return 'added';
    }
    if (keyOf(known) === keyOf(thread)) {
      const at = this.#order.indexOf(known);
      this.#order[at] = thread;
      this.#byId.set(thread.id, thread);
      return 'updated';
    }
    this.#remove(known);
    this.#insert(thread);
    return 'moved';
  }

  /**
   * A message was posted (`message.created`): the thread's activity and count move on, and a
   * visitor's or customer's message marks it unread unless it is the thread being read.
   */
  messageCreated(threadId: string, message: Message, openThreadId: string | null): ListChange {
    const known = this.#byId.get(threadId);
    if (!known) return 'ignored';
    if (message.author_type !== 'INTERNAL' && message.author_type !== 'SYSTEM' && threadId !== openThreadId)
      this.#unread.add(threadId);
    // A thread's first message is already counted by its `thread.created`.
    if (message.created_at === known.created_at) return 'ignored';
    return this.upsert({
      ...known,
      // ISO 8601 UTC strings sort in time order: the later of the two.
      last_message_at: [known.last_message_at, message.created_at].sort()[1] ?? message.created_at,
      message_count: known.message_count + 1,
      updated_at: message.created_at,
    });
  }

  /** Whether a thread belongs in this list by its status and priority (text search is the server's). */
  matches(thread: Thread): boolean {
    const { status, priority, q } = this.filters;
    if (status !== undefined && thread.status !== status) return false;
    if (priority !== undefined && thread.priority !== priority) return false;
    // The server searches messages too; live, only the subject can be checked, so a thread already
    // listed stays and a new one must name the words in its subject.
    if (q && !this.#byId.has(thread.id) && !thread.subject.toLowerCase().includes(q.toLowerCase()))
      return false;
    return true;
  }

  #insert(thread: Thread): void {
    const key = keyOf(thread);
    let low = 0;
    let high = this.#order.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (keyOf(this.#order[mid] as Thread) > key) low = mid + 1;
      else high = mid;
    }
    this.#order.splice(low, 0, thread);
    this.#byId.set(thread.id, thread);
  }

  #remove(thread: Thread): void {
    const at = this.#order.indexOf(thread);
    if (at >= 0) this.#order.splice(at, 1);
    this.#byId.delete(thread.id);
  }
}
