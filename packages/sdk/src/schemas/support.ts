import * as z from 'zod';
import { Availability, AwayMessage, BusinessHours, ReplyTime } from './availability.js';
import { AttachmentIds, Id, listOf, PageQuery, Timestamp } from './common.js';
import { CustomAttributes, StoredCustomAttributes } from './custom-attributes.js';

/** Status of a support thread (staff view). */
export const ThreadStatus = z.enum(['OPEN', 'PENDING', 'RESOLVED', 'CLOSED']);
export type ThreadStatus = z.infer<typeof ThreadStatus>;

/** Priority of a support thread (staff view). */
export const ThreadPriority = z.enum(['LOW', 'MEDIUM', 'HIGH', 'URGENT']);
export type ThreadPriority = z.infer<typeof ThreadPriority>;

/** Who wrote a message: staff (`INTERNAL`), a portal visitor (`EXTERNAL`), a signed-in customer, or the system. */
export const AuthorType = z.enum(['INTERNAL', 'EXTERNAL', 'CUSTOMER', 'SYSTEM']);
export type AuthorType = z.infer<typeof AuthorType>;

/** A file attached to a message, as the staff view shows it. */
export const MessageAttachment = z
  .object({ id: Id, filename: z.string(), content_type: z.string(), size: z.number().int(), url: z.string() })
  .meta({ id: 'MessageAttachment' });
export type MessageAttachment = z.infer<typeof MessageAttachment>;

/** One message of a support thread. */
export const Message = z
  .object({
    id: Id,
    thread_id: Id,
    author_user_id: Id.nullable(),
    author_type: AuthorType,
    message_text: z.string(),
    attachments: z.array(MessageAttachment),
    created_at: Timestamp,
  })
  .meta({ id: 'Message' });
export type Message = z.infer<typeof Message>;

/** A support thread as a portal visitor sees it: the staff view without its custom attributes. */
export const VisitorThread = z
  .object({
    id: Id,
    tenant_id: Id,
    assignment_id: Id.nullable(),
    customer_id: Id.nullable(),
    subject: z.string(),
    status: ThreadStatus,
    priority: ThreadPriority,
    created_by: Id.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
    resolved_at: Timestamp.nullable(),
    closed_at: Timestamp.nullable(),
    last_message_at: Timestamp,
    message_count: z.number().int().nonnegative(),
  })
  .meta({ id: 'VisitorThread' });
export type VisitorThread = z.infer<typeof VisitorThread>;

/** A support thread (staff view), with the custom attributes the site attached to it. */
export const Thread = VisitorThread.extend({ custom_attributes: StoredCustomAttributes }).meta({
  id: 'Thread',
});
export type Thread = z.infer<typeof Thread>;

/** A support thread with its messages, oldest first. */
export const ThreadDetail = Thread.extend({ messages: z.array(Message) }).meta({ id: 'ThreadDetail' });
export type ThreadDetail = z.infer<typeof ThreadDetail>;

/** A portal visitor's view of a thread with its messages (no custom attributes). */
export const VisitorThreadDetail = VisitorThread.extend({ messages: z.array(Message) }).meta({
  id: 'VisitorThreadDetail',
});
export type VisitorThreadDetail = z.infer<typeof VisitorThreadDetail>;

/**
 * Who asked, as staff see it: the signed-in customer (`kind: customer`) or the anonymous visitor who
 * wrote through the bubble (`kind: visitor`); null for a thread staff opened without a customer.
 */
export const Requester = z
  .object({ kind: z.enum(['customer', 'visitor']), name: z.string(), email: z.string() })
  .meta({ id: 'Requester' });
export type Requester = z.infer<typeof Requester>;

/**
 * `GET /api/support/threads/{id}`: the detail plus who asked (staff only, never shown to a portal).
 * `requester` is optional: backends built to seed 001 do not send it.
 */
export const StaffThreadDetail = ThreadDetail.extend({ requester: Requester.nullable().optional() }).meta({
  id: 'StaffThreadDetail',
});
export type StaffThreadDetail = z.infer<typeof StaffThreadDetail>;

/** `GET /api/support/threads` query. */
export const ThreadListQuery = PageQuery.extend({
  status: ThreadStatus.optional(),
  priority: ThreadPriority.optional(),
  assignment_id: Id.optional(),
  q: z.string().min(1).max(200).optional(),
});
export type ThreadListQuery = z.input<typeof ThreadListQuery>;

/** A page of threads. */
export const ThreadList = listOf(Thread).meta({ id: 'ThreadList' });
export type ThreadList = z.infer<typeof ThreadList>;

const Subject = z.string().trim().min(1).max(200);
const MessageText = z.string().trim().min(1).max(10_000);

