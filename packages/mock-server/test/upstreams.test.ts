import { ChatwootClient, ChatwootPlatformClient } from '@helpdock/sdk/chatwoot';
import {
  ChatwootContactSearchResponse,
  ChatwootCreateContactResponse,
  ChatwootMessage,
  ChatwootMessageCreatedWebhook,
  ChatwootUser,
  EvolutionSendTextResponse,
} from '@helpdock/sdk/schemas';
import { createWhatsappBridge, EvolutionClient } from '@helpdock/sdk/whatsapp';
import { getResponse, HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { DEMO_CHATWOOT } from '../src/store/upstreams/chatwoot/seed.js';
import { DEMO_EVOLUTION } from '../src/store/upstreams/evolution.js';
import { call, demoServer, ORIGIN } from './helpers.js';

const platformHeaders = { api_access_token: DEMO_CHATWOOT.platformToken };
const appHeaders = { api_access_token: DEMO_CHATWOOT.apiAccessToken };

let reference: ReferenceServer;

/** A `fetch` that goes straight through the reference handlers. */
const handlerFetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await getResponse(reference.handlers, new Request(input, init));
  return response ?? new Response('no handler', { status: 404 });
}) as typeof fetch;

beforeEach(() => {
  ({ reference } = demoServer());
});

describe('emulated Chatwoot: Platform API', () => {
  it('checks the Platform App token', async () => {
    const none = await call(reference, '/chatwoot/platform/api/v1/users/1001');
    expect(none.status).toBe(401);
    expect(none.body).toEqual({ error: 'Invalid access_token' });
    const app = await call(reference, '/chatwoot/platform/api/v1/users/1001', { headers: appHeaders });
    expect(app.status).toBe(401);
  });

  it('creates, reads, updates and deletes users shaped like Chatwoot’s', async () => {
    const created = await call(reference, '/chatwoot/platform/api/v1/users', {
      headers: platformHeaders,
      json: { name: 'Ana Agent', email: 'Ana@Acme.test', password: 'Str0ng!pass' },
    });
    expect(created.status).toBe(200);
    const user = ChatwootUser.parse(created.body);
    expect(user).toMatchObject({ name: 'Ana Agent', email: 'ana@acme.test', type: 'User' });
    expect(JSON.stringify(created.body)).not.toContain('Str0ng!pass');
    const read = await call(reference, `/chatwoot/platform/api/v1/users/${user.id}`, {
      headers: platformHeaders,
    });
    expect(read.body.email).toBe('ana@acme.test');
    const patched = await call(reference, `/chatwoot/platform/api/v1/users/${user.id}`, {
      method: 'PATCH',
      headers: platformHeaders,
      json: { name: 'Ana B.' },
    });
    expect(patched.body.name).toBe('Ana B.');
    const added = await call(reference, '/chatwoot/platform/api/v1/accounts/1/account_users', {
      headers: platformHeaders,
      json: { user_id: user.id, role: 'agent' },
    });
    expect(added.body).toEqual({ account_id: 1, user_id: user.id, role: 'agent' });
    const deleted = await call(reference, `/chatwoot/platform/api/v1/users/${user.id}`, {
      method: 'DELETE',
      headers: platformHeaders,
    });
    expect(deleted.status).toBe(200);
    expect(
      (await call(reference, `/chatwoot/platform/api/v1/users/${user.id}`, { headers: platformHeaders }))
        .status,
    ).toBe(404);
  });

  it('answers Chatwoot-style 422 and 404 for bad input and unknown ids', async () => {
    const cases: [string, Parameters<typeof call>[2], number][] = [
      ['/chatwoot/platform/api/v1/users', { json: { name: 'A', email: 'a@b.test', password: 'weak' } }, 422],
      [
        '/chatwoot/platform/api/v1/users',
        { json: { name: 'A', email: 'not-an-email', password: 'Str0ng!pass' } },
        422,
      ],
      [
        '/chatwoot/platform/api/v1/users',
        { json: { name: 'Dup', email: 'provider@acme.test', password: 'Str0ng!pass' } },
        422,
      ],
      ['/chatwoot/platform/api/v1/users/abc', {}, 404],
      ['/chatwoot/platform/api/v1/users/999999', {}, 404],
      ['/chatwoot/platform/api/v1/accounts/9/account_users', { json: { user_id: 1001, role: 'agent' } }, 404],
      ['/chatwoot/platform/api/v1/accounts/1/account_users', { json: { user_id: 1001, role: 'owner' } }, 422],
    ];
    for (const [path, options, status] of cases) {
      const result = await call(reference, path, { ...options, headers: platformHeaders });
      expect([path, result.status]).toEqual([path, status]);
    }
    const bad = await call(reference, '/chatwoot/platform/api/v1/users', {
      headers: platformHeaders,
      json: { name: 'A', email: 'a@b.test', password: 'weak' },
    });
    expect(bad.body).toMatchObject({ attributes: ['password'] });
  });

  it('works with the SDK’s ChatwootPlatformClient (provisionAgent)', async () => {
    const platform = new ChatwootPlatformClient({
      baseUrl: `${ORIGIN}/chatwoot`,
      platformToken: DEMO_CHATWOOT.platformToken,
      accountId: DEMO_CHATWOOT.accountId,
      fetch: handlerFetch,
    });
    const { user } = await platform.provisionAgent({ name: 'Sam Support', email: 'sam@acme.test' });
    expect(reference.store.chatwoot.state.account_users).toContainEqual(
      expect.objectContaining({ user_id: user.id, role: 'agent' }),
    );
    expect((await platform.users.get(user.id)).email).toBe('sam@acme.test');
  });
});

