import type { ChatwootClient } from '../chatwoot/application-client.js';
import { ChatwootMessageCreatedWebhook } from '../schemas/chatwoot.js';
import { EvolutionMessagesUpsertWebhook } from '../schemas/evolution.js';
import { createMemoryDedupeStore, type DedupeStore } from './dedupe.js';
import type { EvolutionClient } from './evolution-client.js';
import { secretsEqual } from './secret.js';

/**
 * Options of {@link createWhatsappBridge}.
 *
 * @example
 * ```ts
 * const bridge = createWhatsappBridge({ chatwoot, evolution, accountId: 1, inboxId: 3, instance: 'acme', webhookSecret });
 * ```
 */
export interface WhatsappBridgeOptions {
  /** Application API client of the Chatwoot holding the conversations. */
  chatwoot: ChatwootClient;
  /** Evolution client that sends the agents' replies. */
  evolution: EvolutionClient;
  /** Chatwoot account id. */
  accountId: number;
  /** Chatwoot inbox (an API channel) the WhatsApp conversations live in. */
  inboxId: number;
  /** Evolution instance (the WhatsApp number) to listen to and send from. */
  instance: string;
  /** Shared secret both webhooks must carry (`X-Webhook-Secret` header or `?secret=`). */
  webhookSecret: string;
  /** Where handled deliveries are remembered (default: in memory, 24 h). */
  dedupe?: DedupeStore | undefined;
}

/** A fetch-style request handler: `Request` in, `Response` out. */
export type FetchHandler = (request: Request) => Promise<Response>;

const json = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const ignored = (reason: string) => json(200, { status: 'ignored', reason });

/** The digits of a WhatsApp JID (`5511987654321@s.whatsapp.net` → `5511987654321`). */
const jidDigits = (jid: string) => (jid.split('@')[0] ?? '').replace(/\D/g, '');

/**
 * The WhatsApp ↔ Chatwoot bridge as one fetch handler, to mount at the URL both webhooks post to:
 *
 * - Evolution `messages.upsert` (incoming, not `fromMe`, one-to-one chats): finds or creates the
 *   Chatwoot contact (`identifier` = the sender's JID), finds its unresolved conversation in the inbox
 *   or opens one (`source_id` = the JID), and posts the text as an `incoming` message.
 *   A delivery of a WhatsApp message id already handled is answered `duplicate` and not posted again.
 * - Chatwoot `message_created` (`outgoing`, not private, in this inbox): sends the text to the
 *   contact's number (the JID's digits) with Evolution, once per Chatwoot message id.
 * - Anything else: 200 `ignored`. A wrong or missing secret: 401. A body that is not JSON: 400.
 *   An upstream failure: 502, and the delivery is forgotten so the sender's retry is handled.
 *
 * @example
 * ```ts
 * // Next.js route handler, Hono, Bun.serve, Deno.serve… anything that speaks Request/Response.
 * export const POST = createWhatsappBridge({ chatwoot, evolution, accountId: 1, inboxId: 3, instance: 'acme', webhookSecret });
 * ```
 */