/** `POST /api/support/threads` body. */
export const CreateThreadRequest = z.strictObject({
  subject: Subject,
  initial_message: MessageText,
  priority: ThreadPriority.default('MEDIUM'),
  assignment_id: Id.optional(),
  customer_id: Id.optional(),
  custom_attributes: CustomAttributes.optional(),
});
export type CreateThreadRequest = z.input<typeof CreateThreadRequest>;

/**
 * `PATCH /api/support/threads/{id}` body: at least one field. `custom_attributes` are merged into the
 * thread's (a `null` value removes that key).
 */
export const UpdateThreadRequest = z
  .strictObject({
    status: ThreadStatus.optional(),
    priority: ThreadPriority.optional(),
    subject: Subject.optional(),
    custom_attributes: CustomAttributes.optional(),
  })
  .refine((v) => Object.values(v).some((field) => field !== undefined), {
    message: 'Give at least one of status, priority, subject, custom_attributes',
  })
  // What the refinement says, for the OpenAPI document (the object is strict, so any key counts).
  .meta({ minProperties: 1 });
export type UpdateThreadRequest = z.input<typeof UpdateThreadRequest>;

/** `POST /api/support/threads/{id}/messages` body: the reply and the ids of staff uploads to attach. */
export const CreateMessageRequest = z.strictObject({
  message_text: MessageText,
  attachment_ids: AttachmentIds.optional(),
});
export type CreateMessageRequest = z.input<typeof CreateMessageRequest>;

/** Path parameters naming one thread. */
export const ThreadParams = z.object({ id: Id });

/** `POST /api/support/tokens` body: at least one scope. */
export const CreateTokenRequest = z
  .strictObject({
    assignment_id: Id.optional(),
    thread_id: Id.optional(),
    expires_in_days: z.number().int().min(1).max(30).optional(),
  })
  .refine((v) => v.assignment_id !== undefined || v.thread_id !== undefined, {
    message: 'Give assignment_id or thread_id',
  })
  // What the refinement says, for the OpenAPI document.
  .meta({ anyOf: [{ required: ['assignment_id'] }, { required: ['thread_id'] }] });
export type CreateTokenRequest = z.input<typeof CreateTokenRequest>;

/** A freshly created portal token: the only time `token` is ever shown. */
export const CreatedToken = z
  .object({
    id: Id,
    token: z.string(),
    portal_url: z.string(),
    expires_at: Timestamp,
    assignment_id: Id.nullable(),
    thread_id: Id.nullable(),
    created_at: Timestamp,
  })
  .meta({ id: 'CreatedToken' });
export type CreatedToken = z.infer<typeof CreatedToken>;

/** A portal token's metadata (never the token itself). */
export const TokenMetadata = z
  .object({
    id: Id,
    assignment_id: Id.nullable(),
    thread_id: Id.nullable(),
    expires_at: Timestamp,
    revoked_at: Timestamp.nullable(),
    use_count: z.number().int().nonnegative(),
    last_used_at: Timestamp.nullable(),
    created_by: Id.nullable(),
    created_at: Timestamp,
  })
  .meta({ id: 'TokenMetadata' });
export type TokenMetadata = z.infer<typeof TokenMetadata>;

/** `GET /api/support/tokens` query. */
export const TokenListQuery = PageQuery.extend({ thread_id: Id.optional(), assignment_id: Id.optional() });
export type TokenListQuery = z.input<typeof TokenListQuery>;

/** A page of token metadata. */
export const TokenList = listOf(TokenMetadata).meta({ id: 'TokenList' });
export type TokenList = z.infer<typeof TokenList>;

/** A WhatsApp number: 8–15 digits, no `+` or spaces. */
export const WhatsappNumber = z.string().regex(/^\d{8,15}$/, 'Expected 8 to 15 digits');

/** An https URL, or http on localhost. */
export const PortalBaseUrl = z.url().refine(
  (value) => {
    // Refinements run even when `z.url()` failed: an unparseable value must fail here, not throw.
    if (!URL.canParse(value)) return false;
    const url = new URL(value);
    return (
      url.protocol === 'https:' ||
      (url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname))
    );
  },
  { message: 'Expected an https URL (http only on localhost)' },
);

/** The support configuration (admin only): typed, so no secret can land in it. */
export const SupportConfig = z
  .object({
    WHATSAPP_NUMBER: WhatsappNumber.nullable(),
    SUPPORT_BUBBLE_ENABLED: z.boolean(),
    OPS_SUPPORT_EMAIL: z.email().nullable(),
    SUPPORT_PORTAL_BASE_URL: PortalBaseUrl,
    TOKEN_DEFAULT_EXPIRY_DAYS: z.number().int().min(1).max(30),
    BUSINESS_HOURS: BusinessHours.nullable(),
    AWAY_MESSAGE: AwayMessage.nullable(),
    REPLY_TIME: ReplyTime,
  })
  .strict()
  .meta({ id: 'SupportConfig' });
