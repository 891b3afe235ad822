import type { StoreContext } from '../context.js';

/** A user of the emulated Chatwoot (only a SHA-256 of its password is kept). */
export interface ChatwootUserRecord {
  /** User id (the seeded provider is 1001; new ones count up from there). */
  id: number;
  /** Full name. */
  name: string;
  /** Name shown to contacts; null: the full name is shown. */
  display_name: string | null;
  /** Sign-in email (lower case, unique). */
  email: string;
  /** SHA-256 (hex) of the password last set through the Platform API; null when none was set. */
  password_sha256: string | null;
  /** When it was created (ISO 8601). */
  created_at: string;
}

/** A contact of an account. */
export interface ChatwootContactRecord {
  /** Contact id. */
  id: number;
  /** The account it belongs to. */
  account_id: number;
  /** Name; null when none was given. */
  name: string | null;
  /** Email, unique in the account; null when none was given. */
  email: string | null;
  /** Phone number (E.164), unique in the account; null when none was given. */
  phone_number: string | null;
  /** The caller's own id for the contact, unique in the account; null when none was given. */
  identifier: string | null;
  /** When it was created (ISO 8601). */
  created_at: string;
}

/** A conversation of an account. */
export interface ChatwootConversationRecord {
  /** Conversation id. */
  id: number;
  /** The account it belongs to. */
  account_id: number;
  /** The inbox it came in through. */
  inbox_id: number;
  /** The contact it is with. */
  contact_id: number;
  /** The contact's id in the inbox (e.g. the WhatsApp number). */
  source_id: string;
  /** Chatwoot's conversation status. */
  status: 'open' | 'resolved' | 'pending';
  /** When it was created (ISO 8601). */
  created_at: string;
}

/** A message of a conversation (`message_type` 0 incoming, 1 outgoing, as Chatwoot stores it). */
export interface ChatwootMessageRecord {
  /** Message id. */
  id: number;
  /** The account it belongs to. */
  account_id: number;
  /** The conversation it was posted in. */
  conversation_id: number;
  /** The message text. */
  content: string;
  /** 0: incoming (from the contact), 1: outgoing (from an agent). */
  message_type: 0 | 1;
  /** True for a private note, which the contact never sees. */
  private: boolean;
  /** When it was posted (ISO 8601). */
  created_at: string;
}

/** An injected failure: the next `remaining` calls (all while null) in `scope` answer `status`. */
export interface ChatwootFailure {
  /** HTTP status the failing calls answer with. */
  status: number;
  /** How many more calls fail; null: every call until the failure is cleared. */
  remaining: number | null;
  /** Which API fails: the Platform API, the Application API or both. */
  scope: 'platform' | 'application' | 'all';
}

/** The emulated Chatwoot's whole state (`GET /__helpdock/chatwoot`); no token and no password in it. */
export interface ChatwootState {
  /** The accounts (the demo has one, id 1). */
  accounts: {
    /** Account id. */
    id: number;
    /** Account name. */
    name: string;
  }[];
  /** Platform users (agents). */
  users: ChatwootUserRecord[];
  /** Which user is a member of which account, and as what. */
  account_users: {
    /** The account. */
    account_id: number;
    /** The member. */
    user_id: number;
    /** The member's role in the account. */
    role: 'agent' | 'administrator';
    /** When the user joined the account (ISO 8601). */
    created_at: string;
  }[];
  /** The accounts' inboxes (the demo has a WhatsApp one). */
  inboxes: {
    /** Inbox id. */
    id: number;
    /** The account it belongs to. */
    account_id: number;
    /** Inbox name. */
    name: string;
    /** Chatwoot's channel class, e.g. `Channel::Api`. */
    channel_type: string;
  }[];
  /** Contacts of every account. */
  contacts: ChatwootContactRecord[];
  /** Which contact is reachable through which inbox, under which id. */
  contact_inboxes: {
    /** The contact. */
    contact_id: number;
    /** The inbox. */
    inbox_id: number;
    /** The contact's id in that inbox (e.g. the WhatsApp number). */
    source_id: string;
  }[];
  /** Conversations of every account. */
  conversations: ChatwootConversationRecord[];
  /** Messages of every conversation, oldest first. */
  messages: ChatwootMessageRecord[];
  /** Webhooks posted (`message_created`), with the answer's status or the network error. */
  webhook_deliveries: {
    /** The webhook event (`message_created`). */
    event: string;
    /** The message it was about. */
    message_id: number;
    /** HTTP status of the receiver's answer; null when the request failed. */
    status: number | null;
    /** The network error; null when the receiver answered. */
    error: string | null;
    /** When it was posted (ISO 8601). */
    at: string;
  }[];
  /** The id the next record of each kind gets. */
  next_ids: {
    /** Next user id. */
    user: number;
    /** Next contact id. */
    contact: number;
    /** Next conversation id. */
    conversation: number;
    /** Next message id. */
    message: number;
  };
  /** The injected failure; null when Chatwoot behaves. */
  failure: ChatwootFailure | null;
}

