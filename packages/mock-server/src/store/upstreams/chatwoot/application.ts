import type * as z from 'zod';
import type { StoreContext } from '../../context.js';
import { notFound, unprocessable } from './errors.js';
import type {
  ChatwootContactRecord,
  ChatwootConversationRecord,
  ChatwootMessageRecord,
  ChatwootState,
} from './records.js';
import type {
  ContactCreate,
  ConversationCreate,
  ConversationListQuery,
  MessageCreate,
  StatusToggle,
} from './requests.js';
import type { ChatwootViews, Json } from './views.js';

/** A new message: the API's answer and the `message_created` webhook Chatwoot posts for it. */
export interface ChatwootMessagePosted {
  /** The API's answer: the new message. */
  message: Json & { id: number };
  /** The `message_created` webhook body. */
  webhook: Json;
}

/**
 * The emulated Application API (`/api/v1/accounts/{account_id}`): contacts, conversations and
 * messages of an account, as the WhatsApp bridge (seed 002) uses them.
 */
export class ChatwootApplicationApi {
  constructor(
    private readonly ctx: StoreContext,
    private readonly state: () => ChatwootState,
    private readonly views: ChatwootViews,
  ) {}

  private account(id: number): { id: number; name: string } {
    const account = this.state().accounts.find((a) => a.id === id);
    if (!account) throw notFound();
    return account;
  }

  private assertInbox(accountId: number, inboxId: number): void {
    if (!this.state().inboxes.some((i) => i.id === inboxId && i.account_id === accountId)) throw notFound();
  }

  private contact(accountId: number, id: number): ChatwootContactRecord {
    const contact = this.state().contacts.find((c) => c.id === id && c.account_id === accountId);
    if (!contact) throw notFound();
    return contact;
  }

  private conversation(accountId: number, id: number): ChatwootConversationRecord {
    const conversation = this.state().conversations.find((c) => c.id === id && c.account_id === accountId);
    if (!conversation) throw notFound();
    return conversation;
  }

  /**
   * `POST /contacts`: the contact and its id in the inbox (`sourceId`); 422 for a taken identifier,
   * email or phone number.
   */
  createContact(accountId: number, input: z.output<typeof ContactCreate>, sourceId: string): Json {
    this.account(accountId);
    this.assertInbox(accountId, input.inbox_id);
    const state = this.state();
    const taken = state.contacts.find(
      (c) =>
        c.account_id === accountId &&
        ((input.identifier != null && c.identifier === input.identifier) ||
          (input.email != null && c.email === input.email) ||
          (input.phone_number != null && c.phone_number === input.phone_number)),
    );
    if (taken) throw unprocessable('Identifier, email or phone number has already been taken');
    const contact: ChatwootContactRecord = {
      id: state.next_ids.contact++,
      account_id: accountId,
      name: input.name ?? null,
      email: input.email ?? null,
      phone_number: input.phone_number ?? null,
      identifier: input.identifier ?? null,
      additional_attributes: input.additional_attributes ?? {},
      custom_attributes: input.custom_attributes ?? {},
      created_at: this.ctx.nowIso(),
    };
    state.contacts.push(contact);
    state.contact_inboxes.push({ contact_id: contact.id, inbox_id: input.inbox_id, source_id: sourceId });
    return {
      payload: {
        contact: this.views.contact(contact),
        contact_inbox: { inbox: this.views.inbox(input.inbox_id), source_id: sourceId },
      },
    };
  }

  /** `GET /contacts/{id}`. */
  getContact(accountId: number, id: number): Json {
    return { payload: this.views.contact(this.contact(accountId, id)) };
  }

  /** `GET /contacts/search?q=`: name, email, phone number or identifier contains `q`. */
  searchContacts(accountId: number, q: string): Json {
    this.account(accountId);
    const needle = q.trim().toLowerCase();
    const found = this.state().contacts.filter(
      (c) =>
        c.account_id === accountId &&
        needle !== '' &&
        [c.name, c.email, c.phone_number, c.identifier].some((v) => v?.toLowerCase().includes(needle)),
    );
    return {
      meta: { count: found.length, current_page: 1 },
      payload: found.map((c) => this.views.contact(c)),
    };
  }

