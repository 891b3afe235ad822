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
    create(
      accountId: number,
      body: ChatwootCreateContactRequest,
    ): Promise<z.infer<typeof ChatwootCreateContactResponse>>;
    search(accountId: number, q: string): Promise<z.infer<typeof ChatwootContactSearchResponse>>;
    conversations(
      accountId: number,
      contactId: number,
    ): Promise<z.infer<typeof ChatwootContactConversationsResponse>>;
  };

  /** `POST /api/v1/accounts/{account_id}/conversations` with `{source_id, inbox_id, contact_id, status}`. */
  readonly conversations: {
    create(accountId: number, body: ChatwootCreateConversationRequest): Promise<ChatwootConversation>;
  };

  /** `POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages`. */
  readonly messages: {
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
