import type { Message, TicketMessage } from '@helpdock/sdk/schemas';
import { type ChatAttachment, toChatAttachment } from './attachments.js';
import type { OutboxItem } from './outbox.js';

/** Who wrote a message, from the visitor's point of view. */
export type ChatAuthor = 'me' | 'agent' | 'system';

/** One message as the bubble shows it, whichever API it came from. */
export interface ChatMessage {
  /** Server id, or the outbox id while the message is still on its way. */
  id: string;
  /** Decides the side and colour the message is drawn with. */
  author: ChatAuthor;
  /** The message as plain text; rendered as text, never as HTML. */
  text: string;
  /** ISO 8601 time the list sorts by: the server's for sent messages, queue time for outbox ones. */
  createdAt: string;
  /** `pending` and `failed` messages come from the outbox. */
  state: 'sent' | 'pending' | 'failed';
  /** Files attached to the message; absent or empty: none. */
  attachments?: readonly ChatAttachment[] | undefined;
}

/** A staff-view message (anonymous portal) as a chat message. */
export function fromThreadMessage(message: Message): ChatMessage {
  const author: ChatAuthor =
    message.author_type === 'INTERNAL' ? 'agent' : message.author_type === 'SYSTEM' ? 'system' : 'me';
  return {
    id: message.id,
    author,
    text: message.message_text,
    createdAt: message.created_at,
    state: 'sent',
    attachments: message.attachments.map(toChatAttachment),
  };
}

/** A customer-view ticket message as a chat message. */
export function fromTicketMessage(message: TicketMessage): ChatMessage {
  const author: ChatAuthor =
    message.authorRole === 'agent' ? 'agent' : message.authorRole === 'system' ? 'system' : 'me';
  return {
    id: message.id,
    author,
    text: message.body,
    createdAt: message.createdAt,
    state: 'sent',
    attachments: message.attachments.map(toChatAttachment),
  };
}

/** A queued outbox item as a chat message. */
export function fromOutboxItem(item: OutboxItem): ChatMessage {
  return {
    id: item.id,
    author: 'me',
    text: item.text,
    createdAt: item.createdAt,
    state: item.state,
    attachments: item.attachments,
  };
}

/**
 * Adds `incoming` messages to `list` unless a message with the same id is there already: the
 * reply to a send and the event stream both report the same message, and it must show once.
 * Keeps chronological order.
 */
export function mergeMessages(list: readonly ChatMessage[], incoming: readonly ChatMessage[]): ChatMessage[] {
  const ids = new Set(list.map((message) => message.id));
  const added = incoming.filter((message) => !ids.has(message.id) && ids.add(message.id));
  if (added.length === 0) return [...list];
  return [...list, ...added].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * A conversation as shown: `sent` messages plus the `queued` ones not yet delivered. A queued
 * message whose text the visitor's side of `sent` already holds after the message it was queued
 * behind (`after`) was stored while its answer was lost, whether that copy came over the event
 * stream or with a reload: it shows once, as sent.
 */
export function visibleMessages(sent: readonly ChatMessage[], queued: readonly OutboxItem[]): ChatMessage[] {
  const claimed = new Set<string>();
  const pending = queued
    .filter((item) => {
      const start = item.after ? sent.findIndex((message) => message.id === item.after) + 1 : 0;
      const twin = sent
        .slice(start)
        .find((message) => message.author === 'me' && message.text === item.text && !claimed.has(message.id));
      if (twin) claimed.add(twin.id);
      return !twin;
    })
    .map(fromOutboxItem);
  return [...sent, ...pending];
}
