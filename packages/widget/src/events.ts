import type { PartnerAttributes, PublicConfig } from '@helpdock/sdk/schemas';
import type { MessageKey } from './i18n/index.js';

/** `detail` of each `helpdock:*` event the bubble dispatches (bubbling and composed). */
export interface HelpdockBubbleEventDetails {
  /** The public config loaded (or failed to: `config` is `null`); the bubble is usable. */
  ready: {
    /** The tenant's public config (WhatsApp number, bubble enabled), or `null` if it failed to load. */
    config: PublicConfig | null;
  };
  /** The panel opened. */
  open: Record<string, never>;
  /** The panel closed. */
  close: Record<string, never>;
  /** A conversation started: `threadId` for an anonymous visitor, `ticketId` for a signed-in customer. */
  'ticket-created': {
    /** Id of the new portal thread; set only for an anonymous visitor. */
    threadId?: string;
    /** Id of the new ticket; set only for a signed-in customer. */
    ticketId?: string;
  };
  /** A message arrived from support (`in`) or a visitor's message was delivered (`out`). */
  message: {
    /** `in` for a message from support, `out` for the visitor's own, now stored by the server. */
    direction: 'in' | 'out';
    /** The message as plain text. */
    text: string;
    /** The server's id of the message. */
    id: string;
  };
  /** Something failed; `code` names the sentence the visitor was shown. */
  error: {
    /** Dictionary key of the notice shown, e.g. `'errorOffline'`; stable, so hosts can branch on it. */
    code: MessageKey;
    /** HTTP status of the failed response; absent when no response arrived (network failure). */
    status?: number;
  };
  /** The number of support messages not yet seen changed (one arrived while the panel was closed, or the panel opened). */
  unread: {
    /** Support messages that arrived while the panel was closed; `0` once the visitor opened it. */
    count: number;
  };
}

/** The short names of the bubble's events (`'open'` for `helpdock:open`). */
export type HelpdockBubbleEventName = keyof HelpdockBubbleEventDetails;

/** `detail` of the partner-attributes form's events. */
export interface PartnerAttributesEventDetails {
  /** Saved; `attributes` is what the server stored (never the system token). */
  'partner-attributes-saved': {
    /** The attributes as the server stored them; the WhatsApp token shows only as `has_system_token`. */
    attributes: PartnerAttributes;
  };
  /** The user chose "Skip for now". */
  'partner-attributes-skipped': Record<string, never>;
}

/** Every event name the bubble dispatches, with the `helpdock:` prefix. */
export const bubbleEventNames = [
  'ready',
  'open',
  'close',
  'ticket-created',
  'message',
  'error',
  'unread',
] as const;

/**
 * Dispatches `helpdock:<name>` from `target`, bubbling and composed, so a listener on `document`
 * hears it whether the element sits in the page or in another shadow root.
 */
export function dispatchHelpdockEvent<D>(target: EventTarget, name: string, detail: D): void {
  target.dispatchEvent(new CustomEvent(`helpdock:${name}`, { detail, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'helpdock:ready': CustomEvent<HelpdockBubbleEventDetails['ready']>;
    'helpdock:open': CustomEvent<HelpdockBubbleEventDetails['open']>;
    'helpdock:close': CustomEvent<HelpdockBubbleEventDetails['close']>;
    'helpdock:ticket-created': CustomEvent<HelpdockBubbleEventDetails['ticket-created']>;
    'helpdock:message': CustomEvent<HelpdockBubbleEventDetails['message']>;
    'helpdock:error': CustomEvent<HelpdockBubbleEventDetails['error']>;
    'helpdock:unread': CustomEvent<HelpdockBubbleEventDetails['unread']>;
    'helpdock:partner-attributes-saved': CustomEvent<
      PartnerAttributesEventDetails['partner-attributes-saved']
    >;
    'helpdock:partner-attributes-skipped': CustomEvent<
      PartnerAttributesEventDetails['partner-attributes-skipped']
    >;
  }
}
