import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  ChatwootClient,
  ChatwootPlatformClient,
  generatePassword,
  UpstreamError,
} from '../src/chatwoot/index.js';
import { ChatwootPassword } from '../src/schemas/chatwoot.js';
import { server, useMsw } from './msw.js';

useMsw();

const CW = 'http://chatwoot.test';

interface Seen {
  method: string;
  path: string;
  token: string | null;
  body: unknown;
}

/** Records every Chatwoot request and answers with `answer(path)`. */
function recordChatwoot(answer: (method: string, path: string, body: unknown) => Response) {
  const seen: Seen[] = [];
  server.use(
    http.all(`${CW}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const text = await request.text();
      const body = text ? JSON.parse(text) : undefined;
      seen.push({
        method: request.method,
        path: url.pathname + url.search,
        token: request.headers.get('api_access_token'),
        body,
      });
      return answer(request.method, url.pathname, body);
    }),
  );
  return seen;
}

describe('generatePassword', () => {
  it('meets Chatwoot’s rules: ≥ 16 characters, upper, lower, digit, special', () => {
    for (let i = 0; i < 200; i++) {
      const password = generatePassword();
      expect(password).toHaveLength(16);
      expect(ChatwootPassword.safeParse(password).success).toBe(true);
    }
  });

  it('is random and accepts a longer length, never a shorter one', () => {
    const passwords = new Set(Array.from({ length: 100 }, () => generatePassword(24)));
    expect(passwords.size).toBe(100);
    expect([...passwords][0]).toHaveLength(24);
    expect(() => generatePassword(12)).toThrow(RangeError);
  });
});

describe('ChatwootPlatformClient', () => {
  const user = { id: 42, name: 'Ana', email: 'ana@acme.test' };
  const platform = () => new ChatwootPlatformClient({ baseUrl: CW, platformToken: 'plat_tok', accountId: 7 });

  it('sends users create/get/update/delete as the swagger describes, with api_access_token', async () => {
    const seen = recordChatwoot((method) =>
      method === 'DELETE' ? new HttpResponse(null, { status: 200 }) : HttpResponse.json(user),
    );
    const client = platform();
    await client.users.create({ name: 'Ana', email: 'ana@acme.test', password: 'Abcdefgh1!xyzXYZ' });
    await client.users.get(42);
    await client.users.update(42, { password: 'Zyxwvuts9#abcABC' });
    await client.users.delete(42);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /platform/api/v1/users',
      'GET /platform/api/v1/users/42',
      'PATCH /platform/api/v1/users/42',
      'DELETE /platform/api/v1/users/42',
    ]);
    expect(seen.every((s) => s.token === 'plat_tok')).toBe(true);
    expect(seen[0]?.body).toEqual({ name: 'Ana', email: 'ana@acme.test', password: 'Abcdefgh1!xyzXYZ' });
    expect(seen[2]?.body).toEqual({ password: 'Zyxwvuts9#abcABC' });
  });

  it('provisions an agent: creates the user with a strong password, then adds it to the account as agent', async () => {
    const seen = recordChatwoot((_method, path) =>
      path.endsWith('/account_users')
        ? HttpResponse.json({ account_id: 7, user_id: 42, role: 'agent' })
        : HttpResponse.json(user),
    );
    const { user: created, password } = await platform().provisionAgent({
      name: 'Ana',
      email: 'ana@acme.test',
    });
    expect(created.id).toBe(42);
    expect(ChatwootPassword.safeParse(password).success).toBe(true);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /platform/api/v1/users',
      'POST /platform/api/v1/accounts/7/account_users',
    ]);
    expect(seen[0]?.body).toEqual({ name: 'Ana', email: 'ana@acme.test', password });
    expect(seen[1]?.body).toEqual({ user_id: 42, role: 'agent' });
  });

  it('deletes the new user again when adding it to the account fails', async () => {
    const seen = recordChatwoot((method, path) =>
      path.endsWith('/account_users')
        ? HttpResponse.json({ error: 'nope' }, { status: 500 })
        : method === 'DELETE'
          ? new HttpResponse(null, { status: 200 })
          : HttpResponse.json(user),
    );
    const error = await platform()
      .provisionAgent({ name: 'Ana', email: 'ana@acme.test' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UpstreamError);
    expect((error as UpstreamError).status).toBe(500);
    expect(seen.at(-1)).toMatchObject({ method: 'DELETE', path: '/platform/api/v1/users/42' });
  });

  it('reports a 404 for an unknown user as an UpstreamError with the status', async () => {
    recordChatwoot(() => HttpResponse.json({ error: 'Not found' }, { status: 404 }));
    const error = await platform()
      .users.update(999, { password: 'Zyxwvuts9#abcABC' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 404, code: 'upstream_error' });
  });
});

describe('ChatwootClient (Application API)', () => {
  const client = () => new ChatwootClient({ baseUrl: CW, apiAccessToken: 'user_tok' });
  const contact = {
    id: 5,
    name: 'João',
    identifier: '5511987654321@s.whatsapp.net',
    phone_number: '+5511987654321',
  };

  it('creates and searches contacts', async () => {
    const seen = recordChatwoot((method) =>
      method === 'POST'
        ? HttpResponse.json({ payload: { contact, contact_inbox: { source_id: 'abc' } } })
        : HttpResponse.json({ meta: { count: 1 }, payload: [contact] }),
    );
    const created = await client().contacts.create(1, {
      inbox_id: 3,
      name: 'João',
      identifier: contact.identifier,
      phone_number: contact.phone_number,
    });
    const found = await client().contacts.search(1, contact.identifier);
    expect(created.payload.contact.id).toBe(5);
    expect(found.payload[0]?.identifier).toBe(contact.identifier);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /api/v1/accounts/1/contacts',
      'GET /api/v1/accounts/1/contacts/search?q=5511987654321%40s.whatsapp.net',
    ]);
    expect(seen[0]?.body).toEqual({
      inbox_id: 3,
      name: 'João',
      identifier: contact.identifier,
      phone_number: contact.phone_number,
    });
    expect(seen.every((s) => s.token === 'user_tok')).toBe(true);
  });

  it('creates conversations and messages with the documented fields', async () => {
    const seen = recordChatwoot((_m, path) =>
      path.endsWith('/messages')
        ? HttpResponse.json({ id: 99, content: 'Olá', message_type: 0, private: false })
        : HttpResponse.json({ id: 11, inbox_id: 3, status: 'open' }),
    );
    const conversation = await client().conversations.create(1, {
      source_id: contact.identifier,
      inbox_id: 3,
      contact_id: 5,
      status: 'open',
    });
    const message = await client().messages.create(1, conversation.id, {
      content: 'Olá',
      message_type: 'incoming',
    });
    expect(message.id).toBe(99);
    expect(seen.map((s) => `${s.method} ${s.path}`)).toEqual([
      'POST /api/v1/accounts/1/conversations',
      'POST /api/v1/accounts/1/conversations/11/messages',
    ]);
    expect(seen[0]?.body).toEqual({
      source_id: contact.identifier,
      inbox_id: 3,
      contact_id: 5,
      status: 'open',
    });
    expect(seen[1]?.body).toEqual({ content: 'Olá', message_type: 'incoming', private: false });
  });

  it('rejects an answer that is not Chatwoot’s shape, naming the field', async () => {
    recordChatwoot(() => HttpResponse.json({ payload: [{ id: 'five' }] }));
    const error = await client()
      .contacts.search(1, 'x')
      .catch((e: unknown) => e);
    expect((error as UpstreamError).details[0]?.path).toBe('payload.0.id');
  });
});
