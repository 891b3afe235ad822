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
 */
export function paginate<T>(
  items: readonly T[],
  options: {
    limit: number;
    cursor?: string | undefined;
    sortKey: (item: T) => string;
    order: 'asc' | 'desc';
  },
): Page<T> {
  const { limit, sortKey, order } = options;
  const sorted = [...items].sort((a, b) => {
    const ka = sortKey(a);
    const kb = sortKey(b);
    const cmp = ka < kb ? -1 : ka > kb ? 1 : 0;
    return order === 'asc' ? cmp : -cmp;
  });
  const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor);
  const rest =
    after === undefined
      ? sorted
      : sorted.filter((item) => (order === 'asc' ? sortKey(item) > after : sortKey(item) < after));
  const data = rest.slice(0, limit);
  const last = data[data.length - 1];
  return {
    data,
    next_cursor: rest.length > limit && last !== undefined ? encodeCursor(sortKey(last)) : null,
  };
}