  /** `GET /contacts/{id}/conversations`. */
  contactConversations(accountId: number, contactId: number): Json {
    this.contact(accountId, contactId);
    return {
      payload: this.state()
        .conversations.filter((c) => c.account_id === accountId && c.contact_id === contactId)
        .map((c) => this.views.conversation(c)),
    };
  }

  /**
   * `POST /conversations`: the contact is `contact_id`, or else the one known in the inbox by
   * `source_id` (404 when neither names one). A `message` becomes the conversation's first message.
   */
  createConversation(
    accountId: number,
    input: z.output<typeof ConversationCreate>,
  ): {
    /** The new conversation. */
    conversation: Json;
    /** Its first message, when the request carried one. */
    posted: ChatwootMessagePosted | null;
  } {
    this.account(accountId);
    this.assertInbox(accountId, input.inbox_id);
    const state = this.state();
    const contactId =
      input.contact_id ??
      state.contact_inboxes.find((ci) => ci.inbox_id === input.inbox_id && ci.source_id === input.source_id)
        ?.contact_id;
    if (contactId === undefined) throw notFound();
    this.contact(accountId, contactId);
    const conversation: ChatwootConversationRecord = {
      id: state.next_ids.conversation++,
      account_id: accountId,
      inbox_id: input.inbox_id,
      contact_id: contactId,
      source_id: input.source_id,
      status: input.status ?? 'open',
      additional_attributes: input.additional_attributes ?? {},
      custom_attributes: input.custom_attributes ?? {},
      created_at: this.ctx.nowIso(),
    };
    state.conversations.push(conversation);
    const posted = input.message ? this.createMessage(accountId, conversation.id, input.message) : null;
    return { conversation: this.views.conversation(conversation), posted };
  }

  /** `GET /conversations?status&inbox_id`: `{data: {meta, payload}}`, newest first. */
  listConversations(accountId: number, query: z.output<typeof ConversationListQuery>): Json {
    this.account(accountId);
    const inAccount = this.state().conversations.filter(
      (c) => c.account_id === accountId && (query.inbox_id === undefined || c.inbox_id === query.inbox_id),
    );
    const listed = inAccount.filter((c) => query.status === 'all' || c.status === query.status);
    return {
      data: {
        meta: { mine_count: 0, unassigned_count: listed.length, assigned_count: 0, all_count: listed.length },
        payload: listed.reverse().map((c) => this.views.conversation(c)),
      },
    };
  }

  /** `GET /conversations/{id}`. */
  getConversation(accountId: number, id: number): Json {
    return this.views.conversation(this.conversation(accountId, id));
  }

  /** `POST /conversations/{id}/toggle_status`: the given status, or open ↔ resolved without one. */
  toggleStatus(accountId: number, id: number, input: z.output<typeof StatusToggle>): Json {
    const conversation = this.conversation(accountId, id);
    conversation.status = input.status ?? (conversation.status === 'open' ? 'resolved' : 'open');
    return {
      meta: {},
      payload: { success: true, current_status: conversation.status, conversation_id: conversation.id },
    };
  }

  /** `POST /conversations/{id}/messages` (`message_type` outgoing unless it says incoming). */
  createMessage(
    accountId: number,
    conversationId: number,
    input: z.output<typeof MessageCreate>,
  ): ChatwootMessagePosted {
    const conversation = this.conversation(accountId, conversationId);
    const state = this.state();
    const record: ChatwootMessageRecord = {
      id: state.next_ids.message++,
      account_id: accountId,
      conversation_id: conversationId,
      content: input.content,
      message_type: input.message_type === 'incoming' ? 0 : 1,
      private: input.private,
      created_at: this.ctx.nowIso(),
    };
    state.messages.push(record);
    const account = this.account(accountId);
    const message = this.views.message(record) as Json & { id: number };
    const webhook = {
      event: 'message_created',
      id: record.id,
      content: record.content,
      created_at: record.created_at,
      message_type: input.message_type,
      content_type: 'text',
      private: record.private,
      source_id: null,
      account: { id: account.id, name: account.name },
      inbox: this.views.inbox(conversation.inbox_id),
      conversation: this.views.conversation(conversation),
      sender: { type: input.message_type === 'incoming' ? 'contact' : 'user' },
    };
    return { message, webhook };
  }
}
