/**
 * The emulated Chatwoot's stored records: plain data only (what `GET /__helpdock/chatwoot` shows).
 * Imports nothing, so every module of the store may use it.
 */

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
  /** Attributes the Platform App attached to the user. */
  custom_attributes: Record<string, unknown>;
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
  /** Chatwoot's free-form contact details (e.g. `{company_name}`). */
  additional_attributes: Record<string, unknown>;
  /** The account's custom contact attributes. */
  custom_attributes: Record<string, unknown>;
  /** When it was created (ISO 8601). */
  created_at: string;
}

/** Where a conversation stands: `open`, `resolved`, `pending` or `snoozed`. */
export type ChatwootConversationStatus = 'open' | 'resolved' | 'pending' | 'snoozed';

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
  status: ChatwootConversationStatus;
  /** Free-form details of the conversation (e.g. the browser). */
  additional_attributes: Record<string, unknown>;
  /** The account's custom conversation attributes. */
  custom_attributes: Record<string, unknown>;
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
