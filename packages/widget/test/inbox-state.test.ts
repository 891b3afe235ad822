import type { Message, Thread } from '@helpdock/sdk/schemas';
import { ThreadList, TYPING_SEND_EVERY_MS, TYPING_SHOWN_MS, TypingSignals } from '@helpdock/widget/inbox';
import { describe, expect, it } from 'vitest';

const thread = (id: string, at: string, extra: Partial<Thread> = {}): Thread => ({
  id,
  tenant_id: 'ten_acme',
  assignment_id: null,
  customer_id: null,
  subject: `Subject ${id}`,
  status: 'OPEN',
  priority: 'MEDIUM',
  created_by: null,
  created_at: at,
  updated_at: at,
  resolved_at: null,
  closed_at: null,
  last_message_at: at,
  message_count: 1,
  custom_attributes: {},
  ...extra,
});

const message = (threadId: string, at: string, author: Message['author_type'] = 'EXTERNAL'): Message => ({
  id: `msg_${threadId}_${at}`,
  thread_id: threadId,
  author_user_id: null,
  author_type: author,
  message_text: 'Hello',
  attachments: [],
  created_at: at,
});

const ids = (list: ThreadList) => list.items.map((t) => t.id);

describe('ThreadList', () => {
  it('keeps pages in activity order and skips threads already shown', () => {
    const list = new ThreadList();
    expect(list.hasMore).toBe(true);
    list.appendPage([thread('c', '2026-01-03'), thread('b', '2026-01-02')], 'cursor-1');
    list.upsert(thread('a', '2026-01-05'));
    list.appendPage([thread('a', '2026-01-01'), thread('z', '2026-01-01')], null);
    expect(ids(list)).toEqual(['a', 'c', 'b', 'z']);
    expect(list.hasMore).toBe(false);
  });

  it('moves a thread to the top on a new message and marks visitor messages unread unless open', () => {
    const list = new ThreadList();
    list.appendPage([thread('a', '2026-01-03'), thread('b', '2026-01-02'), thread('c', '2026-01-01')], null);
    expect(list.messageCreated('c', message('c', '2026-01-04'), null)).toBe('moved');
    expect(ids(list)).toEqual(['c', 'a', 'b']);
    expect(list.isUnread('c')).toBe(true);
    expect(list.get('c')?.message_count).toBe(2);
    list.messageCreated('b', message('b', '2026-01-05'), 'b');
    expect(list.isUnread('b')).toBe(false);
    list.messageCreated('a', message('a', '2026-01-06', 'INTERNAL'), null);
    expect(list.isUnread('a')).toBe(false);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
    expect(list.unreadCount).toBe(1);
    list.markRead('c');
    expect(list.unreadCount).toBe(0);
  });

  it('does not count a thread’s first message twice (thread.created has it), but marks it unread', () => {
    const list = new ThreadList();
    list.appendPage([], null);
    list.upsert(thread('n', '2026-01-02'));
    expect(list.messageCreated('n', message('n', '2026-01-02'), null)).toBe('ignored');
    expect(list.get('n')?.message_count).toBe(1);
    expect(list.isUnread('n')).toBe(true);
  });

  it('drops threads that stop matching the filters and ignores new ones that do not match', () => {
    const list = new ThreadList({ status: 'OPEN', priority: 'HIGH' });
    list.appendPage([thread('a', '2026-01-03', { priority: 'HIGH' })], null);
    expect(list.upsert(thread('a', '2026-01-03', { priority: 'HIGH', status: 'RESOLVED' }))).toBe('removed');
    expect(list.upsert(thread('b', '2026-01-04', { priority: 'LOW' }))).toBe('ignored');
    expect(list.upsert(thread('c', '2026-01-04', { priority: 'HIGH' }))).toBe('added');
    expect(ids(list)).toEqual(['c']);
  });

  it('takes a new thread by its subject under a text filter, and keeps listed ones', () => {
    const list = new ThreadList({ q: 'refund' });
    list.appendPage([thread('a', '2026-01-01', { subject: 'Body mentions it' })], null);
    expect(list.upsert(thread('b', '2026-01-02', { subject: 'Refund please' }))).toBe('added');
    expect(list.upsert(thread('c', '2026-01-02', { subject: 'Other' }))).toBe('ignored');
    expect(list.upsert(thread('a', '2026-01-03', { subject: 'Body mentions it' }))).toBe('moved');
  });

  it('leaves a new thread older than the loaded rows to its page while pages remain', () => {
    const list = new ThreadList();
    list.appendPage([thread('a', '2026-01-05'), thread('b', '2026-01-04')], 'more');
    expect(list.upsert(thread('old', '2026-01-01'))).toBe('ignored');
    expect(list.upsert(thread('new', '2026-01-06'))).toBe('added');
    expect(ids(list)).toEqual(['new', 'a', 'b']);
  });
});

describe('TypingSignals', () => {
  it('shows typing for a while after the last event, and clears it on a message', () => {
    let now = 0;
    const typing = new TypingSignals(() => now);
    typing.received('t1');
    expect(typing.isTyping('t1')).toBe(true);
    expect(typing.isTyping('t2')).toBe(false);
    now += TYPING_SHOWN_MS + 1;
    expect(typing.isTyping('t1')).toBe(false);
    typing.received('t1');
    typing.cleared('t1');
    expect(typing.isTyping('t1')).toBe(false);
  });

  it('sends the agent’s typing at most once per interval per thread, again right after a send', () => {
    let now = 0;
    const typing = new TypingSignals(() => now);
    expect(typing.shouldSend('t1')).toBe(true);
    expect(typing.shouldSend('t1')).toBe(false);
    expect(typing.shouldSend('t2')).toBe(true);
    now += TYPING_SEND_EVERY_MS;
    expect(typing.shouldSend('t1')).toBe(true);
    typing.sent('t1');
    expect(typing.shouldSend('t1')).toBe(true);
  });
});
