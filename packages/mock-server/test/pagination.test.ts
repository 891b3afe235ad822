import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ActivityOrder, activityKey } from '../src/store/activity-order.js';
import { paginate, paginateOrdered } from '../src/store/pagination.js';
import type { ThreadRecord } from '../src/store/records.js';
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

describe('ActivityOrder', () => {
  const thread = (id: string, tenant: string, at: number) =>
    ({ id, tenant_id: tenant, last_message_at: new Date(at).toISOString() }) as ThreadRecord;

  it('pages every thread of a tenant exactly once, newest activity first, through appends and moves', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ op: fc.constant('add' as const), tenant: fc.constantFrom('a', 'b') }),
            fc.record({ op: fc.constant('touch' as const), pick: fc.nat() }),
          ),
          { maxLength: 60 },
        ),
        fc.integer({ min: 1, max: 7 }),
        (ops, limit) => {
          let table: ThreadRecord[] = [];
          const order = new ActivityOrder(() => table);
          let clock = 0;
          for (const [i, op] of ops.entries()) {
            clock += i % 3 === 0 ? 0 : 1000; // some ties: the id breaks them
            if (op.op === 'add') table.push(thread(`thr_${i}`, op.tenant, clock));
            else if (table.length > 0) {
              const target = table[op.pick % table.length] as ThreadRecord;
              order.touch(target, new Date(clock).toISOString());
            }
          }
          // A replaced table (as after a reset) starts the order over; a bulk load in random order
          // (a large fixture) is indexed with one sort; touches keep working after both.
          table = [...table];
          for (let n = 0; n < 70; n++)
            table.push(thread(`thr_bulk_${n}`, n % 2 ? 'a' : 'b', (n * 7919) % 50_000));
          order.touch(table[table.length - 1] as ThreadRecord, new Date(clock + 1).toISOString());
          const expected = table
            .filter((t) => t.tenant_id === 'a')
            .map(activityKey)
            .sort()
            .reverse();
          const seen: string[] = [];
          let cursor: string | undefined;
          for (let pages = 0; pages <= table.length + 1; pages++) {
            const page = paginateOrdered((after) => order.newestFirst('a', after), {
              limit,
              cursor,
              sortKey: activityKey,
            });
            seen.push(...page.data.map(activityKey));
            if (page.next_cursor === null) break;
            cursor = page.next_cursor;
          }
          expect(seen).toEqual(expected);
        },
      ),
      { numRuns: 200 },
    );
  });
});
