import type {
  ChatwootContactRecord,
  ChatwootConversationRecord,
  ChatwootMessageRecord,
  ChatwootState,
  ChatwootUserRecord,
} from './records.js';

/** A JSON object as the emulator answers it. */
export type Json = Record<string, unknown>;

/** Chatwoot's timestamps in Application API answers: whole seconds since the epoch. */
export const unixSeconds = (at: string): number => Math.floor(Date.parse(at) / 1000);

/**
 * Renders records the way Chatwoot's jbuilder views do (`user`, `contact`, `conversation`,
 * `message` in its swagger documents), over one state.
 */
export class ChatwootViews {
  constructor(private readonly state: () => ChatwootState) {}

  /** The Platform API's `user`. */
  user(user: ChatwootUserRecord): Json & { id: number } {
    const state = this.state();
    const accounts = state.account_users
      .filter((au) => au.user_id === user.id)
      .map((au) => ({
        id: au.account_id,
        name: state.accounts.find((a) => a.id === au.account_id)?.name ?? '',
        role: au.role,
        status: 'active',
        active_at: null,
      }));
    return {
      id: user.id,
      uid: user.email,
      name: user.name,
      display_name: user.display_name,
      available_name: user.display_name ?? user.name,
      email: user.email,
      type: 'User',
      confirmed: true,
      custom_attributes: user.custom_attributes,
      accounts,
      created_at: user.created_at,
    };
  }

  /** An inbox as contacts and conversations embed it. */
  inbox(inboxId: number): Json {
    const inbox = this.state().inboxes.find((i) => i.id === inboxId);
    return { id: inboxId, name: inbox?.name ?? '', channel_type: inbox?.channel_type ?? 'Channel::Api' };
  }

  /** The Application API's `contact`, with its inboxes. */
  contact(contact: ChatwootContactRecord): Json {
    return {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      phone_number: contact.phone_number,
      identifier: contact.identifier,
      thumbnail: '',
      blocked: false,
      additional_attributes: contact.additional_attributes,
      custom_attributes: contact.custom_attributes,
      contact_inboxes: this.state()
        .contact_inboxes.filter((ci) => ci.contact_id === contact.id)
        .map((ci) => ({ source_id: ci.source_id, inbox: this.inbox(ci.inbox_id) })),
      created_at: unixSeconds(contact.created_at),
    };
  }

  /** A message as the Application API answers it. */
  message(record: ChatwootMessageRecord): Json {
    const conversation = this.state().conversations.find((c) => c.id === record.conversation_id);
    return {
      id: record.id,
      content: record.content,
      account_id: record.account_id,
      inbox_id: conversation?.inbox_id ?? 0,
      conversation_id: record.conversation_id,
      message_type: record.message_type,
      content_type: 'text',
      content_attributes: {},
      private: record.private,
      status: 'sent',
      created_at: unixSeconds(record.created_at),
    };
  }

  /** The Application API's `conversation`, with its sender and messages. */
  conversation(conversation: ChatwootConversationRecord): Json {
    const state = this.state();
    const contact = state.contacts.find((c) => c.id === conversation.contact_id);
    const messages = state.messages.filter((m) => m.conversation_id === conversation.id);
    return {
      id: conversation.id,
      account_id: conversation.account_id,
      inbox_id: conversation.inbox_id,
      status: conversation.status,
      additional_attributes: conversation.additional_attributes,
      custom_attributes: conversation.custom_attributes,
      contact_inbox: { source_id: conversation.source_id },
      meta: {
        sender: contact
          ? {
              id: contact.id,
              name: contact.name,
              identifier: contact.identifier,
              phone_number: contact.phone_number,
              additional_attributes: contact.additional_attributes,
              custom_attributes: contact.custom_attributes,
            }
          : {},
      },
      messages: messages.map((m) => this.message(m)),
      unread_count: 0,
      created_at: unixSeconds(conversation.created_at),
    };
  }
}
