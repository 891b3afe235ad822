/**
 * Finds the rows of an append-only table by a key without scanning the table: rows are indexed as
 * they appear, and the index starts over when the table is replaced (a reset) or shrinks.
 *
 * @example
 * ```ts
 * const byThread = new TableIndex(() => state.messages, (m) => m.thread_id);
 * byThread.get('thr_1'); // the thread's messages, in insertion order
 * ```
 */
export class TableIndex<T> {
  #rows: readonly T[] | undefined;
  #indexed = 0;
  #byKey = new Map<string, T[]>();

  /**
   * @param table reads the current table (so a replaced table is noticed)
   * @param key the key a row is found by
   */
  constructor(
    private readonly table: () => readonly T[],
    private readonly key: (row: T) => string,
  ) {}

  /** The rows whose key is `key`, in insertion order. */
  get(key: string): readonly T[] {
    const rows = this.table();
    if (rows !== this.#rows || rows.length < this.#indexed) {
      this.#rows = rows;
      this.#indexed = 0;
      this.#byKey = new Map();
    }
    for (; this.#indexed < rows.length; this.#indexed++) {
      const row = rows[this.#indexed] as T;
      const rowKey = this.key(row);
      const list = this.#byKey.get(rowKey);
      if (list) list.push(row);
      else this.#byKey.set(rowKey, [row]);
    }
    return this.#byKey.get(key) ?? [];
  }
}