/** A user as the Platform API answers it: its id and Chatwoot's other user fields. */
export type ChatwootUserJson = {
  /** The user's id. */
  id: number;
} & Record<string, unknown>;

/** A new contact as the Application API answers it. */
export interface ChatwootContactCreated {
  /** The answer's body. */
  payload: {
    /** The contact, with its inboxes. */
    contact: Record<string, unknown>;
    /** The inbox it was created in and its id there. */
    contact_inbox: {
      /** The inbox (`id`, `name`, `channel_type`). */
      inbox: Record<string, unknown>;
      /** The contact's id in that inbox. */
      source_id: string;
    };
  };
}

/** A contact search as the Application API answers it. */
export interface ChatwootContactSearch {
  /** Paging information (everything is on page 1). */
  meta: {
    /** How many contacts matched. */
    count: number;
    /** Always 1. */
    current_page: number;
  };
  /** The matching contacts. */
  payload: Record<string, unknown>[];
}

/** Demo credentials of the emulated Chatwoot: published demo values, valid only against the emulator. */
export const DEMO_CHATWOOT = {
  /** The Platform App token (`api_access_token` of the Platform API). */
  platformToken: 'demo-chatwoot-platform-token',
  /** An agent's API access token for the Application API. */
  apiAccessToken: 'demo-chatwoot-api-access-token',
  /** The demo account. */
  accountId: 1,
  /** The account's WhatsApp inbox. */
  whatsappInboxId: 1,
} as const;

/** The emulator's demo state: account 1 with `provider@acme.test`'s user (1001) and a WhatsApp inbox. */
export function demoChatwootState(
  providerUser: { id: number; name: string; email: string } | null,
): ChatwootState {
  const created_at = '2026-01-01T00:00:00.000Z';
  return {
    accounts: [{ id: DEMO_CHATWOOT.accountId, name: 'Acme Support' }],
    users: providerUser ? [{ ...providerUser, display_name: null, password_sha256: null, created_at }] : [],
    account_users: providerUser
      ? [{ account_id: DEMO_CHATWOOT.accountId, user_id: providerUser.id, role: 'agent', created_at }]
      : [],
    inboxes: [
      {
        id: DEMO_CHATWOOT.whatsappInboxId,
        account_id: DEMO_CHATWOOT.accountId,
        name: 'WhatsApp',
        channel_type: 'Channel::Api',
      },
    ],
    contacts: [],
    contact_inboxes: [],
    conversations: [],
    messages: [],
    webhook_deliveries: [],
    next_ids: { user: (providerUser?.id ?? 1000) + 1, contact: 1, conversation: 1, message: 1 },
    failure: null,
  };
}

/** An error answer of the emulated Chatwoot: its status and Chatwoot-shaped body. */
export class ChatwootHttpError extends Error {
  /** Always `ChatwootHttpError`, to tell it apart in logs. */
  override name = 'ChatwootHttpError';
  constructor(
    /** HTTP status Chatwoot answers with. */
    readonly status: number,
    /** Chatwoot's JSON error body (e.g. `{error}` for a 404, `{message, attributes}` for a 422). */
    readonly body: unknown,
  ) {
    super(`Chatwoot answered ${status}`);
  }
}

const notFound = () => new ChatwootHttpError(404, { error: 'Resource could not be found' });
const unprocessable = (message: string) =>
  new ChatwootHttpError(422, { message, attributes: [message.split(' ')[0]?.toLowerCase() ?? 'base'] });