export type SupportConfig = z.infer<typeof SupportConfig>;

/** `PUT /api/support/config` body: a partial config; unknown keys are rejected. */
export const UpdateSupportConfigRequest = SupportConfig.partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'Give at least one setting' });
export type UpdateSupportConfigRequest = z.input<typeof UpdateSupportConfigRequest>;

/**
 * `GET` and `PUT /api/support/config` response: the settings, and whether a host identity secret is
 * set and when it last changed (the secret itself is shown only by its rotation).
 */
export const SupportConfigView = SupportConfig.extend({
  identity_secret_set: z.boolean(),
  identity_secret_rotated_at: Timestamp.nullable(),
}).meta({ id: 'SupportConfigView' });
export type SupportConfigView = z.infer<typeof SupportConfigView>;

/**
 * `GET /api/support/public/config` response: what the bubble shows, including whether support is
 * online now and, while it is not, the away message.
 */
export const PublicConfig = z
  .object({
    whatsapp_number: z.string().nullable(),
    support_bubble_enabled: z.boolean(),
    availability: Availability,
    away_message: z.string().nullable(),
  })
  .meta({ id: 'PublicConfig' });
export type PublicConfig = z.infer<typeof PublicConfig>;

/** `?site_key=` of the public endpoints (the `X-Site-Key` header is preferred). */
export const PublicQuery = z.object({ site_key: z.string().min(1).max(100).optional() });

/** `POST /api/support/public/threads` body: an anonymous visitor's ticket. */
export const PublicThreadRequest = z.strictObject({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(254),
  subject: Subject,
  message_text: MessageText,
  custom_attributes: CustomAttributes.optional(),
});
export type PublicThreadRequest = z.input<typeof PublicThreadRequest>;

/** `POST /api/support/public/threads` response: the thread and a portal token scoped to it. */
export const PublicThreadResponse = z
  .object({ thread: VisitorThreadDetail, token: z.string(), expires_at: Timestamp })
  .meta({ id: 'PublicThreadResponse' });
export type PublicThreadResponse = z.infer<typeof PublicThreadResponse>;

/** Path parameters of the portal endpoints. */
export const PortalParams = z.object({ token: z.string().min(1).max(200) });

/** `GET /api/support/portal/{token}` response. */
export const PortalContext = z
  .object({
    expires_at: Timestamp,
    scope: z.object({ assignment_id: Id.nullable(), thread_id: Id.nullable() }),
    threads: z.array(VisitorThreadDetail),
  })
  .meta({ id: 'PortalContext' });
export type PortalContext = z.infer<typeof PortalContext>;

/**
 * Why a portal link was refused (401): the `message` of the error's `details` entry whose `path` is
 * `token`, so a page can explain it in the visitor's language.
 */
export const PortalLinkProblem = z.enum(['invalid', 'revoked', 'expired']);
export type PortalLinkProblem = z.infer<typeof PortalLinkProblem>;

/** Path parameters of a file served through a portal token. */
export const PortalFileParams = PortalParams.extend({ id: Id });

/** Uploads attached to a portal message: the token's own, not attached yet (at most 10). */
const PortalAttachmentIds = z.array(Id).max(10);

/** `POST /api/support/portal/{token}/threads` body. */
export const PortalThreadRequest = z.strictObject({
  subject: Subject,
  message_text: MessageText,
  custom_attributes: CustomAttributes.optional(),
  attachment_ids: PortalAttachmentIds.optional(),
});
export type PortalThreadRequest = z.input<typeof PortalThreadRequest>;

/** `POST /api/support/portal/{token}/messages` body. */
export const PortalMessageRequest = z.strictObject({
  thread_id: Id.optional(),
  message_text: MessageText,
  attachment_ids: PortalAttachmentIds.optional(),
});

/** An upload of a staff route: what `attachment_ids` then names. */
export const UploadedFile = MessageAttachment.extend({ created_at: Timestamp }).meta({ id: 'UploadedFile' });
export type UploadedFile = z.infer<typeof UploadedFile>;
export type PortalMessageRequest = z.input<typeof PortalMessageRequest>;

/** `POST /api/support/portal/{token}/typing` body: `thread_id` defaults to the token's thread. */
export const PortalTypingRequest = z.object({ thread_id: Id.optional() }).strict();
export type PortalTypingRequest = z.input<typeof PortalTypingRequest>;

/** Path parameters naming one token. */
export const TokenParams = z.object({ id: Id });
