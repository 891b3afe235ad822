import type { z } from 'zod';
import { type UpstreamConfig, upstreamRequest } from '../core/upstream.js';
import {
  ChatwootContactConversationsResponse,
  ChatwootContactSearchResponse,
  ChatwootConversation,
  type ChatwootCreateContactRequest,
  ChatwootCreateContactResponse,
  type ChatwootCreateConversationRequest,
  ChatwootCreateMessageRequest,
  ChatwootMessage,
} from '../schemas/chatwoot.js';

/**
 * Options of {@link ChatwootClient}.
 *
 * @example
 * ```ts
 * new ChatwootClient({ baseUrl: 'https://chatwoot.example.com', apiAccessToken: process.env.CHATWOOT_API_TOKEN! });
 * ```
 */
export interface ChatwootClientOptions {
  /** Chatwoot origin, e.g. `https://chatwoot.example.com`. */
  baseUrl: string;
  /** A user's or bot's access token, sent as the `api_access_token` header. */
  apiAccessToken: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
}

const id = (value: number) => {
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`Not a Chatwoot id: ${value}`);
  return String(value);
};

/**
 * Chatwoot's Application API (server-only): contacts, conversations and messages of an account.
 * Requests follow Chatwoot's swagger in github.com/chatwoot/chatwoot:
 * `swagger/paths/application/contacts/{list_create,search,conversations}.yml`,
 * `swagger/definitions/request/conversation/create_payload.yml` and `create_message_payload.yml`.
 *
 * @example
 * ```ts
 * const chatwoot = new ChatwootClient({ baseUrl, apiAccessToken });
 * const { payload } = await chatwoot.contacts.search(1, '5511987654321@s.whatsapp.net');
 * ```
 */
export class ChatwootClient {
  #config: UpstreamConfig;

  /** `POST /api/v1/accounts/{account_id}/contacts`, `GET …/contacts/search?q=`, `GET …/contacts/{id}/conversations`. */
  readonly contacts: {
    /**
     * Creates a contact in the account. The answer's `payload.contact_inbox.source_id` is present when
     * the body names an `inbox_id`; it is the `source_id` that {@link ChatwootClient.conversations}
     * needs to open a conversation for the contact in that inbox.
     * @throws {UpstreamError} when Chatwoot refuses the contact (e.g. a duplicate phone number).
     */
    create(
      accountId: number,
      body: ChatwootCreateContactRequest,
    ): Promise<z.infer<typeof ChatwootCreateContactResponse>>;
    /**
     * Finds contacts whose name, email, phone number or identifier matches `q` (Chatwoot matches
     * substrings, so check the returned `payload` for an exact hit). An empty `payload` means none.
     * @throws {UpstreamError} when Chatwoot refuses the request.
     */
    search(accountId: number, q: string): Promise<z.infer<typeof ChatwootContactSearchResponse>>;
    /**
     * Lists the contact's conversations across all inboxes of the account (empty `payload` if none).
     * @throws {UpstreamError} when Chatwoot refuses the request, e.g. an unknown contact.
     */
    conversations(
      accountId: number,
      contactId: number,
    ): Promise<z.infer<typeof ChatwootContactConversationsResponse>>;
  };

  /** `POST /api/v1/accounts/{account_id}/conversations` with `{source_id, inbox_id, contact_id, status}`. */
  readonly conversations: {
    /**
     * Opens a conversation for a contact in an inbox; `source_id` is the contact's id in that inbox
     * (the `contact_inbox.source_id` from {@link ChatwootClient.contacts}' `create`). Without `status`
     * Chatwoot picks the inbox's default (`open`, or `pending` when an agent bot handles the inbox).
     * @throws {UpstreamError} when Chatwoot refuses the conversation.
     */
    create(accountId: number, body: ChatwootCreateConversationRequest): Promise<ChatwootConversation>;
  };

  /** `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`. */
  readonly messages: {
    /**
     * Posts a message in a conversation: `incoming` as if the contact wrote it, `outgoing` as the
     * agent/bot of the token; `private: true` makes it an internal note the contact never sees.
     * @throws {UpstreamError} when Chatwoot refuses the message, e.g. an unknown conversation.
     */
    create(
      accountId: number,
      conversationId: number,
      body: z.input<typeof ChatwootCreateMessageRequest>,
    ): Promise<ChatwootMessage>;
  };

  constructor(options: ChatwootClientOptions) {
    this.#config = {
      name: 'Chatwoot',
      baseUrl: options.baseUrl,
      headers: { api_access_token: options.apiAccessToken },
      fetch: options.fetch,
    };
    const account = (accountId: number) => `/api/v1/accounts/${id(accountId)}`;
    this.contacts = {
      create: (accountId, body) =>
        upstreamRequest(
          this.#config,
          'POST',
          `${account(accountId)}/contacts`,
          ChatwootCreateContactResponse,
          body,
        ),
      search: (accountId, q) =>
        upstreamRequest(
          this.#config,
          'GET',
          `${account(accountId)}/contacts/search?q=${encodeURIComponent(q)}`,
          ChatwootContactSearchResponse,
        ),
      conversations: (accountId, contactId) =>
        upstreamRequest(
          this.#config,
          'GET',
          `${account(accountId)}/contacts/${id(contactId)}/conversations`,
          ChatwootContactConversationsResponse,
        ),
    };
    this.conversations = {
      create: (accountId, body) =>
        upstreamRequest(
          this.#config,
          'POST',
          `${account(accountId)}/conversations`,
          ChatwootConversation,
          body,
        ),
    };
    this.messages = {
      create: (accountId, conversationId, body) =>
        upstreamRequest(
          this.#config,
          'POST',
          `${account(accountId)}/conversations/${id(conversationId)}/messages`,
          ChatwootMessage,
          ChatwootCreateMessageRequest.parse(body),
        ),
    };
  }
}
