import { HelpdockClient, type ThreadListItem } from '@helpdock/sdk';

/** What a staff session needs: where the API is, who signs in, what to reply. */
export interface StaffSessionOptions {
  /** Origin of the Helpdock API, e.g. `http://127.0.0.1:4010`. */
  baseUrl: string;
  /** Staff email (`admin` or `ops`). */
  email: string;
  /** Its password. */
  password: string;
  /** The reply posted on the chosen thread. */
  reply: string;
  /** Thread to reply on; default: the open thread with the most recent activity. */
  threadId?: string | undefined;
  /** Validity of the portal link, in days (1–30). */
  linkDays?: number | undefined;
  /** Where the report lines go (default `console.log`). */
  print?: ((line: string) => void) | undefined;
}

/** What the session did, for callers that want more than the printed report. */
export interface StaffSessionResult {
  /** The open threads listed. */
  openThreads: ThreadListItem[];
  /** The thread replied on, or `null` when there was no open thread. */
  threadId: string | null;
  /** Id of the staff message posted. */
  messageId: string | null;
  /** The customer's portal link (the token inside is shown only once). */
  portalUrl: string | null;
}

/**
 * Signs in as staff, lists every open thread (all pages), replies on one and issues a portal link
 * for it, printing a short report along the way.
 */
export async function runStaffSession(options: StaffSessionOptions): Promise<StaffSessionResult> {
  const print = options.print ?? ((line: string) => console.log(line));
  const client = new HelpdockClient({ baseUrl: options.baseUrl });

  const { user } = await client.auth.login({ email: options.email, password: options.password });
  print(`Signed in as ${user.name} <${user.email}> (${user.role})`);

  const openThreads: ThreadListItem[] = [];
  for await (const thread of client.support.threads.list({ status: 'OPEN', limit: 50 })) {
    openThreads.push(thread);
  }
  print(`${openThreads.length} open thread(s):`);
  for (const thread of openThreads) {
    print(`  ${thread.id}  ${thread.priority.padEnd(6)}  ${thread.message_count} msg  ${thread.subject}`);
  }

  const threadId = options.threadId ?? openThreads[0]?.id;
  if (!threadId) {
    print('Nothing to reply to.');
    return { openThreads, threadId: null, messageId: null, portalUrl: null };
  }

  const message = await client.support.threads.addMessage(threadId, { message_text: options.reply });
  print(`Replied on ${threadId}: "${message.message_text}"`);

  const link = await client.support.tokens.create({
    thread_id: threadId,
    expires_in_days: options.linkDays ?? 7,
  });
  print(`Portal link (valid until ${link.expires_at}): ${link.portal_url}`);
  return { openThreads, threadId, messageId: message.id, portalUrl: link.portal_url };
}
