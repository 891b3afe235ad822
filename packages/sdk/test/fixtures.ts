import type { Message, Thread, TicketMessage } from '../src/schemas/index.js';

export const BASE_URL = 'http://api.helpdock.test';
export const NOW = '2026-01-01T00:00:00.000Z';

export function thread(overrides: Partial<Thread> = {}): Thread {
  return {
    id: 'thr_1',
    tenant_id: 'ten_acme',
    assignment_id: null,
    customer_id: null,
    subject: 'Cannot log in',
    status: 'OPEN',
    priority: 'MEDIUM',
    created_by: 'usr_admin',
    created_at: NOW,
    updated_at: NOW,
    resolved_at: null,
    closed_at: null,
    last_message_at: NOW,
    message_count: 1,
    custom_attributes: {},
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 'msg_1',
    thread_id: 'thr_1',
    author_user_id: null,
    author_type: 'EXTERNAL',
    message_text: 'Hello',
    attachments: [],
    created_at: NOW,
    ...overrides,
  };
}

export function ticketMessage(overrides: Partial<TicketMessage> = {}): TicketMessage {
  return {
    id: 'tm_1',
    ticketId: 'tkt_1',
    authorId: 'usr_ops',
    authorRole: 'agent',
    body: 'We are on it',
    attachments: [],
    createdAt: NOW,
    ...overrides,
  };
}

/** The API's error envelope. */
export function errorBody(code: string, message: string, details?: { path: string; message: string }[]) {
  return { error: { code, message, request_id: 'req_from_body', ...(details ? { details } : {}) } };
}
