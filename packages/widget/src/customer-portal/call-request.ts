import type { CreateCallRequest } from '@helpdock/sdk/schemas';
import type { MessageKey } from '../i18n/index.js';
import type { PageMessageKey } from '../i18n/pages/index.js';

/** Furthest a call can be scheduled ahead (seed 003, SPEC §5): 30 days. */
export const maxCallLeadMs = 30 * 24 * 3600_000;

/** Longest call note (SPEC §5). */
export const maxCallNote = 1000;

/** The call-request form's fields as typed. */
export interface CallRequestValues {
  /** `now`: as soon as possible; `later`: at {@link CallRequestValues.at}. */
  when: 'now' | 'later';
  /** A `datetime-local` value (the visitor's local time), used when `when` is `later`. */
  at: string;
  /** The ticket the call is about, or `''`. */
  ticketId: string;
  /** An optional note. */
  note: string;
}

/** One field's problem: a dictionary key and the values its sentence needs. */
export interface CallFieldError {
  /** The sentence to show under the field. */
  key: MessageKey | PageMessageKey;
  /** Values of the sentence's placeholders. */
  values?: Record<string, number>;
}

/** Problems by field; empty when the request may be sent. */
export type CallRequestErrors = Partial<Record<'at' | 'note', CallFieldError>>;

/**
 * Checks a call request as the server will: a scheduled time must be in the future and at most
 * 30 days ahead, the note at most 1,000 characters.
 *
 * @example validateCallRequest({ when: 'later', at: '', ticketId: '', note: '' }, Date.now()) // { at: { key: 'required' } }
 */
export function validateCallRequest(values: CallRequestValues, now: number): CallRequestErrors {
  const errors: CallRequestErrors = {};
  if (values.when === 'later') {
    const at = values.at ? new Date(values.at).getTime() : Number.NaN;
    if (!values.at || Number.isNaN(at)) errors.at = { key: 'required' };
    else if (at <= now) errors.at = { key: 'callPast' };
    else if (at > now + maxCallLeadMs) errors.at = { key: 'callTooFar' };
  }
  if (values.note.trim().length > maxCallNote) errors.note = { key: 'tooLong', values: { max: maxCallNote } };
  return errors;
}

/** The `POST /api/customers/me/calls` body of a valid form. */
export function callRequestBody(values: CallRequestValues): CreateCallRequest {
  const note = values.note.trim();
  return {
    ...(values.when === 'later' ? { scheduledAt: new Date(values.at).toISOString() } : {}),
    ...(values.ticketId ? { ticketId: values.ticketId } : {}),
    ...(note ? { note } : {}),
  };
}