export function createWhatsappBridge(options: WhatsappBridgeOptions): FetchHandler {
  if (!options.webhookSecret) throw new TypeError('createWhatsappBridge needs a non-empty webhookSecret');
  const { chatwoot, evolution, accountId, inboxId, instance, webhookSecret } = options;
  const dedupe = options.dedupe ?? createMemoryDedupeStore();
  // Deliveries for one sender run one after the other, so two first messages cannot create two contacts.
  const queues = new Map<string, Promise<unknown>>();
  const serially = <T>(key: string, task: () => Promise<T>): Promise<T> => {
    const previous = queues.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  };

  async function findOrCreateContact(jid: string, name: string | null | undefined): Promise<number> {
    const found = await chatwoot.contacts.search(accountId, jid);
    const existing = found.payload.find((contact) => contact.identifier === jid);
    if (existing) return existing.id;
    const digits = jidDigits(jid);
    const created = await chatwoot.contacts.create(accountId, {
      inbox_id: inboxId,
      name: name?.trim() || `+${digits}`,
      identifier: jid,
      phone_number: `+${digits}`,
    });
    return created.payload.contact.id;
  }

  async function findOrCreateConversation(contactId: number, jid: string): Promise<number> {
    const { payload } = await chatwoot.contacts.conversations(accountId, contactId);
    const open = payload.find((c) => c.inbox_id === inboxId && c.status !== 'resolved');
    if (open) return open.id;
    const created = await chatwoot.conversations.create(accountId, {
      source_id: jid,
      inbox_id: inboxId,
      contact_id: contactId,
      status: 'open',
    });
    return created.id;
  }

  /** Runs `task` once per dedupe key; a failure forgets the key so a retry can succeed. */
  async function once(key: string, task: () => Promise<Record<string, unknown>>): Promise<Response> {
    if (!(await dedupe.claim(key))) return json(200, { status: 'duplicate' });
    try {
      return json(200, { status: 'forwarded', ...(await task()) });
    } catch (error) {
      await dedupe.release(key);
      return json(502, {
        status: 'failed',
        error: error instanceof Error ? error.message : 'Upstream failure',
      });
    }
  }

  async function onEvolution(body: unknown): Promise<Response> {
    const parsed = EvolutionMessagesUpsertWebhook.safeParse(body);
    if (!parsed.success) return ignored('malformed messages.upsert');
    const { data } = parsed.data;
    if (parsed.data.instance !== instance) return ignored('another instance');
    if (data.key.fromMe) return ignored('sent by us');
    const jid = data.key.remoteJid;
    if (!jid.endsWith('@s.whatsapp.net')) return ignored('not a one-to-one chat');
    const text = data.message?.conversation ?? data.message?.extendedTextMessage?.text;
    if (!text) return ignored('not a text message');
    return once(`evolution:${instance}:${data.key.id}`, () =>
      serially(jid, async () => {
        const contactId = await findOrCreateContact(jid, data.pushName);
        const conversationId = await findOrCreateConversation(contactId, jid);
        const message = await chatwoot.messages.create(accountId, conversationId, {
          content: text,
          message_type: 'incoming',
          private: false,
        });
        return { conversation_id: conversationId, message_id: message.id };
      }),
    );
  }

  async function onChatwoot(body: unknown): Promise<Response> {
    const parsed = ChatwootMessageCreatedWebhook.safeParse(body);
    if (!parsed.success) return ignored('malformed message_created');
    const message = parsed.data;
    if (message.message_type !== 'outgoing' && message.message_type !== 1) return ignored('not outgoing');
    if (message.private) return ignored('private note');
    const messageInbox = message.inbox?.id ?? message.conversation.inbox_id;
    if (messageInbox !== undefined && messageInbox !== inboxId) return ignored('another inbox');
    if (!message.content) return ignored('no text');
    const jid =
      message.conversation.meta?.sender.identifier ?? message.conversation.contact_inbox?.source_id ?? '';
    const number = jidDigits(jid);
    if (!/^\d{8,15}$/.test(number)) return ignored('contact has no WhatsApp number');
    const text = message.content;
    return once(`chatwoot:${accountId}:${message.id}`, async () => {
      const sent = await evolution.sendText(instance, { number, text });
      return { whatsapp_message_id: sent.key.id };
    });
  }

  return async (request) => {
    if (request.method !== 'POST') return json(405, { error: 'Use POST' });
    const url = new URL(request.url);
    const given = request.headers.get('x-webhook-secret') ?? url.searchParams.get('secret') ?? '';
    if (!secretsEqual(given, webhookSecret)) return json(401, { error: 'Invalid webhook secret' });
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      return json(400, { error: 'Body is not JSON' });
    }
    const event = typeof body === 'object' && body !== null ? (body as { event?: unknown }).event : undefined;
    if (event === 'messages.upsert') return onEvolution(body);
    if (event === 'message_created') return onChatwoot(body);
    return ignored('unhandled event');
  };
}
