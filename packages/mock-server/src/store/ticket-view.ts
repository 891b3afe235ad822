import type {
  Attachment,
  Message,
  Thread,
  Ticket,
  TicketMessage,
  TicketStatus,
  VisitorThread,
} from '@helpdock/sdk/schemas';
import type { MessageRecord, ThreadRecord } from './records.js';

/** A thread status as the customer sees it (OPEN → open, …). */
export const ticketStatus = (status: ThreadRecord['status']): TicketStatus =>
  status.toLowerCase() as TicketStatus;

/** Who wrote a message, as the customer sees it: staff are agents, visitors and customers are customers. */
export const ticketAuthorRole = (authorType: MessageRecord['author_type']): TicketMessage['authorRole'] =>
  authorType === 'INTERNAL' ? 'agent' : authorType === 'SYSTEM' ? 'system' : 'customer';

/** The staff view of a stored thread: the visitor's view plus the custom attributes. */
export function toThread(record: ThreadRecord): Thread {
  return { ...toVisitorThread(record), custom_attributes: { ...record.custom_attributes } };
}

/** A portal visitor's view of a stored thread (and of stream events): no custom attributes. */
export function toVisitorThread(record: ThreadRecord): VisitorThread {
  return {
    id: record.id,
    tenant_id: record.tenant_id,
    assignment_id: record.assignment_id,
    customer_id: record.customer_id,
    subject: record.subject,
    status: record.status,
    priority: record.priority,
    created_by: record.created_by,
    created_at: record.created_at,
    updated_at: record.updated_at,
    resolved_at: record.resolved_at,
    closed_at: record.closed_at,
    last_message_at: record.last_message_at,
    message_count: record.message_count,
  };
}

/** The staff view of a stored message. */
export function toMessage(record: MessageRecord): Message {
  return {
    id: record.id,
    thread_id: record.thread_id,
    author_user_id: record.author_user_id,
    author_type: record.author_type,
    message_text: record.message_text,
    attachments: record.attachments.map(({ id, filename, content_type, size, url }) => ({
      id,
      filename,
      content_type,
      size,
      url,
    })),
    created_at: record.created_at,
  };
}

/** The customer's view of a stored attachment. */
export function toTicketAttachment(a: MessageRecord['attachments'][number]): Attachment {
  return {
    id: a.id,
    filename: a.filename,
    contentType: a.content_type,
    size: a.size,
    url: a.url,
    createdAt: a.created_at,
  };
}

/** The customer's view of a message (a ticket message). */
export function toTicketMessage(record: MessageRecord): TicketMessage {
  return {
    id: record.id,
    ticketId: record.thread_id,
    authorId: record.author_user_id,
    authorRole: ticketAuthorRole(record.author_type),
    body: record.message_text,
    attachments: record.attachments.map(toTicketAttachment),
    createdAt: record.created_at,
  };
}

/**
 * The customer's view of a thread (a ticket). Only threads with a `customer_id` are tickets;
 * the description is the first message.
 */
export function toTicket(
  record: ThreadRecord & { customer_id: string },
  firstMessage: MessageRecord | undefined,
): Ticket {
  return {
    id: record.id,
    title: record.subject,
    description: firstMessage?.message_text ?? '',
    status: ticketStatus(record.status),
    priority: record.priority.toLowerCase() as Ticket['priority'],
    category: record.category,
    type: record.type,
    customerId: record.customer_id,
    tenantId: record.tenant_id,
    messageCount: record.message_count,
    lastMessageAt: record.last_message_at,
    createdAt: record.created_at,
    updatedAt: record.updated_at,
  };
}
