import * as z from 'zod';
import { Id, Timestamp } from './common.js';
import { Call, Ticket, TicketMessage, TicketStatus } from './customer.js';
import { AuthorType, Message, Thread, VisitorThread } from './support.js';

/** `heartbeat` data, sent every 15 s on every stream. */
export const HeartbeatData = z.object({ at: Timestamp });

/**
 * `typing` data of the staff and portal streams: someone (`author_type`) is typing on a thread.
 * Ephemeral: it has no event id and is never replayed; show it for a few seconds after the last one.
 */
export const TypingData = z.object({ thread_id: Id, author_type: AuthorType, at: Timestamp });

/** Event data of the portal stream (`/api/support/portal/{token}/events`), by event type. */
export const portalEventData = {
  heartbeat: HeartbeatData,
  'message.created': z.object({ thread_id: Id, message: Message }),
  'thread.updated': z.object({ thread: VisitorThread }),
  typing: TypingData,
} as const;

/** Event data of the staff stream (`/api/support/events`), by event type. */
export const supportEventData = {
  connected: z.object({ at: Timestamp }),
  heartbeat: HeartbeatData,
  'thread.created': z.object({ thread: Thread }),
  'thread.updated': z.object({ thread: Thread }),
  'message.created': z.object({ thread_id: Id, message: Message }),
  typing: TypingData,
} as const;

/** Event data of the customer stream (`/api/customers/me/events`), by event type. */
export const customerEventData = {
  connected: z.object({ customerId: Id, at: Timestamp }),
  heartbeat: HeartbeatData,
  ticket_created: z.object({ ticket: Ticket }),
  new_message: z.object({ ticketId: Id, message: TicketMessage }),
  call_requested: z.object({ call: Call }),
  status_change: z.object({ ticketId: Id, status: TicketStatus, previousStatus: TicketStatus }),
  typing: z.object({ ticketId: Id, authorRole: z.literal('agent'), at: Timestamp }),
} as const;

/** Event data schemas of one stream, by event type (the `type` field of its events). */
export type EventDataMap = Record<string, z.ZodType>;

/** The typed event union `{type, id, data}` of one stream's event map. */
export type StreamEventOf<M extends EventDataMap> = {
  [K in keyof M & string]: { type: K; id: string; data: z.infer<M[K]> };
}[keyof M & string];

const unionOf = <M extends EventDataMap>(map: M) =>
  z.discriminatedUnion(
    'type',
    Object.entries(map).map(([type, data]) => z.object({ type: z.literal(type), id: z.string(), data })) as [
      z.ZodObject<{ type: z.ZodLiteral<string>; id: z.ZodString; data: z.ZodType }>,
      ...z.ZodObject<{ type: z.ZodLiteral<string>; id: z.ZodString; data: z.ZodType }>[],
    ],
  ) as unknown as z.ZodType<StreamEventOf<M>>;

/** An event of the portal stream, validated. */
export const PortalEvent = unionOf(portalEventData).meta({ id: 'PortalEvent' });
export type PortalEvent = StreamEventOf<typeof portalEventData>;
/** The `type` of a portal stream event, e.g. `message.created`. */
export type PortalEventType = PortalEvent['type'];

/** An event of the customer stream, validated. */
export const CustomerEvent = unionOf(customerEventData).meta({ id: 'CustomerEvent' });
export type CustomerEvent = StreamEventOf<typeof customerEventData>;
/** The `type` of a customer stream event, e.g. `new_message`. */
export type CustomerEventType = CustomerEvent['type'];

/** An event of the staff stream, validated. */
export const SupportEvent = unionOf(supportEventData).meta({ id: 'SupportEvent' });
export type SupportEvent = StreamEventOf<typeof supportEventData>;
/** The `type` of a staff stream event, e.g. `thread.created`. */
export type SupportEventType = SupportEvent['type'];
