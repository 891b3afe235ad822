import { HttpResponse, http } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { ChatwootClient } from '../src/chatwoot/index.js';
import { createWhatsappBridge, EvolutionClient, secretsEqual } from '../src/whatsapp/index.js';
import { server, useMsw } from './msw.js';

useMsw();

const CW = 'http://chatwoot.test';
const EVO = 'http://evolution.test';
const SECRET = 's3cret-webhook';
const JID = '5511987654321@s.whatsapp.net';

/** A tiny in-memory Chatwoot + Evolution, enough for the bridge. */
function emulate() {
  const state = {
    contacts: [] as {
      id: number;
      inbox_id: number;
      name: string;
      identifier: string;
      phone_number: string;
    }[],
    conversations: [] as {
      id: number;
      inbox_id: number;
      contact_id: number;
      status: string;
      source_id: string;
    }[],
    messages: [] as {
      id: number;
      conversation_id: number;
      content: string;
      message_type: string;
      private: boolean;
    }[],
    sent: [] as { instance: string; apikey: string | null; number: string; text: string }[],
    failNextMessage: false,
  };
  server.use(
    http.get(`${CW}/api/v1/accounts/1/contacts/search`, ({ request }) => {
      const q = new URL(request.url).searchParams.get('q') ?? '';
      return HttpResponse.json({
        meta: { count: 0 },
        payload: state.contacts.filter((c) => c.identifier.includes(q)),
      });
    }),
    http.post(`${CW}/api/v1/accounts/1/contacts`, async ({ request }) => {
      const body = (await request.json()) as {
        inbox_id: number;
        name: string;
        identifier: string;
        phone_number: string;
      };
      const contact = { id: state.contacts.length + 1, ...body };
      state.contacts.push(contact);
      return HttpResponse.json({ payload: { contact, contact_inbox: { source_id: 'generated' } } });
    }),
    http.get(`${CW}/api/v1/accounts/1/contacts/:id/conversations`, ({ params }) =>
      HttpResponse.json({ payload: state.conversations.filter((c) => c.contact_id === Number(params.id)) }),
    ),
    http.post(`${CW}/api/v1/accounts/1/conversations`, async ({ request }) => {
      const body = (await request.json()) as {
        source_id: string;
        inbox_id: number;
        contact_id: number;
        status: string;
      };
      const conversation = { id: 100 + state.conversations.length, ...body };
      state.conversations.push(conversation);
      return HttpResponse.json(conversation);
    }),
    http.post(`${CW}/api/v1/accounts/1/conversations/:id/messages`, async ({ request, params }) => {
      if (state.failNextMessage) {
        state.failNextMessage = false;
        return HttpResponse.json({ error: 'down' }, { status: 503 });
      }
      const body = (await request.json()) as { content: string; message_type: string; private: boolean };
      const message = { id: 500 + state.messages.length, conversation_id: Number(params.id), ...body };
      state.messages.push(message);
      return HttpResponse.json({ ...message, message_type: body.message_type === 'incoming' ? 0 : 1 });
    }),
    http.post(`${EVO}/message/sendText/:instance`, async ({ request, params }) => {
      const body = (await request.json()) as { number: string; text: string };
      state.sent.push({ instance: String(params.instance), apikey: request.headers.get('apikey'), ...body });
      return HttpResponse.json(
        {
          key: { remoteJid: `${body.number}@s.whatsapp.net`, fromMe: true, id: `WA${state.sent.length}` },
          status: 'PENDING',
        },
        { status: 201 },
      );
    }),
  );
  return state;
}

const bridge = () =>
  createWhatsappBridge({
    chatwoot: new ChatwootClient({ baseUrl: CW, apiAccessToken: 'cw_tok' }),
    evolution: new EvolutionClient({ baseUrl: EVO, apiKey: 'evo_key' }),
    accountId: 1,
    inboxId: 3,
    instance: 'acme',
    webhookSecret: SECRET,
  });

