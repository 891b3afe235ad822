import { fail } from '../core/errors.js';
import { fromBase64Url, toBase64Url } from '../core/ids.js';

/** A page of a list: `{data, next_cursor}` (SPEC §1). */
export interface Page<T> {
  /** The items of this page, in list order. */
  data: T[];
  /** Opaque cursor of the next page; null on the last page. */
  next_cursor: string | null;
}

const encodeCursor = (key: string): string =>
  toBase64Url(new TextEncoder().encode(JSON.stringify({ k: key })));

function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(
      new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(cursor)),
    );
    if (parsed && typeof parsed === 'object' && typeof (parsed as { k?: unknown }).k === 'string') {
      return (parsed as { k: string }).k;
    }
  } catch {
    // fall through to the 422 below
  }
  throw fail.invalid('Invalid cursor', [
    { path: 'query.cursor', message: 'Not a cursor this list handed out' },
  ]);
}

/**
 * Keyset pagination: `sortKey` must be unique per item (end it with the id) and sort as the list does.
 * The cursor is the key of the last item shown, so inserts between pages never repeat or skip an item.
 * One pass keeps only the first `limit + 1` items in a small sorted buffer, rather than sorting
 * every match for every page.
 */
export function paginate<T>(
  items: Iterable<T>,
  options: {
    limit: number;
    cursor?: string | undefined;
    sortKey: (item: T) => string;
    order: 'asc' | 'desc';
  },
): Page<T> {
  const { limit, sortKey, order } = options;
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  /** Whether key `a` comes before key `b` in list order. */
  const precedes = (a: string, b: string) => (order === 'asc' ? a < b : a > b);
  const first: { key: string; item: T }[] = [];
  for (const item of items) {
    const key = sortKey(item);
    if (after !== undefined && !precedes(after, key)) continue;
    const last = first[first.length - 1];
    if (first.length > limit && last !== undefined && !precedes(key, last.key)) continue;
    let low = 0;
    let high = first.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (precedes((first[middle] as { key: string }).key, key)) low = middle + 1;
      else high = middle;
    }
    first.splice(low, 0, { key, item });
    if (first.length > limit + 1) first.pop();
  }
  const shown = first.slice(0, limit);
  const lastShown = shown[shown.length - 1];
  return {
    data: shown.map((entry) => entry.item),
    next_cursor: first.length > limit && lastShown !== undefined ? encodeCursor(lastShown.key) : null,
  };
}

/** The items of `items` that `keep` accepts, lazily (narrowed when `keep` is a type guard). */
export function where<T, S extends T>(items: Iterable<T>, keep: (item: T) => item is S): Generator<S>;
export function where<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T>;
export function* where<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

/**
 * Keyset pagination over a source that is already in list order: `source(afterKey)` yields the
 * items that come after the cursor's item, and only the first `limit + 1` are read.
 */
export function paginateOrdered<T>(
  source: (afterKey: string | undefined) => Iterable<T>,
  options: { limit: number; cursor?: string | undefined; sortKey: (item: T) => string },
): Page<T> {
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const data: T[] = [];
  let more = false;
  for (const item of source(after)) {
    if (data.length === options.limit) {
      more = true;
      break;
    }
    data.push(item);
  }
  const last = data[data.length - 1];
  return { data, next_cursor: more && last !== undefined ? encodeCursor(options.sortKey(last)) : null };
}
