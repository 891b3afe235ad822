import { describe, expect, it } from 'vitest';
import { type ChatMessage, fromThreadMessage, fromTicketMessage, mergeMessages } from './conversation.js';

const at = (minute: number) => `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const msg = (id: string, minute: number): ChatMessage => ({
  id,
  author: 'agent',
  text: id,
  createdAt: at(minute),
  state: 'sent',
});

describe('mergeMessages', () => {
  it('shows a message reported twice (send answer and event stream) once', () => {
    const list = [msg('a', 1)];
    expect(mergeMessages(list, [msg('b', 2), msg('b', 2)]).map((m) => m.id)).toEqual(['a', 'b']);
    expect(mergeMessages(mergeMessages(list, [msg('b', 2)]), [msg('b', 2)])).toHaveLength(2);
  });

  it('keeps chronological order when a late event arrives', () => {
    expect(mergeMessages([msg('a', 1), msg('c', 3)], [msg('b', 2)]).map((m) => m.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });
});

describe('message mapping', () => {
  it('maps staff-view authors', () => {
    const base = {
      id: 'm',
      thread_id: 't',
      author_user_id: null,
      message_text: 'hi',
      attachments: [],
      created_at: at(1),
    };
    expect(fromThreadMessage({ ...base, author_type: 'INTERNAL' }).author).toBe('agent');
    expect(fromThreadMessage({ ...base, author_type: 'EXTERNAL' }).author).toBe('me');
    expect(fromThreadMessage({ ...base, author_type: 'SYSTEM' }).author).toBe('system');
  });

  it('maps customer-view authors', () => {
    const base = { id: 'm', ticketId: 't', authorId: null, body: 'hi', attachments: [], createdAt: at(1) };
    expect(fromTicketMessage({ ...base, authorRole: 'agent' }).author).toBe('agent');
    expect(fromTicketMessage({ ...base, authorRole: 'customer' }).author).toBe('me');
  });
});