const post = (body: unknown, { secret = SECRET, query = false } = {}) =>
  new Request(`http://bridge.test/webhook${query ? `?secret=${secret}` : ''}`, {
    method: 'POST',
    headers: query
      ? { 'Content-Type': 'application/json' }
      : { 'Content-Type': 'application/json', 'X-Webhook-Secret': secret },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const upsert = (id: string, text: string, overrides: Record<string, unknown> = {}) => ({
  event: 'messages.upsert',
  instance: 'acme',
  data: {
    key: { remoteJid: JID, fromMe: false, id },
    pushName: 'João',
    message: { conversation: text },
    messageType: 'conversation',
    messageTimestamp: 1_767_225_600,
    ...overrides,
  },
});

const chatwootReply = (id: number, overrides: Record<string, unknown> = {}) => ({
  event: 'message_created',
  id,
  content: 'Olá João, já vamos ver',
  message_type: 'outgoing',
  private: false,
  inbox: { id: 3 },
  conversation: {
    id: 100,
    inbox_id: 3,
    contact_inbox: { source_id: JID },
    meta: { sender: { identifier: JID } },
  },
  ...overrides,
});

let state: ReturnType<typeof emulate>;
beforeEach(() => {
  state = emulate();
});

describe('webhook secret', () => {
  it('refuses a missing or wrong secret with 401 and does nothing', async () => {
    const handler = bridge();
    expect((await handler(post(upsert('A1', 'oi'), { secret: 'wrong' }))).status).toBe(401);
    const noSecret = new Request('http://bridge.test/webhook', {
      method: 'POST',
      body: JSON.stringify(upsert('A1', 'oi')),
    });
    expect((await handler(noSecret)).status).toBe(401);
    expect(state.messages).toHaveLength(0);
  });

  it('accepts the secret in the query string', async () => {
    expect((await bridge()(post(upsert('A1', 'oi'), { query: true }))).status).toBe(200);
    expect(state.messages).toHaveLength(1);
  });

  it('compares secrets fully', () => {
    expect(secretsEqual('abc', 'abc')).toBe(true);
    expect(secretsEqual('abd', 'abc')).toBe(false);
    expect(secretsEqual('ab', 'abc')).toBe(false);
    expect(secretsEqual('abcd', 'abc')).toBe(false);
    expect(secretsEqual('', '')).toBe(false);
  });

  it('needs a secret to be built', () => {
    expect(() =>
      createWhatsappBridge({
        chatwoot: new ChatwootClient({ baseUrl: CW, apiAccessToken: 'x' }),
        evolution: new EvolutionClient({ baseUrl: EVO, apiKey: 'y' }),
        accountId: 1,
        inboxId: 3,
        instance: 'acme',
        webhookSecret: '',
      }),
    ).toThrow(TypeError);
  });
});

describe('WhatsApp → Chatwoot', () => {
  it('creates the contact and an open conversation, then posts the incoming message', async () => {
    const response = await bridge()(post(upsert('A1', 'Olá, preciso de ajuda')));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'forwarded', conversation_id: 100 });
    expect(state.contacts).toEqual([
      { id: 1, inbox_id: 3, name: 'João', identifier: JID, phone_number: '+5511987654321' },
    ]);
    expect(state.conversations).toEqual([
      { id: 100, source_id: JID, inbox_id: 3, contact_id: 1, status: 'open' },
    ]);
    expect(state.messages).toEqual([
      {
        id: 500,
        conversation_id: 100,
        content: 'Olá, preciso de ajuda',
        message_type: 'incoming',
        private: false,
      },
    ]);
  });

  it('posts a message delivered twice only once, even concurrently', async () => {
    const handler = bridge();
    const [first, second] = await Promise.all([
      handler(post(upsert('A1', 'oi'))),
      handler(post(upsert('A1', 'oi'))),
    ]);
    const third = await handler(post(upsert('A1', 'oi')));
    const statuses = [await first.json(), await second.json(), await third.json()]
      .map((b) => b.status)
      .sort();
    expect(statuses).toEqual(['duplicate', 'duplicate', 'forwarded']);
    expect(state.messages).toHaveLength(1);
  });

  it('reuses the contact and its open conversation for the next messages', async () => {
    const handler = bridge();
    await Promise.all([handler(post(upsert('A1', 'um'))), handler(post(upsert('A2', 'dois')))]);
    await handler(post(upsert('A3', 'três', { message: { extendedTextMessage: { text: 'três' } } })));
    expect(state.contacts).toHaveLength(1);
    expect(state.conversations).toHaveLength(1);
    expect(state.messages.map((m) => m.content).sort()).toEqual(['dois', 'três', 'um']);
  });

  it('opens a new conversation when the previous one is resolved', async () => {
    const handler = bridge();
    await handler(post(upsert('A1', 'um')));
    state.conversations[0]!.status = 'resolved';
    await handler(post(upsert('A2', 'dois')));
    expect(state.conversations.map((c) => c.status)).toEqual(['resolved', 'open']);
  });

  it('ignores our own messages, groups, other instances and non-text messages', async () => {
    const handler = bridge();
    const cases = [
      upsert('B1', 'eco', { key: { remoteJid: JID, fromMe: true, id: 'B1' } }),
      upsert('B2', 'grupo', { key: { remoteJid: '120363@g.us', fromMe: false, id: 'B2' } }),
      { ...upsert('B3', 'outra'), instance: 'globex' },
      upsert('B4', '', { message: { imageMessage: { url: 'x' } } }),
    ];
    for (const body of cases) {
      const response = await handler(post(body));
      expect(response.status).toBe(200);
      expect((await response.json()).status).toBe('ignored');
    }
    expect(state.messages).toHaveLength(0);
  });

  it('answers 502 when Chatwoot fails, and handles the sender’s retry', async () => {
    const handler = bridge();
    state.failNextMessage = true;
    expect((await handler(post(upsert('A1', 'oi')))).status).toBe(502);
    expect((await handler(post(upsert('A1', 'oi')))).status).toBe(200);
    expect(state.messages).toHaveLength(1);
    expect(state.contacts).toHaveLength(1);
  });
});

