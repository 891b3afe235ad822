/**
 * What the emulated Chatwoot accepts, as Chatwoot's own controllers do: lenient, unlike the SDK's
 * narrow client-side request schemas (`@helpdock/sdk/schemas`), which describe what the SDK sends.
 * Unknown keys are ignored, ids may come as numeric strings (Rails casts them), and optional fields
 * take Chatwoot's defaults. Source: `swagger/tag_groups/*_swagger.json` in chatwoot/chatwoot.
 */
import * as z from 'zod';

/** A record id as Rails reads it: a positive integer or its digits. */
const Id = z.coerce.number().int().positive();
/** A free-form attributes hash (`custom_attributes`, `additional_attributes`). */
const Attributes = z.record(z.string(), z.unknown());

/** Chatwoot's password rule: upper and lower case letters, a number and a special character. */
const Password = z
  .string()
  .min(6)
  .refine(
    (value) => /[A-Z]/.test(value) && /[a-z]/.test(value) && /\d/.test(value) && /[^A-Za-z0-9]/.test(value),
    'must contain uppercase, lowercase letters, number and a special character',
  );

/** `PATCH /platform/api/v1/users/{id}` (`user_create_update_payload`): any of the fields. */
export const UserUpdate = z.looseObject({
  name: z.string().min(1).optional(),
  display_name: z.string().nullable().optional(),
  email: z.email().optional(),
  password: Password.optional(),
  custom_attributes: Attributes.optional(),
});

/** `POST /platform/api/v1/users`: a user needs a name, an email and a password. */
export const UserCreate = UserUpdate.extend({
  name: z.string().min(1),
  email: z.email(),
  password: Password,
});

/** `POST /platform/api/v1/accounts/{account_id}/account_users` (`account_user_create_update_payload`). */
export const AccountUserCreate = z.looseObject({
  user_id: Id,
  role: z.enum(['agent', 'administrator']).default('agent'),
});

/** `POST /api/v1/accounts/{account_id}/contacts` (`contact_create_payload`). */
export const ContactCreate = z.looseObject({
  inbox_id: Id,
  name: z.string().nullish(),
  email: z.string().nullish(),
  phone_number: z.string().nullish(),
  identifier: z.string().nullish(),
  additional_attributes: Attributes.optional(),
  custom_attributes: Attributes.optional(),
});

/** `POST /api/v1/accounts/{account_id}/conversations/{id}/messages` (`conversation_message_create_payload`). */
export const MessageCreate = z.looseObject({
  content: z.string().min(1),
  message_type: z.enum(['outgoing', 'incoming']).default('outgoing'),
  private: z.boolean().default(false),
});

/** `POST /api/v1/accounts/{account_id}/conversations` (`conversation_create_payload`). */
export const ConversationCreate = z.looseObject({
  source_id: z.coerce.string().min(1),
  inbox_id: Id,
  contact_id: Id.optional(),
  status: z.enum(['open', 'resolved', 'pending', 'snoozed']).optional(),
  additional_attributes: Attributes.optional(),
  custom_attributes: Attributes.optional(),
  /** The first message (Chatwoot's `message: {content}`), outgoing unless it says otherwise. */
  message: MessageCreate.optional(),
});

/** `POST /api/v1/accounts/{account_id}/conversations/{id}/toggle_status`; no status toggles open ↔ resolved. */
export const StatusToggle = z.looseObject({
  status: z.enum(['open', 'resolved', 'pending', 'snoozed']).optional(),
});

/** `GET /api/v1/accounts/{account_id}/conversations` query: `status` (default `open`; `all` for any) and `inbox_id`. */
export const ConversationListQuery = z.looseObject({
  status: z.enum(['open', 'resolved', 'pending', 'snoozed', 'all']).default('open'),
  inbox_id: Id.optional(),
});
