import * as z from 'zod';
import { AttachmentIds, Id, listOf, PageQuery, QueryFlag, Timestamp } from './common.js';
import { CustomAttributes } from './custom-attributes.js';
import { uploadContentTypes } from './upload-types.js';

/** Ticket status (customer view, lower case as in seed 003). */
export const TicketStatus = z.enum(['open', 'pending', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

/** Ticket priority (customer view). */
export const TicketPriority = z.enum(['low', 'medium', 'high', 'urgent']);
export type TicketPriority = z.infer<typeof TicketPriority>;

/** `GET /api/customers/me` response. */
export const CustomerProfile = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string(),
    stats: z.object({
      totalTickets: z.number().int(),
      openTickets: z.number().int(),
      resolvedTickets: z.number().int(),
    }),
  })
  .meta({ id: 'CustomerProfile' });
export type CustomerProfile = z.infer<typeof CustomerProfile>;

/** An uploaded file. */
export const Attachment = z
  .object({
    id: Id,
    filename: z.string(),
    contentType: z.string(),
    size: z.number().int().nonnegative(),
    url: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Attachment' });
export type Attachment = z.infer<typeof Attachment>;

/** One message of a ticket. */
export const TicketMessage = z
  .object({
    id: Id,
    ticketId: Id,
    authorId: Id.nullable(),
    authorRole: z.enum(['customer', 'agent', 'system']),
    body: z.string(),
    attachments: z.array(Attachment),
    createdAt: Timestamp,
  })
  .meta({ id: 'TicketMessage' });
export type TicketMessage = z.infer<typeof TicketMessage>;

/** A customer's rating of a resolved or closed ticket. */
export const Feedback = z
  .object({
    id: Id,
    ticketId: Id,
    rating: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Feedback' });
export type Feedback = z.infer<typeof Feedback>;

/** A ticket: the customer's view of a support thread. */
export const Ticket = z
  .object({
    id: Id,
    title: z.string(),
    description: z.string(),
    status: TicketStatus,
    priority: TicketPriority,
    category: z.string().nullable(),
    type: z.string(),
    customerId: Id,
    tenantId: Id,
    messageCount: z.number().int().nonnegative(),
    lastMessageAt: Timestamp,
    createdAt: Timestamp,
    updatedAt: Timestamp,
  })
  .meta({ id: 'Ticket' });
export type Ticket = z.infer<typeof Ticket>;

/** A ticket with its messages, attachments and feedback. */
export const TicketDetail = Ticket.extend({
  messages: z.array(TicketMessage),
  attachments: z.array(Attachment),
  feedback: Feedback.nullable(),
}).meta({ id: 'TicketDetail' });
export type TicketDetail = z.infer<typeof TicketDetail>;

/** `GET /api/customers/me/tickets` query. */
export const TicketListQuery = PageQuery.extend({
  status: TicketStatus.optional(),
  priority: TicketPriority.optional(),
});
export type TicketListQuery = z.input<typeof TicketListQuery>;

/** A page of tickets. */
export const TicketList = listOf(Ticket).meta({ id: 'TicketList' });
export type TicketList = z.infer<typeof TicketList>;

/** `POST /api/customers/me/tickets` body. */
export const CreateTicketRequest = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(10_000),
  category: z.string().trim().min(1).max(100).optional(),
  priority: TicketPriority.default('medium'),
  type: z.string().trim().min(1).max(50).default('issue'),
  attachmentIds: AttachmentIds.optional(),
  customAttributes: CustomAttributes.optional(),
});
export type CreateTicketRequest = z.input<typeof CreateTicketRequest>;

/** `POST /api/customers/me/tickets/{ticketId}/messages` body. */
export const CreateTicketMessageRequest = z.strictObject({
  body: z.string().trim().min(1).max(10_000),
  attachmentIds: AttachmentIds.optional(),
});
export type CreateTicketMessageRequest = z.input<typeof CreateTicketMessageRequest>;

/** Path parameters naming one ticket. */
export const TicketParams = z.object({ ticketId: Id });

/** File types accepted for uploads (checked by content). */
export const UploadContentType = z.enum(uploadContentTypes);
export type UploadContentType = z.infer<typeof UploadContentType>;

/** `POST /api/customers/me/calls` body. */
export const CreateCallRequest = z.strictObject({
  ticketId: Id.optional(),
  scheduledAt: z.iso
    .datetime({ offset: true })
    .meta({ description: 'When to call: in the future and at most 30 days ahead (else 422); omitted: now' })
    .optional(),
  note: z.string().max(1000).optional(),
});
export type CreateCallRequest = z.input<typeof CreateCallRequest>;

/** A call request. */
export const Call = z
  .object({
    id: Id,
    ticketId: Id.nullable(),
    status: z.enum(['requested', 'scheduled']),
    scheduledAt: Timestamp.nullable(),
    note: z.string().nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Call' });
export type Call = z.infer<typeof Call>;

/** An in-app notification for a customer. */
export const Notification = z
  .object({
    id: Id,
    type: z.string(),
    title: z.string(),
    body: z.string(),
    ticketId: Id.nullable(),
    readAt: Timestamp.nullable(),
    createdAt: Timestamp,
  })
  .meta({ id: 'Notification' });
export type Notification = z.infer<typeof Notification>;

/** `GET /api/customers/me/notifications` query. */
export const NotificationListQuery = PageQuery.extend({ unread: QueryFlag.optional() });
export type NotificationListQuery = z.input<typeof NotificationListQuery>;

/** A page of notifications. */
export const NotificationList = listOf(Notification).meta({ id: 'NotificationList' });
export type NotificationList = z.infer<typeof NotificationList>;

/** Path parameters naming one notification. */
export const NotificationParams = z.object({ id: Id });

/** `POST /api/customers/me/feedback` body. */
export const CreateFeedbackRequest = z.strictObject({
  ticketId: Id,
  rating: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});
export type CreateFeedbackRequest = z.input<typeof CreateFeedbackRequest>;

/** `GET /api/customers/me/kb` query. */
export const KbSearchQuery = z.object({
  q: z.string().trim().min(1).max(200),
  limit: z.coerce.number<number>().int().min(1).max(50).default(10),
});
export type KbSearchQuery = z.input<typeof KbSearchQuery>;

/** `GET /api/support/public/kb` query: the same search, anonymous, for the site's tenant. */
export const PublicKbSearchQuery = KbSearchQuery.extend({ site_key: z.string().min(1).max(100).optional() });
export type PublicKbSearchQuery = z.input<typeof PublicKbSearchQuery>;

/** One knowledge-base hit, best first. */
export const KbResult = z
  .object({ id: Id, title: z.string(), snippet: z.string(), url: z.string(), score: z.number() })
  .meta({ id: 'KbResult' });
export type KbResult = z.infer<typeof KbResult>;

/** `GET /api/customers/me/kb` response. */
export const KbSearchResponse = z.object({ data: z.array(KbResult) }).meta({ id: 'KbSearchResponse' });
export type KbSearchResponse = z.infer<typeof KbSearchResponse>;

/** Path parameters naming one knowledge-base article. */
export const KbArticleParams = z.object({ id: Id });

/** A knowledge-base article, read in full. */
export const KbArticle = z
  .object({
    id: Id,
    title: z.string(),
    /** Plain text; paragraphs are separated by a blank line. */
    body: z.string(),
    url: z.string(),
    updated_at: Timestamp,
  })
  .meta({ id: 'KbArticle' });
export type KbArticle = z.infer<typeof KbArticle>;

/** Path parameters naming one file. */
export const FileParams = z.object({ id: Id });
