import type { PortalLinkProblem } from '@helpdock/sdk/schemas';
import type { HelpdockBubbleEventDetails } from './events.js';

/**
 * `detail` of each `helpdock:*` event `<helpdock-portal>` dispatches (bubbling and composed).
 * `message`, `ticket-created` and `error` carry the same details as the bubble's.
 */
export interface HelpdockPortalEventDetails {
  /** The link worked: its threads are shown. */
  'portal-ready': {
    /** How many conversations the link covers. */
    threadCount: number;
    /** When the link stops working (ISO 8601). */
    expiresAt: string;
  };
  /** The link was refused: the page now explains why. */
  'link-problem': {
    /** `invalid` (unknown), `revoked` or `expired`. */
    reason: PortalLinkProblem;
  };
  /** A support message arrived (`in`) or the visitor's was stored (`out`). */
  message: HelpdockBubbleEventDetails['message'];
  /** The visitor opened a new conversation (`threadId`). */
  'ticket-created': HelpdockBubbleEventDetails['ticket-created'];
  /** Something failed; `code` names the sentence shown. */
  error: HelpdockBubbleEventDetails['error'];
}

/**
 * `detail` of each `helpdock:*` event `<helpdock-customer-portal>` dispatches (bubbling and
 * composed). `message`, `ticket-created` and `error` carry the same details as the bubble's.
 */
export interface HelpdockCustomerPortalEventDetails {
  /** The customer's profile and stats loaded. */
  'customer-portal-ready': {
    /** The customer's id. */
    customerId: string;
  };
  /** The access token was refused (expired or revoked): the host should sign the customer in again. */
  'session-expired': Record<string, never>;
  /** A call request was accepted. */
  'call-requested': {
    /** The call request's id. */
    callId: string;
    /** The chosen time (ISO 8601), or `null` for "as soon as possible". */
    scheduledAt: string | null;
  };
  /** A notification was marked as read. */
  'notification-read': {
    /** The notification's id. */
    notificationId: string;
  };
  /** The customer rated a resolved or closed ticket. */
  'feedback-sent': {
    /** The rated ticket. */
    ticketId: string;
    /** 1–5. */
    rating: number;
  };
  /** A support message arrived (`in`) or the customer's was stored (`out`). */
  message: HelpdockBubbleEventDetails['message'];
  /** The customer opened a ticket (`ticketId`). */
  'ticket-created': HelpdockBubbleEventDetails['ticket-created'];
  /** Something failed; `code` names the sentence shown. */
  error: HelpdockBubbleEventDetails['error'];
}

declare global {
  interface HTMLElementEventMap {
    'helpdock:portal-ready': CustomEvent<HelpdockPortalEventDetails['portal-ready']>;
    'helpdock:link-problem': CustomEvent<HelpdockPortalEventDetails['link-problem']>;
    'helpdock:customer-portal-ready': CustomEvent<
      HelpdockCustomerPortalEventDetails['customer-portal-ready']
    >;
    'helpdock:session-expired': CustomEvent<HelpdockCustomerPortalEventDetails['session-expired']>;
    'helpdock:call-requested': CustomEvent<HelpdockCustomerPortalEventDetails['call-requested']>;
    'helpdock:notification-read': CustomEvent<HelpdockCustomerPortalEventDetails['notification-read']>;
    'helpdock:feedback-sent': CustomEvent<HelpdockCustomerPortalEventDetails['feedback-sent']>;
  }
}
