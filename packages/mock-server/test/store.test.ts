import { describe, expect, it } from 'vitest';
import { createManualClock } from '../src/clock.js';
import { IdempotencyStore } from '../src/core/idempotency.js';
import { hashPassword, verifyPassword } from '../src/core/passwords.js';
import { RateLimiter } from '../src/core/rate-limit.js';
import { demoState } from '../src/seed/demo.js';
import { EventHub, type EventLogData, RETAIN_COUNT } from '../src/sse/event-log.js';
import { paginate } from '../src/store/pagination.js';
import { Store } from '../src/store/store.js';
import { mintToken } from '../src/store/tokens.js';

const actor = (tenantId = 'ten_acme', userId: string | null = 'usr_acme_ops') => ({
  requestId: 'req-1',
  tenantId,
  userId,
});

const newStore = () => {
  const clock = createManualClock(Date.parse('2026-03-01T00:00:00.000Z'));
  return { store: new Store(demoState, clock), clock };
};

describe('ThreadStore', () => {
  it('scopes every read and write to the tenant (another tenant’s thread is not found)', () => {
    const { store } = newStore();
    expect(() => store.threads.record('ten_globex', 'thr_acme_login')).toThrowError(/not found/);
    expect(() =>
      store.threads.addMessage(actor('ten_globex'), 'thr_acme_login', {
        message_text: 'x',
        author_type: 'INTERNAL',
      }),
    ).toThrowError(/not found/);
    expect(
      store.threads.list('ten_globex', { limit: 100 }).data.every((t) => t.tenant_id === 'ten_globex'),
    ).toBe(true);
  });

  it('keeps counters and timestamps right and reopens a resolved thread on a customer message only', () => {
    const { store, clock } = newStore();
    store.threads.resolve(actor(), 'thr_acme_login');
    clock.advance(60_000);
    store.threads.addMessage(actor(), 'thr_acme_login', {
      message_text: 'staff note',
      author_type: 'INTERNAL',
    });
    expect(store.threads.record('ten_acme', 'thr_acme_login').status).toBe('RESOLVED');
    clock.advance(60_000);
    const message = store.threads.addMessage(actor('ten_acme', 'usr_acme_alice'), 'thr_acme_login', {
      message_text: 'still broken',
      author_type: 'CUSTOMER',
    });
    const thread = store.threads.record('ten_acme', 'thr_acme_login');
    expect(thread).toMatchObject({
      status: 'OPEN',
      resolved_at: null,
      message_count: 4,
      last_message_at: message.created_at,
    });
  });

  it('pages with keyset cursors that survive inserts between pages', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ id: `i${i}`, at: `2026-01-0${i + 1}` }));
    const options = {
      limit: 3,
      order: 'desc' as const,
      sortKey: (x: { id: string; at: string }) => `${x.at}|${x.id}`,
    };
    const first = paginate(items, options);
    expect(first.data.map((x) => x.id)).toEqual(['i6', 'i5', 'i4']);
    const grown = [...items, { id: 'new', at: '2026-01-09' }];
    const second = paginate(grown, { ...options, cursor: first.next_cursor ?? undefined });
    expect(second.data.map((x) => x.id)).toEqual(['i3', 'i2', 'i1']);
    const third = paginate(grown, { ...options, cursor: second.next_cursor ?? undefined });
    expect(third.data.map((x) => x.id)).toEqual(['i0']);
    expect(third.next_cursor).toBeNull();
    expect(() => paginate(items, { ...options, cursor: 'garbage!' })).toThrowError(/cursor/i);
  });
});

describe('TokenStore', () => {
  it('accepts live tokens only and counts uses exactly', async () => {
    const { store, clock } = newStore();
    const minted = await mintToken();
    const created = store.tokens.issue(
      actor(),
      minted,
      { thread_id: 'thr_acme_login', expires_in_days: 1 },
      'https://help.acme.test',
    );
    expect(created.portal_url).toBe(`https://help.acme.test/portal/${minted.token}`);
    const record = store.tokens.accept(minted.hash);
    for (let i = 0; i < 3; i++) store.tokens.use(record);
    expect(record.use_count).toBe(3);
    clock.advance(24 * 3600_000);
    expect(() => store.tokens.accept(minted.hash)).toThrowError(/expired/);
    expect(() => store.tokens.accept('0'.repeat(64))).toThrowError(/invalid/);
  });
});

describe('EventHub', () => {
  it('hands out monotonic ids, replays after an id and retains at least the last 1000 events', () => {
    const clock = createManualClock();
    const logs: Record<string, EventLogData> = {};
    const hub = new EventHub(() => logs, clock);
    const seen: number[] = [];
    const stop = hub.subscribe('k', (e) => seen.push(e.id));
    for (let i = 0; i < 5; i++) hub.publish('k', 't', { i });
    stop();
    hub.publish('k', 't', { i: 5 });
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(hub.since('k', 3).map((e) => e.id)).toEqual([4, 5, 6]);
    clock.advance(25 * 3600_000);
    for (let i = 0; i < RETAIN_COUNT + 50; i++) hub.publish('k', 't', { i });
    const retained = hub.since('k', 0);
    expect(retained.length).toBeGreaterThanOrEqual(RETAIN_COUNT);
    expect(retained.at(-1)?.id).toBe(6 + RETAIN_COUNT + 50);
  });
});

describe('rate limiter, idempotency, passwords', () => {
  it('opens the window again when the clock moves', () => {
    const clock = createManualClock();
    const limiter = new RateLimiter(clock);
    const limit = { max: 2, windowMs: 1000 };
    limiter.consume('a', limit);
    limiter.consume('a', limit);
    expect(() => limiter.consume('a', limit)).toThrowError(/Too many/);
    expect(limiter.retryAfter('a', limit)).toBe(1);
    clock.advance(1000);
    expect(() => limiter.consume('a', limit)).not.toThrow();
  });

  it('runs concurrent executions of one key once', async () => {
    const idempotency = new IdempotencyStore(createManualClock());
    let runs = 0;
    const execute = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { status: 201, body: '{"n":1}', headers: {} };
    };
    const results = await Promise.all(Array.from({ length: 5 }, () => idempotency.run('s', 'f', execute)));
    expect(runs).toBe(1);
    expect(results.filter((r) => r.replayed)).toHaveLength(4);
    await expect(idempotency.run('s', 'other', execute)).rejects.toThrowError(/different request body/);
  });

  it('hashes passwords with PBKDF2 and verifies them', async () => {
    const stored = await hashPassword('correct horse', 1000);
    expect(JSON.stringify(stored)).not.toContain('correct horse');
    expect(await verifyPassword('correct horse', stored)).toBe(true);
    expect(await verifyPassword('wrong horse', stored)).toBe(false);
  });
});