describe('emulated Chatwoot: Application API', () => {
  it('creates and finds contacts, conversations and messages', async () => {
    const contact = await call(reference, '/chatwoot/api/v1/accounts/1/contacts', {
      headers: appHeaders,
      json: {
        inbox_id: 1,
        name: 'João Silva',
        phone_number: '+5511987654321',
        identifier: '5511987654321@s.whatsapp.net',
      },
    });
    expect(contact.status).toBe(200);
    const { payload } = ChatwootCreateContactResponse.parse(contact.body);
    const search = await call(reference, '/chatwoot/api/v1/accounts/1/contacts/search?q=5511987654321', {
      headers: appHeaders,
    });
    expect(ChatwootContactSearchResponse.parse(search.body).payload.map((c) => c.id)).toEqual([
      payload.contact.id,
    ]);
    const conversation = await call(reference, '/chatwoot/api/v1/accounts/1/conversations', {
      headers: appHeaders,
      json: {
        source_id: payload.contact_inbox?.source_id,
        inbox_id: 1,
        contact_id: payload.contact.id,
        status: 'open',
      },
    });
    expect(conversation.status).toBe(200);
    const message = await call(
      reference,
      `/chatwoot/api/v1/accounts/1/conversations/${conversation.body.id}/messages`,
      {
        headers: appHeaders,
        json: { content: 'Olá, preciso de ajuda', message_type: 'incoming', private: false },
      },
    );
    expect(ChatwootMessage.parse(message.body)).toMatchObject({
      content: 'Olá, preciso de ajuda',
      message_type: 0,
    });
    const listed = await call(
      reference,
      `/chatwoot/api/v1/accounts/1/contacts/${payload.contact.id}/conversations`,
      {
        headers: appHeaders,
      },
    );
    expect(listed.body.payload.map((c: { id: number }) => c.id)).toEqual([conversation.body.id]);
    const dup = await call(reference, '/chatwoot/api/v1/accounts/1/contacts', {
      headers: appHeaders,
      json: { inbox_id: 1, identifier: '5511987654321@s.whatsapp.net' },
    });
    expect(dup.status).toBe(422);
  });

  it('checks the agent token and the account, and rejects bad input', async () => {
    expect((await call(reference, '/chatwoot/api/v1/accounts/1/contacts/search?q=a')).status).toBe(401);
    expect(
      (await call(reference, '/chatwoot/api/v1/accounts/1/contacts/search?q=a', { headers: platformHeaders }))
        .status,
    ).toBe(401);
    expect(
      (await call(reference, '/chatwoot/api/v1/accounts/2/contacts/search?q=a', { headers: appHeaders }))
        .status,
    ).toBe(401);
    const cases: [string, unknown, number][] = [
      ['/chatwoot/api/v1/accounts/1/contacts', { name: 'No inbox' }, 422],
      ['/chatwoot/api/v1/accounts/1/contacts', { inbox_id: 99 }, 404],
      ['/chatwoot/api/v1/accounts/1/conversations', { source_id: 'x', inbox_id: 1, contact_id: 42 }, 404],
      [
        '/chatwoot/api/v1/accounts/1/conversations/42/messages',
        { content: 'hi', message_type: 'outgoing' },
        404,
      ],
      [
        '/chatwoot/api/v1/accounts/1/conversations/42/messages',
        { content: '', message_type: 'sideways' },
        422,
      ],
    ];
    for (const [path, json, status] of cases) {
      expect([path, (await call(reference, path, { headers: appHeaders, json })).status]).toEqual([
        path,
        status,
      ]);
    }
    const malformed = await call(reference, '/chatwoot/api/v1/accounts/1/contacts', {
      method: 'POST',
      body: '{',
      headers: { ...appHeaders, 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(422);
  });

  it('fails on purpose when told to, for a number of calls', async () => {
    const set = await call(reference, '/__helpdock/chatwoot/failure', {
      json: { status: 503, times: 2, scope: 'application' },
    });
    expect(set.body.failure).toEqual({ status: 503, remaining: 2, scope: 'application' });
    const path = '/chatwoot/api/v1/accounts/1/contacts/search?q=a';
    expect((await call(reference, path, { headers: appHeaders })).status).toBe(503);
    expect(
      (await call(reference, '/chatwoot/platform/api/v1/users/1001', { headers: platformHeaders })).status,
    ).toBe(200);
    expect((await call(reference, path, { headers: appHeaders })).status).toBe(503);
    expect((await call(reference, path, { headers: appHeaders })).status).toBe(200);
    expect((await call(reference, '/__helpdock/chatwoot/failure', { json: { status: 200 } })).status).toBe(
      422,
    );
  });

  it('shows its state without tokens or passwords', async () => {
    const state = await call(reference, '/__helpdock/chatwoot');
    expect(state.body.accounts).toEqual([{ id: 1, name: 'Acme Support' }]);
    expect(state.body.inboxes[0]).toMatchObject({ id: 1, name: 'WhatsApp' });
    expect(state.body.users.map((u: { email: string }) => u.email)).toEqual(['provider@acme.test']);
    const text = JSON.stringify(state.body);
    expect(text).not.toContain(DEMO_CHATWOOT.platformToken);
    expect(text).not.toContain(DEMO_CHATWOOT.apiAccessToken);
  });
});

describe('emulated Chatwoot webhooks (under setupServer)', () => {
  const received: unknown[] = [];
  const hooks = http.post('http://hooks.test/chatwoot', async ({ request }) => {
    received.push(await request.json());
    return HttpResponse.json({ ok: true });
  });
  let server: ReturnType<typeof setupServer>;
  let webhooked: ReferenceServer;

  beforeAll(() => {
    ({ reference: webhooked } = demoServer({
      chatwootWebhookUrl: 'http://hooks.test/chatwoot',
      baseUrl: ORIGIN,
    }));
    server = setupServer(...webhooked.handlers, hooks);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => server.close());

  it('posts message_created for each message, as the SDK bridge expects', async () => {
    const client = new ChatwootClient({
      baseUrl: `${ORIGIN}/chatwoot`,
      apiAccessToken: DEMO_CHATWOOT.apiAccessToken,
    });
    const { payload } = await client.contacts.create(1, {
      inbox_id: 1,
      name: 'Maria',
      identifier: '4915550001@s.whatsapp.net',
    });
    const conversation = await client.conversations.create(1, {
      source_id: payload.contact_inbox?.source_id ?? 'x',
      inbox_id: 1,
      contact_id: payload.contact.id,
    });
    await client.messages.create(1, conversation.id, {
      content: 'Your order ships today',
      message_type: 'outgoing',
    });
    expect(received).toHaveLength(1);
    const webhook = ChatwootMessageCreatedWebhook.parse(received[0]);
    expect(webhook).toMatchObject({
      event: 'message_created',
      message_type: 'outgoing',
      private: false,
      content: 'Your order ships today',
    });
    expect(webhook.conversation.meta?.sender.identifier).toBe('4915550001@s.whatsapp.net');
    expect(webhooked.store.chatwoot.state.webhook_deliveries).toEqual([
      expect.objectContaining({ event: 'message_created', status: 200, error: null }),
    ]);
  });
});

describe('the SDK’s WhatsApp bridge against both emulators (under setupServer)', () => {
  let server: ReturnType<typeof setupServer>;
  let emulated: ReferenceServer;

  beforeAll(() => {
    ({ reference: emulated } = demoServer({
      chatwootWebhookUrl: 'http://hooks.test/bridge?secret=s3cret',
      baseUrl: ORIGIN,
    }));
    const bridge = createWhatsappBridge({
      chatwoot: new ChatwootClient({
        baseUrl: `${ORIGIN}/chatwoot`,
        apiAccessToken: DEMO_CHATWOOT.apiAccessToken,
      }),
      evolution: new EvolutionClient({ baseUrl: `${ORIGIN}/evolution`, apiKey: DEMO_EVOLUTION.apiKey }),
      accountId: DEMO_CHATWOOT.accountId,
      inboxId: DEMO_CHATWOOT.whatsappInboxId,
      instance: DEMO_EVOLUTION.instance,
      webhookSecret: 's3cret',
    });
    server = setupServer(
      ...emulated.handlers,
      http.post('http://hooks.test/bridge', ({ request }) => bridge(request)),
    );
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => server.close());

  it('carries a WhatsApp message into Chatwoot and the agent’s reply back to WhatsApp', async () => {
    const upsert = await fetch('http://hooks.test/bridge', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-webhook-secret': 's3cret' },
      body: JSON.stringify({
        event: 'messages.upsert',
        instance: DEMO_EVOLUTION.instance,
        data: {
          key: { remoteJid: '5511987654321@s.whatsapp.net', fromMe: false, id: 'WAMSG1' },
          pushName: 'João',
          message: { conversation: 'Olá, cadê meu pedido?' },
        },
      }),
    });
    expect(upsert.status).toBe(200);
    const chatwoot = emulated.store.chatwoot.state;
    expect(chatwoot.contacts.map((c) => c.identifier)).toEqual(['5511987654321@s.whatsapp.net']);
    expect(chatwoot.messages.map((m) => [m.content, m.message_type])).toEqual([['Olá, cadê meu pedido?', 0]]);

    const conversationId = chatwoot.conversations[0]?.id ?? 0;
    const agent = new ChatwootClient({
      baseUrl: `${ORIGIN}/chatwoot`,
      apiAccessToken: DEMO_CHATWOOT.apiAccessToken,
    });
    await agent.messages.create(1, conversationId, { content: 'Chega amanhã!', message_type: 'outgoing' });
    expect(emulated.store.evolution.sentMessages()).toEqual([
      expect.objectContaining({ number: '5511987654321', text: 'Chega amanhã!' }),
    ]);
  });
});

describe('emulated Evolution', () => {
  it('sends text with the right apikey and records it', async () => {
    const result = await call(reference, `/evolution/message/sendText/${DEMO_EVOLUTION.instance}`, {
      headers: { apikey: DEMO_EVOLUTION.apiKey },
      json: { number: '5511987654321', text: 'Olá!' },
    });
    expect(result.status).toBe(201);
    expect(EvolutionSendTextResponse.parse(result.body).key).toMatchObject({
      remoteJid: '5511987654321@s.whatsapp.net',
      fromMe: true,
    });
    const state = await call(reference, '/__helpdock/evolution');
    expect(state.body.sent).toEqual([expect.objectContaining({ number: '5511987654321', text: 'Olá!' })]);
    expect(JSON.stringify(state.body)).not.toContain(DEMO_EVOLUTION.apiKey);
  });

  it('works with the SDK’s EvolutionClient', async () => {
    const evolution = new EvolutionClient({
      baseUrl: `${ORIGIN}/evolution`,
      apiKey: DEMO_EVOLUTION.apiKey,
      fetch: handlerFetch,
    });
    await evolution.sendText(DEMO_EVOLUTION.instance, { number: '4915550001', text: 'Hallo' });
    expect(reference.store.evolution.sentMessages().map((m) => m.text)).toEqual(['Hallo']);
  });

  it('answers 401, 404 and 400 like Evolution', async () => {
    const path = `/evolution/message/sendText/${DEMO_EVOLUTION.instance}`;
    const noKey = await call(reference, path, { json: { number: '5511987654321', text: 'x' } });
    expect(noKey.status).toBe(401);
    expect(noKey.body).toMatchObject({ status: 401, error: 'Unauthorized' });
    const headers = { apikey: DEMO_EVOLUTION.apiKey };
    expect(
      (
        await call(reference, '/evolution/message/sendText/nope', {
          headers,
          json: { number: '5511987654321', text: 'x' },
        })
      ).status,
    ).toBe(404);
    for (const json of [
      { number: '55', text: 'x' },
      { number: '5511987654321' },
      { number: '5511987654321', text: '' },
      [],
    ]) {
      const result = await call(reference, path, { headers, json });
      expect(result.status).toBe(400);
      expect(result.body).toMatchObject({ status: 400, error: 'Bad Request' });
    }
    expect(reference.store.evolution.sentMessages()).toHaveLength(0);
  });
});
