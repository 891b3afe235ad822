import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paginate } from '../src/store/pagination.js';
import { TableIndex } from '../src/store/table-index.js';

/** Walks every page of `keys` and returns them in the order the pages showed them. */
function walk(keys: readonly string[], limit: number, order: 'asc' | 'desc'): string[] {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let pages = 0; pages <= keys.length + 1; pages++) {
    const page = paginate(keys, { limit, cursor, order, sortKey: (k) => k });
    seen.push(...page.data);
    if (page.next_cursor === null) return seen;
    cursor = page.next_cursor;
  }
  throw new Error('pagination did not end');
}

describe('paginate', () => {
  it('shows every item exactly once, in list order, whatever the page size', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 60 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        (keys, limit, order) => {
          const sorted = [...keys].sort();
          expect(walk(keys, limit, order)).toEqual(order === 'asc' ? sorted : sorted.reverse());
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('TableIndex', () => {
  it('finds rows appended after it was built, and starts over when the table is replaced', () => {
    let table = [{ id: 'a', thread: 't1' }];
    const index = new TableIndex(
      () => table,
      (row) => row.thread,
    );
    expect(index.get('t1').map((r) => r.id)).toEqual(['a']);
    table.push({ id: 'b', thread: 't1' }, { id: 'c', thread: 't2' });
    expect(index.get('t1').map((r) => r.id)).toEqual(['a', 'b']);
    expect(index.get('t2').map((r) => r.id)).toEqual(['c']);
    table = [{ id: 'd', thread: 't2' }];
    expect(index.get('t1')).toEqual([]);
    expect(index.get('t2').map((r) => r.id)).toEqual(['d']);
  });
});
