import type { ThreadRecord } from './records.js';

/** The list order key of a thread: last activity, then id (unique, so pages never tie). */
export const activityKey = (thread: ThreadRecord): string => `${thread.last_message_at}|${thread.id}`;

/** Above this many new rows, indexing appends and sorts instead of inserting row by row. */
const BULK_ROWS = 64;

interface Entry {
  key: string;
  thread: ThreadRecord;
}

/**
 * Each tenant's threads in activity order, so a page of a list reads only the threads it shows
 * (plus those its filters skip) instead of every stored thread. Appended threads are picked up
 * lazily; a change of `last_message_at` must go through {@link ActivityOrder.touch}; a replaced
 * thread table (a reset) starts the order over.
 */
export class ActivityOrder {
  #table: readonly ThreadRecord[] | undefined;
  #indexed = 0;
  #byTenant = new Map<string, Entry[]>();

  /** @param threads reads the current thread table */
  constructor(private readonly threads: () => readonly ThreadRecord[]) {}

  /** Sets a thread's last activity and moves it to its new place in the order. */
  touch(thread: ThreadRecord, lastMessageAt: string): void {
    this.#sync();
    const entries = this.#byTenant.get(thread.tenant_id);
    const at = entries ? lowerBound(entries, activityKey(thread)) : -1;
    if (entries && entries[at]?.thread === thread) entries.splice(at, 1);
    thread.last_message_at = lastMessageAt;
    this.#insert(thread);
  }

  /** A tenant's threads, newest activity first, starting after the thread whose key is `afterKey`. */
  *newestFirst(tenantId: string, afterKey?: string): Generator<ThreadRecord> {
    this.#sync();
    const entries = this.#byTenant.get(tenantId) ?? [];
    let index = (afterKey === undefined ? entries.length : lowerBound(entries, afterKey)) - 1;
    for (; index >= 0; index--) yield (entries[index] as Entry).thread;
  }

  #sync(): void {
    const rows = this.threads();
    if (rows !== this.#table || rows.length < this.#indexed) {
      this.#table = rows;
      this.#indexed = 0;
      this.#byTenant = new Map();
    }
    if (rows.length - this.#indexed <= BULK_ROWS) {
      for (; this.#indexed < rows.length; this.#indexed++) this.#insert(rows[this.#indexed] as ThreadRecord);
      return;
    }
    // Many new rows at once (a seed, a fixture): append them all and sort once, not one splice each.
    const touched = new Set<Entry[]>();
    for (; this.#indexed < rows.length; this.#indexed++) {
      const thread = rows[this.#indexed] as ThreadRecord;
      const entries = this.#entriesOf(thread.tenant_id);
      entries.push({ key: activityKey(thread), thread });
      touched.add(entries);
    }
    for (const entries of touched) entries.sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0));
  }

  #entriesOf(tenantId: string): Entry[] {
    let entries = this.#byTenant.get(tenantId);
    if (!entries) {
      entries = [];
      this.#byTenant.set(tenantId, entries);
    }
    return entries;
  }

  #insert(thread: ThreadRecord): void {
    const key = activityKey(thread);
    const entries = this.#entriesOf(thread.tenant_id);
    entries.splice(lowerBound(entries, key), 0, { key, thread });
  }
}

/** The first index whose key is not below `key` (entries sorted by ascending key). */
function lowerBound(entries: readonly Entry[], key: string): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((entries[middle] as Entry).key < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
