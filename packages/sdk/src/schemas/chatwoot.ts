import * as z from 'zod';

/*
 * Chatwoot's Platform and Application APIs, as far as Helpdock uses them.
 * Responses are loose objects: Chatwoot returns many more fields than we read.
 * Source: Chatwoot's published swagger in github.com/chatwoot/chatwoot, checked against
 * swagger/definitions/request/user/create_update_payload.yml, request/account_user/create_update_payload.yml,
 * request/contact/create_payload.yml, request/conversation/create_payload.yml,
 * request/conversation/create_message_payload.yml, paths/application/contacts/search.yml and
 * resource/contact_conversations_response.yml.
 */

/** Chatwoot numeric id. */
const CwId = z.number().int().positive();

/** A Chatwoot password: the swagger requires upper and lower case letters, a number and a special character. */
export const ChatwootPassword = z
  .string()
  .min(8)
  .regex(/[A-Z]/, 'Needs an uppercase letter')
  .regex(/[a-z]/, 'Needs a lowercase letter')
  .regex(/\d/, 'Needs a number')
  .regex(/[^A-Za-z0-9]/, 'Needs a special character');

/** `POST /platform/api/v1/users` body (swagger `user_create_update_payload`). */
export const ChatwootCreateUserRequest = z.object({
  name: z.string().min(1),
  email: z.email(),
  password: ChatwootPassword,
  custom_attributes: z.record(z.string(), z.unknown()).optional(),
});
export type ChatwootCreateUserRequest = z.infer<typeof ChatwootCreateUserRequest>;

/** `PATCH /platform/api/v1/users/{id}` body. */
export const ChatwootUpdateUserRequest = ChatwootCreateUserRequest.partial();
export type ChatwootUpdateUserRequest = z.infer<typeof ChatwootUpdateUserRequest>;

/** A Chatwoot user (Platform API). */
export const ChatwootUser = z.looseObject({ id: CwId, name: z.string(), email: z.string() });
export type ChatwootUser = z.infer<typeof ChatwootUser>;

/** `POST /platform/api/v1/accounts/{account_id}/account_users` body. */
export const ChatwootAccountUserRequest = z.object({
  user_id: CwId,
  role: z.enum(['agent', 'administrator']),
});
export type ChatwootAccountUserRequest = z.infer<typeof ChatwootAccountUserRequest>;

/** An account membership (Platform API). */
export const ChatwootAccountUser = z.looseObject({ account_id: CwId, user_id: CwId, role: z.string() });
export type ChatwootAccountUser = z.infer<typeof ChatwootAccountUser>;

/** `POST /api/v1/accounts/{account_id}/contacts` body. */
export const ChatwootCreateContactRequest = z.object({
  inbox_id: CwId,
  name: z.string().optional(),
  email: z.string().optional(),
  phone_number: z.string().optional(),
  identifier: z.string().optional(),
  custom_attributes: z.record(z.string(), z.unknown()).optional(),
});
export type ChatwootCreateContactRequest = z.infer<typeof ChatwootCreateContactRequest>;

/** A Chatwoot contact. */
export const ChatwootContact = z.looseObject({
  id: CwId,
  name: z.string().nullable().optional(),
  phone_number: z.string().nullable().optional(),
  identifier: z.string().nullable().optional(),
});
export type ChatwootContact = z.infer<typeof ChatwootContact>;

/** `POST …/contacts` response. */
export const ChatwootCreateContactResponse = z.looseObject({
  payload: z.looseObject({
    contact: ChatwootContact,
    contact_inbox: z.looseObject({ source_id: z.string() }).optional(),
  }),
});

/** `GET …/contacts/search?q=` response. */
export const ChatwootContactSearchResponse = z.looseObject({
  meta: z.looseObject({ count: z.number().int() }).optional(),
  payload: z.array(ChatwootContact),
});

/** `POST /api/v1/accounts/{account_id}/conversations` body. */
export const ChatwootCreateConversationRequest = z.object({
  source_id: z.string().min(1),
  inbox_id: CwId,
  contact_id: CwId,
  status: z.enum(['open', 'resolved', 'pending']).optional(),
});
export type ChatwootCreateConversationRequest = z.infer<typeof ChatwootCreateConversationRequest>;

/** A Chatwoot conversation. */
export const ChatwootConversation = z.looseObject({
  id: CwId,
  inbox_id: CwId.optional(),
  status: z.string().optional(),
});
export type ChatwootConversation = z.infer<typeof ChatwootConversation>;

/** `GET /api/v1/accounts/{account_id}/contacts/{id}/conversations` response. */
export const ChatwootContactConversationsResponse = z.looseObject({ payload: z.array(ChatwootConversation) });
export type ChatwootContactConversationsResponse = z.infer<typeof ChatwootContactConversationsResponse>;

/** `POST …/conversations/{conversation_id}/messages` body. */
export const ChatwootCreateMessageRequest = z.object({
  content: z.string().min(1),
  message_type: z.enum(['incoming', 'outgoing']),
  private: z.boolean().default(false),
});
export type ChatwootCreateMessageRequest = z.input<typeof ChatwootCreateMessageRequest>;

/** A Chatwoot message (`message_type` is numeric in API responses: 0 incoming, 1 outgoing). */
export const ChatwootMessage = z.looseObject({
  id: CwId,
  content: z.string().nullable(),
  message_type: z.union([z.number().int(), z.string()]),
  private: z.boolean().optional(),
});
export type ChatwootMessage = z.infer<typeof ChatwootMessage>;

/** The `message_created` webhook Chatwoot posts to an account webhook. */
export const ChatwootMessageCreatedWebhook = z.looseObject({
  event: z.literal('message_created'),
  id: CwId,
  content: z.string().nullable(),
  message_type: z.union([z.enum(['incoming', 'outgoing', 'activity', 'template']), z.number().int()]),
  private: z.boolean(),
  inbox: z.looseObject({ id: CwId }).optional(),
  conversation: z.looseObject({
    id: CwId,
    inbox_id: CwId.optional(),
    contact_inbox: z.looseObject({ source_id: z.string() }).optional(),
    meta: z
      .looseObject({
        sender: z.looseObject({
          identifier: z.string().nullable().optional(),
          phone_number: z.string().nullable().optional(),
        }),
      })
      .optional(),
  }),
});
export type ChatwootMessageCreatedWebhook = z.infer<typeof ChatwootMessageCreatedWebhook>;
