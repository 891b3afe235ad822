import { createReferenceServer, type ListeningServer } from '@helpdock/mock-server';
import { ChatwootClient } from '@helpdock/sdk/chatwoot';
import { type BridgeSettings, createBridge } from './bridge.js';
import { startWebhookServer, type WebhookServer } from './webhook-server.js';

/** The reference server's emulated upstreams accept these published demo credentials. */
const DEMO = {
  chatwootToken: 'demo-chatwoot-api-access-token',
  evolutionKey: 'demo-evolution-api-key',
  accountId: 1,
  inboxId: 1,
  instance: 'helpdock-demo',
} as const;

/** The WhatsApp user of the demo. */
const CUSTOMER = { jid: '5511987654321@s.whatsapp.net', name: 'João Silva' };

/** A running demo: the reference server, the bridge in front of it and the settings it uses. */
export interface BridgeDemo {
  api: ListeningServer;
  bridge: WebhookServer;
  settings: BridgeSettings;
  /** Stops both servers. */
  close(): Promise<void>;
}

/**
 * Starts the bridge and a reference server whose emulated Chatwoot posts its `message_created`
 * webhooks to it. The bridge's server starts first so its URL can be given to Chatwoot.
 */
export async function startBridgeDemo(port = 0): Promise<BridgeDemo> {
  const webhookSecret = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(24))).toString('hex');
  const bridge = await startWebhookServer(port);
  const api = await createReferenceServer({
    seed: 'demo',
    chatwootWebhookUrl: `${bridge.webhookUrl}?secret=${webhookSecret}`,
  }).listen({ port: 0 });
  const settings: BridgeSettings = {
    chatwootUrl: `${api.url}/chatwoot`,
    chatwootToken: DEMO.chatwootToken,
    evolutionUrl: `${api.url}/evolution`,
    evolutionKey: DEMO.evolutionKey,
    accountId: DEMO.accountId,
    inboxId: DEMO.inboxId,
    instance: DEMO.instance,
    webhookSecret,
  };
  bridge.mount(createBridge(settings));
  return {
    api,
    bridge,
    settings,
    close: async () => {
      await bridge.close();
      await api.close();
    },
  };
}

/** What Evolution posts for an incoming WhatsApp text (`messages.upsert`). */
export function whatsappMessage(instance: string, id: string, text: string) {
  return {
    event: 'messages.upsert',
    instance,
    data: {
      key: { remoteJid: CUSTOMER.jid, fromMe: false, id },
      pushName: CUSTOMER.name,
      message: { conversation: text },
      messageType: 'conversation',
      messageTimestamp: Math.floor(Date.now() / 1000),
    },
  };
}

async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Reads the reference server's control API, which needs its control token. */
const controlJson = async <T>(api: ListeningServer, path: string): Promise<T> =>
  (await (
    await fetch(`${api.url}/__helpdock/${path}`, { headers: { Authorization: `Bearer ${api.controlToken}` } })
  ).json()) as T;

/** What the scripted conversation observed, for the test. */
export interface DemoOutcome {
  incoming: { status: number; body: Record<string, unknown> };
  duplicate: { status: number; body: Record<string, unknown> };
  wrongSecret: { status: number };
  conversationId: number;
  sentToWhatsapp: { number: string; text: string }[];
}

/**
 * Plays one conversation through the bridge: a WhatsApp message arrives (Evolution webhook), is
 * delivered twice (deduplicated), an agent answers in Chatwoot (its webhook reaches the bridge, which
 * sends the reply with Evolution), and a delivery without the secret is refused.
 */
export async function playConversation(
  demo: BridgeDemo,
  print: (line: string) => void,
): Promise<DemoOutcome> {
  const { api, bridge, settings } = demo;
  const secretHeader = { 'X-Webhook-Secret': settings.webhookSecret };
  const message = whatsappMessage(
    settings.instance,
    'WAMSG-0001',
    'Olá, preciso de ajuda com meu pedido #12345',
  );

  print(`1. WhatsApp → Evolution → bridge: "${message.data.message.conversation}" from ${CUSTOMER.jid}`);
  const incoming = await post(bridge.webhookUrl, message, secretHeader);
  print(`   bridge answered ${incoming.status} ${JSON.stringify(incoming.body)}`);
  const conversationId = Number(incoming.body.conversation_id);

  const chatwoot = await controlJson<{
    contacts: { identifier: string | null }[];
    messages: { content: string }[];
  }>(api, 'chatwoot');
  print(
    `   Chatwoot now has ${chatwoot.contacts.length} contact(s) and ${chatwoot.messages.length} message(s)`,
  );

  print('2. Evolution retries the same delivery');
  const duplicate = await post(bridge.webhookUrl, message, secretHeader);
  print(`   bridge answered ${duplicate.status} ${JSON.stringify(duplicate.body)}`);

  const reply = 'Olá! Recebemos sua mensagem e estamos verificando seu pedido.';
  print(`3. An agent replies in Chatwoot: "${reply}"`);
  const agent = new ChatwootClient({ baseUrl: settings.chatwootUrl, apiAccessToken: settings.chatwootToken });
  await agent.messages.create(settings.accountId, conversationId, {
    content: reply,
    message_type: 'outgoing',
    private: false,
  });
  const evolution = await controlJson<{ sent: { number: string; text: string }[] }>(api, 'evolution');
  for (const sent of evolution.sent) print(`   Evolution sent to ${sent.number}: "${sent.text}"`);

  print('4. A delivery without the secret');
  const wrongSecret = await post(
    bridge.webhookUrl,
    whatsappMessage(settings.instance, 'WAMSG-0002', 'spoofed'),
  );
  print(`   bridge answered ${wrongSecret.status}`);

  return {
    incoming,
    duplicate,
    wrongSecret: { status: wrongSecret.status },
    conversationId,
    sentToWhatsapp: evolution.sent.map(({ number, text }) => ({ number, text })),
  };
}