const unixSeconds = (at: string): number => Math.floor(Date.parse(at) / 1000);

/**
 * The emulated Chatwoot (SPEC §8, §10): Platform API users and account users, Application API
 * contacts, conversations and messages, over `state.upstreams.chatwoot`. Answers are shaped like
 * Chatwoot's; errors are {@link ChatwootHttpError}s. A failure can be injected ({@link setFailure}) so
 * tests see Chatwoot erroring.
 */
export class ChatwootEmulator {
  constructor(private readonly ctx: StoreContext) {}

  /** The emulator's state (an empty account set when the seed has none). */
  get state(): ChatwootState {
    const slot = this.ctx.state.upstreams;
    slot.chatwoot ??= demoChatwootState(null);
    return slot.chatwoot;
  }

  /** The demo tokens and ids (for tests and local setups; never shown by the control API). */
  credentials(): typeof DEMO_CHATWOOT {
    return DEMO_CHATWOOT;
  }

  /** True when `token` is the Platform App token. */
  isPlatformToken(token: string | null): boolean {
    return token === DEMO_CHATWOOT.platformToken;
  }

  /** True when `token` is the API access token of an agent of `accountId`. */
  isApiToken(token: string | null, accountId: number): boolean {
    return token === DEMO_CHATWOOT.apiAccessToken && accountId === DEMO_CHATWOOT.accountId;
  }

  /** Makes the next `times` calls in `scope` (all of them when `times` is null) answer `status`; null clears. */
  setFailure(failure: ChatwootFailure | null): void {
    this.state.failure = failure;
  }

