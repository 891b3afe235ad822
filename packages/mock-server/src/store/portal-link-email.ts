import type { CreatedToken, Requester } from '@helpdock/sdk/schemas';
import type { OutboxEmail } from './records.js';

/**
 * Outbox `kind` of the email that carries a portal link. The outbox is the recipient's mailbox, so
 * the link (and the token in it) is there as in a sent email; store snapshots redact it.
 */
export const PORTAL_LINK_EMAIL_KIND = 'portal.link';

/** Names of a UTC date's parts, in English (assembled below, so the text is the same on every ICU). */
const dateParts = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'UTC',
});

/** When a link stops working, for a reader anywhere: e.g. `Wednesday 4 February 2026, 10:00 UTC`. */
function expiryText(isoTime: string): string {
  const part = Object.fromEntries(
    dateParts.formatToParts(new Date(isoTime)).map((p) => [p.type, p.value] as const),
  );
  return `${part.weekday} ${part.day} ${part.month} ${part.year}, ${part.hour}:${part.minute} UTC`;
}

/** What the email says about the conversations the link opens. */
function aboutLine(subjects: readonly string[]): string {
  if (subjects.length === 1) return `your support conversation "${subjects[0]}"`;
  return `your support conversations:\n${subjects.map((subject) => `- ${subject}`).join('\n')}\n`;
}

/**
 * The email that hands a portal link to one requester (SPEC §3: `portal_url` is emailed): who sent
 * it, what it opens, the link itself and until when it works.
 */
export function portalLinkEmail(input: {
  tenantId: string;
  tenantName: string;
  to: Requester;
  created: CreatedToken;
  subjects: readonly string[];
}): Omit<OutboxEmail, 'id' | 'created_at'> {
  const { created, subjects } = input;
  const text = [
    `Hello ${input.to.name},`,
    '',
    `${input.tenantName} support sent you a link to read and answer ${aboutLine(subjects)}`,
    '',
    created.portal_url,
    '',
    `The link works until ${expiryText(created.expires_at)}. Anyone who has it can read and answer, so please do not forward this email.`,
  ].join('\n');
  return {
    tenant_id: input.tenantId,
    to: input.to.email,
    subject:
      subjects.length === 1
        ? `Your support conversation: ${subjects[0]}`
        : `Your ${subjects.length} support conversations`,
    text,
    kind: PORTAL_LINK_EMAIL_KIND,
    thread_id: created.thread_id,
  };
}
