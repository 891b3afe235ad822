import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createReferenceServer,
  DEMO_CHATWOOT,
  DEMO_EVOLUTION,
  type ReferenceServer,
} from '@helpdock/mock-server';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatwootClient, ChatwootPlatformClient, UpstreamError } from '../../src/chatwoot/index.js';
import { createWhatsappBridge, EvolutionClient, type FetchHandler } from '../../src/whatsapp/index.js';
import type { Mode } from './harness.js';

const SECRET = 'integration-webhook-secret';
const JID = '5511987650000@s.whatsapp.net';
const IN_PROCESS_ORIGIN = 'http://helpdock.test';
/** Origin of the requests the tests hand to the bridge handler directly. */
const BRIDGE_ORIGIN = 'http://bridge.test';

/** Serves a fetch handler over real HTTP on loopback (what a deployment of the bridge would do). */
async function serveOverHttp(handler: FetchHandler): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const response = await handler(
      new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) }),
    );
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

/**
 * The WhatsApp bridge against the reference server's emulated Chatwoot (`/chatwoot`) and Evolution
 * (`/evolution`); the emulated Chatwoot posts its `message_created` webhooks to the bridge.
 */
export function bridgeSuite(mode: Mode): void {
  let reference: ReferenceServer;
  let baseUrl = IN_PROCESS_ORIGIN;
  let controlHeaders: Record<string, string> = {};
  let bridge: FetchHandler = async () => new Response(null, { status: 503 });
  const delivered: string[] = [];
  const teardown: (() => Promise<void> | void)[] = [];

  /** Records each webhook body, then lets the bridge handle it. */
  const recording: FetchHandler = async (request) => {
    const body = await request.clone().text();
    delivered.push(body);
    return bridge(request);
  };

  beforeAll(async () => {
    // The bridge listens on loopback in both modes, as a deployed bridge would; the emulated
    // Chatwoot posts its message_created webhooks there.
    const bridgeServer = await serveOverHttp(recording);
    teardown.push(() => new Promise<void>((resolve) => bridgeServer.server.close(() => resolve())));
    reference = createReferenceServer({ chatwootWebhookUrl: `${bridgeServer.url}/webhook?secret=${SECRET}` });
    if (mode === 'http') {
      const listening = await reference.listen({ port: 0, host: '127.0.0.1' });
      baseUrl = listening.url;
      controlHeaders = { Authorization: `Bearer ${listening.controlToken}` };
      teardown.push(() => listening.close());
    } else {
      const msw = setupServer(...reference.handlers);
      msw.listen({
        onUnhandledRequest: (request, print) => {
          if (!request.url.startsWith(bridgeServer.url)) print.error();
        },
      });
      teardown.push(() => msw.close());
    }
    const chatwootCredentials = DEMO_CHATWOOT;
    const evolutionCredentials = DEMO_EVOLUTION;
    bridge = createWhatsappBridge({
      chatwoot: new ChatwootClient({
        baseUrl: `${baseUrl}/chatwoot`,
        apiAccessToken: chatwootCredentials.apiAccessToken,
      }),
      evolution: new EvolutionClient({
        baseUrl: `${baseUrl}/evolution`,
        apiKey: evolutionCredentials.apiKey,
      }),
      accountId: chatwootCredentials.accountId,
      inboxId: chatwootCredentials.whatsappInboxId,
      instance: evolutionCredentials.instance,
      webhookSecret: SECRET,
    });
  });

  afterAll(async () => {
    for (const stop of teardown.reverse()) await stop();
  });

  const control = async <T>(path: string): Promise<T> =>
    (await fetch(`${baseUrl}/__helpdock/${path}`, { headers: controlHeaders })).json() as T;
  type ChatwootState = {
    contacts: { identifier: string | null }[];
    conversations: { source_id: string }[];
    messages: { content: string; message_type: number }[];
  };

  const deliverToBridge = (body: unknown) =>
    bridge(
      new Request(`${BRIDGE_ORIGIN}/webhook`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Webhook-Secret': SECRET },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      }),
    );

  describe(`WhatsApp bridge against the emulated Chatwoot and Evolution (${mode})`, () => {
    it('posts an incoming WhatsApp message to Chatwoot once, though the webhook comes twice', async () => {
      const upsert = {
        event: 'messages.upsert',
        instance: DEMO_EVOLUTION.instance,
        data: {
          key: { remoteJid: JID, fromMe: false, id: '3EB0INTEGRATION01' },
          pushName: 'Maria',
          message: { conversation: 'Olá, meu pedido não chegou' },
          messageType: 'conversation',
          messageTimestamp: 1_767_225_600,
        },
      };
      const first = await deliverToBridge(upsert);
      const second = await deliverToBridge(upsert);
      expect([first.status, second.status]).toEqual([200, 200]);
      expect((await second.json()).status).toBe('duplicate');

      const state = await control<ChatwootState>('chatwoot');
      expect(state.contacts.filter((c) => c.identifier === JID)).toHaveLength(1);
      expect(state.conversations.filter((c) => c.source_id === JID)).toHaveLength(1);
      expect(state.messages.filter((m) => m.content === 'Olá, meu pedido não chegou')).toHaveLength(1);
    });

    it('sends an agent’s reply to WhatsApp once, though the webhook comes twice', async () => {
      const credentials = DEMO_CHATWOOT;
      const agent = new ChatwootClient({
        baseUrl: `${baseUrl}/chatwoot`,
        apiAccessToken: credentials.apiAccessToken,
      });
      const { payload } = await agent.contacts.search(credentials.accountId, JID);
      const contact = payload.find((c) => c.identifier === JID);
      expect(contact).toBeDefined();
      const conversations = await agent.contacts.conversations(credentials.accountId, contact!.id);
      const conversation = conversations.payload[0]!;

      delivered.length = 0;
      // The emulated Chatwoot posts message_created to the bridge as it creates the reply.
      await agent.messages.create(credentials.accountId, conversation.id, {
        content: 'Oi Maria, já verificamos',
        message_type: 'outgoing',
      });
      const webhook = delivered.find((body) => body.includes('Oi Maria'));
      expect(webhook).toBeDefined();
      const again = await deliverToBridge(webhook!);
      expect((await again.json()).status).toBe('duplicate');

      const evolution = await control<{ sent: { number: string; text: string }[] }>('evolution');
      expect(evolution.sent.filter((m) => m.text === 'Oi Maria, já verificamos')).toEqual([
        expect.objectContaining({ number: '5511987650000' }),
      ]);
    });

    it('refuses a webhook without the secret', async () => {
      const response = await bridge(
        new Request(`${BRIDGE_ORIGIN}/webhook`, { method: 'POST', body: JSON.stringify({ event: 'x' }) }),
      );
      expect(response.status).toBe(401);
    });
  });

  describe(`Chatwoot Platform API against the emulator (${mode})`, () => {
    it('provisions an agent, changes its password, reads and deletes it', async () => {
      const credentials = DEMO_CHATWOOT;
      const platform = new ChatwootPlatformClient({
        baseUrl: `${baseUrl}/chatwoot`,
        platformToken: credentials.platformToken,
        accountId: credentials.accountId,
      });
      const { user } = await platform.provisionAgent({ name: 'Integration Agent', email: 'agent@acme.test' });
      const state = await control<{ account_users: { user_id: number; role: string }[] }>('chatwoot');
      expect(state.account_users).toContainEqual(
        expect.objectContaining({ user_id: user.id, role: 'agent' }),
      );
      await platform.users.update(user.id, { password: 'N3w-Secure-Passw0rd!' });
      expect((await platform.users.get(user.id)).email).toBe('agent@acme.test');
      await platform.users.delete(user.id);
      const gone = await platform.users.get(user.id).catch((e: unknown) => e);
      expect(gone).toBeInstanceOf(UpstreamError);
      expect((gone as UpstreamError).status).toBe(404);
    });

    it('gets a 401 with a wrong platform token', async () => {
      const platform = new ChatwootPlatformClient({ baseUrl: `${baseUrl}/chatwoot`, platformToken: 'wrong' });
      await expect(platform.users.get(1001)).rejects.toMatchObject({ status: 401 });
    });
  });
}