describe('Chatwoot → WhatsApp', () => {
  it('sends an outgoing reply to the contact’s number with the apikey', async () => {
    const response = await bridge()(post(chatwootReply(900)));
    expect(await response.json()).toMatchObject({ status: 'forwarded', whatsapp_message_id: 'WA1' });
    expect(state.sent).toEqual([
      { instance: 'acme', apikey: 'evo_key', number: '5511987654321', text: 'Olá João, já vamos ver' },
    ]);
  });

  it('sends a reply delivered twice only once', async () => {
    const handler = bridge();
    await handler(post(chatwootReply(900)));
    const again = await handler(post(chatwootReply(900)));
    expect((await again.json()).status).toBe('duplicate');
    expect(state.sent).toHaveLength(1);
  });

  it('ignores private notes, incoming messages and other inboxes', async () => {
    const handler = bridge();
    for (const body of [
      chatwootReply(901, { private: true }),
      chatwootReply(902, { message_type: 'incoming' }),
      chatwootReply(903, { inbox: { id: 9 } }),
    ]) {
      expect((await (await handler(post(body))).json()).status).toBe('ignored');
    }
    expect(state.sent).toHaveLength(0);
  });
});

describe('other deliveries', () => {
  it('answers 400 to a body that is not JSON', async () => {
    expect((await bridge()(post('{nope'))).status).toBe(400);
  });

  it('answers 200 ignored to other events', async () => {
    const response = await bridge()(post({ event: 'conversation_status_changed', id: 1 }));
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe('ignored');
  });
});