  /** Throws the injected failure for a call in `scope`, counting it down. */
  checkFailure(scope: 'platform' | 'application'): void {
    const failure = this.state.failure;
    if (!failure || (failure.scope !== 'all' && failure.scope !== scope)) return;
    if (failure.remaining !== null) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) this.state.failure = null;
    }
    throw new ChatwootHttpError(failure.status, {
      error: failure.status === 404 ? 'Resource could not be found' : 'Injected failure',
    });
  }

  private user(id: number): ChatwootUserRecord {
    const user = this.state.users.find((u) => u.id === id);
    if (!user) throw notFound();
    return user;
  }

  private userJson(user: ChatwootUserRecord): ChatwootUserJson {
    const accounts = this.state.account_users
      .filter((au) => au.user_id === user.id)
      .map((au) => ({
        id: au.account_id,
        name: this.state.accounts.find((a) => a.id === au.account_id)?.name ?? '',
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
      custom_attributes: {},
      accounts,
      created_at: user.created_at,
    };
  }

  /** `POST /platform/api/v1/users`: 422 when the email is taken. */
  createUser(input: {
    name: string;
    email: string;
    display_name?: string | undefined;
    password_sha256: string;
  }): ChatwootUserJson {
    const email = input.email.toLowerCase();
    if (this.state.users.some((u) => u.email.toLowerCase() === email)) {
      throw unprocessable('Email has already been taken');
    }
    const user: ChatwootUserRecord = {
      id: this.state.next_ids.user++,
      name: input.name,
      display_name: input.display_name ?? null,
      email,
      password_sha256: input.password_sha256,
      created_at: this.ctx.nowIso(),
    };
    this.state.users.push(user);
    return this.userJson(user);
  }

  /** `GET /platform/api/v1/users/{id}`. */
  getUser(id: number): ChatwootUserJson {
    return this.userJson(this.user(id));
  }

  /** `PATCH /platform/api/v1/users/{id}`. */
  updateUser(
    id: number,
    patch: {
      name?: string | undefined;
      email?: string | undefined;
      display_name?: string | undefined;
      password_sha256?: string | undefined;
    },
  ): ChatwootUserJson {
    const user = this.user(id);
    const email = patch.email?.toLowerCase();
    if (email !== undefined && this.state.users.some((u) => u.id !== id && u.email.toLowerCase() === email)) {
      throw unprocessable('Email has already been taken');
    }
    if (patch.name !== undefined) user.name = patch.name;
    if (email !== undefined) user.email = email;
    if (patch.display_name !== undefined) user.display_name = patch.display_name;
    if (patch.password_sha256 !== undefined) user.password_sha256 = patch.password_sha256;
    return this.userJson(user);
  }

  /** `DELETE /platform/api/v1/users/{id}` (and its account memberships). */
  deleteUser(id: number): void {
    this.user(id);
    this.state.users = this.state.users.filter((u) => u.id !== id);
    this.state.account_users = this.state.account_users.filter((au) => au.user_id !== id);
  }

  private account(id: number): { id: number; name: string } {
    const account = this.state.accounts.find((a) => a.id === id);
    if (!account) throw notFound();
    return account;
  }

  /** `POST /platform/api/v1/accounts/{account_id}/account_users` (adding twice updates the role). */
  addAccountUser(
    accountId: number,
    input: { user_id: number; role: 'agent' | 'administrator' },
  ): Omit<ChatwootState['account_users'][number], 'created_at'> {
    this.account(accountId);
    this.user(input.user_id);
    const existing = this.state.account_users.find(
      (au) => au.account_id === accountId && au.user_id === input.user_id,
    );
    if (existing) existing.role = input.role;
    else {
      this.state.account_users.push({
        account_id: accountId,
        user_id: input.user_id,
        role: input.role,
        created_at: this.ctx.nowIso(),
      });
    }
    return { account_id: accountId, user_id: input.user_id, role: input.role };
  }

  private contactJson(contact: ChatwootContactRecord): Record<string, unknown> {
    return {
      id: contact.id,
      name: contact.name,
      email: contact.email,
      phone_number: contact.phone_number,
      identifier: contact.identifier,
      thumbnail: '',
      additional_attributes: {},
      custom_attributes: {},
      contact_inboxes: this.state.contact_inboxes
        .filter((ci) => ci.contact_id === contact.id)
        .map((ci) => ({ source_id: ci.source_id, inbox: this.inboxJson(ci.inbox_id) })),
      created_at: unixSeconds(contact.created_at),
    };
  }

  private inboxJson(inboxId: number): Record<string, unknown> {
    const inbox = this.state.inboxes.find((i) => i.id === inboxId);
    return { id: inboxId, name: inbox?.name ?? '', channel_type: inbox?.channel_type ?? 'Channel::Api' };
  }

  /** `POST /api/v1/accounts/{account_id}/contacts`: 422 for a taken identifier, email or phone number. */
  createContact(
    accountId: number,
    input: {
      inbox_id: number;
      name?: string | undefined;
      email?: string | undefined;
      phone_number?: string | undefined;
      identifier?: string | undefined;
    },
    sourceId: string,
  ): ChatwootContactCreated {
    this.account(accountId);
    if (!this.state.inboxes.some((i) => i.id === input.inbox_id && i.account_id === accountId))
      throw notFound();
    const taken = this.state.contacts.find(
      (c) =>
        c.account_id === accountId &&
        ((input.identifier !== undefined && c.identifier === input.identifier) ||
          (input.email !== undefined && c.email === input.email) ||
          (input.phone_number !== undefined && c.phone_number === input.phone_number)),
    );
    if (taken) throw unprocessable('Identifier, email or phone number has already been taken');
    const contact: ChatwootContactRecord = {
      id: this.state.next_ids.contact++,
      account_id: accountId,
      name: input.name ?? null,
      email: input.email ?? null,
      phone_number: input.phone_number ?? null,
      identifier: input.identifier ?? null,
      created_at: this.ctx.nowIso(),
    };
    this.state.contacts.push(contact);
    this.state.contact_inboxes.push({
      contact_id: contact.id,
      inbox_id: input.inbox_id,
      source_id: sourceId,
    });
    return {
      payload: {
        contact: this.contactJson(contact),
        contact_inbox: { inbox: this.inboxJson(input.inbox_id), source_id: sourceId },
      },
    };
  }

  /** `GET /api/v1/accounts/{account_id}/contacts/search?q=`: name, email, phone number or identifier contains `q`. */
  searchContacts(accountId: number, q: string): ChatwootContactSearch {
    this.account(accountId);
    const needle = q.trim().toLowerCase();
    const found = this.state.contacts.filter(
      (c) =>
        c.account_id === accountId &&
        needle !== '' &&
        [c.name, c.email, c.phone_number, c.identifier].some((v) => v?.toLowerCase().includes(needle)),
    );
    return { meta: { count: found.length, current_page: 1 }, payload: found.map((c) => this.contactJson(c)) };
  }

  private contact(accountId: number, id: number): ChatwootContactRecord {
    const contact = this.state.contacts.find((c) => c.id === id && c.account_id === accountId);
    if (!contact) throw notFound();
    return contact;
  }

  private conversationJson(conversation: ChatwootConversationRecord): Record<string, unknown> {
    const contact = this.state.contacts.find((c) => c.id === conversation.contact_id);
    return {
      id: conversation.id,
      account_id: conversation.account_id,
      inbox_id: conversation.inbox_id,
      status: conversation.status,
      contact_inbox: { source_id: conversation.source_id },
      meta: {
        sender: contact
          ? {
              id: contact.id,
              name: contact.name,
              identifier: contact.identifier,
              phone_number: contact.phone_number,
            }
          : {},
      },
      messages: [],
      created_at: unixSeconds(conversation.created_at),
    };
  }

  /** `GET /api/v1/accounts/{account_id}/contacts/{id}/conversations`. */
  contactConversations(
    accountId: number,
    contactId: number,
  ): {
    /** The contact's conversations. */
    payload: Record<string, unknown>[];
  } {
    this.contact(accountId, contactId);
    return {
      payload: this.state.conversations
        .filter((c) => c.account_id === accountId && c.contact_id === contactId)
        .map((c) => this.conversationJson(c)),
    };
  }

  /** `POST /api/v1/accounts/{account_id}/conversations`. */
  createConversation(
    accountId: number,
    input: {
      source_id: string;
      inbox_id: number;
      contact_id: number;
      status?: ChatwootConversationRecord['status'] | undefined;
    },
  ) {
    this.contact(accountId, input.contact_id);
    if (!this.state.inboxes.some((i) => i.id === input.inbox_id && i.account_id === accountId))
      throw notFound();
    const conversation: ChatwootConversationRecord = {
      id: this.state.next_ids.conversation++,
      account_id: accountId,
      inbox_id: input.inbox_id,
      contact_id: input.contact_id,
      source_id: input.source_id,
      status: input.status ?? 'open',
      created_at: this.ctx.nowIso(),
    };
    this.state.conversations.push(conversation);
    return this.conversationJson(conversation);
  }

  /**
   * `POST /api/v1/accounts/{account_id}/conversations/{id}/messages`. Returns the answer and the
   * `message_created` webhook payload Chatwoot would post for it.
   */
  createMessage(
    accountId: number,
    conversationId: number,
    input: { content: string; message_type: 'incoming' | 'outgoing'; private: boolean },
  ): {
    /** The API's answer: the new message. */
    message: Record<string, unknown>;
    /** The `message_created` webhook body. */
    webhook: Record<string, unknown>;
  } {
    const conversation = this.state.conversations.find(
      (c) => c.id === conversationId && c.account_id === accountId,
    );
    if (!conversation) throw notFound();
    const record: ChatwootMessageRecord = {
      id: this.state.next_ids.message++,
      account_id: accountId,
      conversation_id: conversationId,
      content: input.content,
      message_type: input.message_type === 'incoming' ? 0 : 1,
      private: input.private,
      created_at: this.ctx.nowIso(),
    };
    this.state.messages.push(record);
    const message = {
      id: record.id,
      content: record.content,
      account_id: accountId,
      inbox_id: conversation.inbox_id,
      conversation_id: conversationId,
      message_type: record.message_type,
      content_type: 'text',
      private: record.private,
      status: 'sent',
      source_id: null,
      created_at: unixSeconds(record.created_at),
    };
    const account = this.account(accountId);
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
      inbox: this.inboxJson(conversation.inbox_id),
      conversation: this.conversationJson(conversation),
      sender: { type: input.message_type === 'incoming' ? 'contact' : 'user' },
    };
    return { message, webhook };
  }

  /** Records the outcome of a webhook delivery. */
  recordDelivery(
    event: string,
    messageId: number,
    outcome: { status: number | null; error: string | null },
  ): void {
    this.state.webhook_deliveries.push({ event, message_id: messageId, ...outcome, at: this.ctx.nowIso() });
  }
}
