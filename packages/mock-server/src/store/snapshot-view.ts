import { PORTAL_LINK_EMAIL_KIND } from './portal-link-email.js';
import type { OutboxEmail, State, UserRecord } from './records.js';
import { PASSWORD_EMAIL_KIND } from './support-access.js';

/**
 * An email as the control API's outbox shows it: the one that carries a new password is redacted
 * (only the provider's real inbox would see it; in-process, `store.outbox.list()` still has it for
 * tests). A portal-link email is shown whole: the outbox is its recipient's mailbox.
 */
export function redactedEmail(email: OutboxEmail): OutboxEmail {
  return email.kind === PASSWORD_EMAIL_KIND
    ? { ...email, text: '<redacted: this email carries a new password>' }
    : email;
}

/** An email as the store dump shows it: neither a password nor a portal link (a token) in it. */
function storedEmail(email: OutboxEmail): OutboxEmail {
  return email.kind === PORTAL_LINK_EMAIL_KIND
    ? { ...email, text: '<redacted: this email carries a portal link (see GET /__helpdock/outbox)>' }
    : redactedEmail(email);
}

/**
 * What `GET /__helpdock/store` shows of a state copy: uploaded files without their bytes (a size
 * note instead, so the dump stays readable), users without their password hash and salt, and the
 * emails that carry a password or a portal token redacted.
 */
export function snapshotView(copy: State): State {
  for (const file of copy.files) (file as { content: unknown }).content = `<${file.size} bytes>`;
  for (const user of copy.users) delete (user as Partial<UserRecord>).password;
  copy.outbox = copy.outbox.map(storedEmail);
  return copy;
}
