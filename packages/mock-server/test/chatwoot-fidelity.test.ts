/**
 * The emulated Chatwoot accepts what Chatwoot accepts and answers what its published documents
 * describe (issue 18): each case checks the behaviour and validates the answer against the response
 * schema of the document that owns the path (`chatwoot-documents.ts`).
 */
import { HttpResponse, http } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { DEMO_CHATWOOT } from '../src/store/upstreams/chatwoot/seed.js';
import { componentViolations, responseViolations } from './chatwoot-documents.js';
import { call, demoServer, ORIGIN } from './helpers.js';

const platform = { api_access_token: DEMO_CHATWOOT.platformToken };
const agent = { api_access_token: DEMO_CHATWOOT.apiAccessToken };
const ACCOUNT = `/chatwoot/api/v1/accounts/${DEMO_CHATWOOT.accountId}`;
const SOURCE_ID = '4915550001@s.whatsapp.net';

let reference: ReferenceServer;

/** Calls the emulator and checks the answer against the documented schema of `documented`. */
async function documented(
  method: string,
  documentedPath: string,
  path: string,
  init: { headers: Record<string, string>; json?: unknown },
) {
  const result = await call(reference, `/chatwoot${path}`, { method, ...init });
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  expect(responseViolations(method, documentedPath, result.body)).toEqual([]);
  return result.body;
}

/** A contact in the WhatsApp inbox, known there by {@link SOURCE_ID}. */
async function whatsappContact(): Promise<number> {
  const created = await call(reference, `${ACCOUNT}/contacts`, {
    headers: agent,
    json: { inbox_id: 1, name: 'Maria', identifier: SOURCE_ID, phone_number: '+4915550001' },
  });
  const id = created.body.payload.contact.id as number;
  // Chatwoot's own source id for the contact in an API inbox is the one the caller chose.
  reference.store.chatwoot.state.contact_inboxes.find((ci) => ci.contact_id === id)!.source_id = SOURCE_ID;
  return id;
}

beforeEach(() => {
  ({ reference } = demoServer());
});

describe('emulated Chatwoot Platform API, against platform_swagger.json', () => {
  it('keeps the display_name a PATCH sets (item 1)', async () => {
    const body = await documented('PATCH', '/platform/api/v1/users/{id}', '/platform/api/v1/users/1001', {
      headers: platform,
      json: { display_name: 'Ana from Support' },
    });
    expect(body).toMatchObject({
      id: 1001,
      display_name: 'Ana from Support',
      available_name: 'Ana from Support',
    });
  });

  it('keeps the custom_attributes a user is created with, and merges a PATCH of them (item 2)', async () => {
    const created = await documented('POST', '/platform/api/v1/users', '/platform/api/v1/users', {
      headers: platform,
      json: {
        name: 'Bo',
        email: 'bo@acme.test',
        password: 'Str0ng!pass',
        custom_attributes: { team: 'billing' },
      },
    });
    expect(created.custom_attributes).toEqual({ team: 'billing' });
    const patched = await documented(
      'PATCH',
      '/platform/api/v1/users/{id}',
      `/platform/api/v1/users/${created.id}`,
      {
        headers: platform,
        json: { custom_attributes: { shift: 'late' } },
      },
    );
    expect(patched.custom_attributes).toEqual({ team: 'billing', shift: 'late' });
    const read = await documented(
      'GET',
      '/platform/api/v1/users/{id}',
      `/platform/api/v1/users/${created.id}`,
      {
        headers: platform,
      },
    );
    expect(read.custom_attributes).toEqual({ team: 'billing', shift: 'late' });
  });

  it('still refuses what Chatwoot refuses: a weak password, a taken email', async () => {
    const weak = await call(reference, '/chatwoot/platform/api/v1/users', {
      headers: platform,
      json: { name: 'Cy', email: 'cy@acme.test', password: 'password' },
    });
    expect(weak.status).toBe(422);
    const taken = await call(reference, '/chatwoot/platform/api/v1/users', {
      headers: platform,
      json: { name: 'Cy', email: 'PROVIDER@acme.test', password: 'Str0ng!pass' },
    });
    expect(taken.status).toBe(422);
    expect(taken.body).toEqual({ message: 'Email has already been taken', attributes: ['email'] });
  });
});

describe('emulated Chatwoot Application API, against application_swagger.json', () => {
  it('keeps contacts’ custom_attributes and additional_attributes (items 3 and 7: GET /contacts/{id})', async () => {
    const created = await call(reference, `${ACCOUNT}/contacts`, {
      headers: agent,
      json: {
        inbox_id: 1,
        name: 'Maria',
        additional_attributes: { company_name: 'Acme' },
        custom_attributes: { plan: 'gold' },
      },
    });
    expect(created.status).toBe(200);
    const contact = created.body.payload.contact;
    // The document's `extended_contact` misdescribes this answer (see SOURCE.md): check the contact.
    expect(componentViolations('application', 'contact', contact)).toEqual([]);
    expect(contact).toMatchObject({
      additional_attributes: { company_name: 'Acme' },
      custom_attributes: { plan: 'gold' },
    });
    const shown = await documented(
      'GET',
      '/api/v1/accounts/{account_id}/contacts/{id}',
      `/api/v1/accounts/1/contacts/${contact.id}`,
      {
        headers: agent,
      },
    );
    expect(shown.payload).toMatchObject({ id: contact.id, custom_attributes: { plan: 'gold' } });
    const missing = await call(reference, `${ACCOUNT}/contacts/999`, { headers: agent });
    expect(missing.status).toBe(404);
  });

  it('finds the contact of a new conversation by source_id when no contact_id is given (item 4)', async () => {
    const contactId = await whatsappContact();
    const body = await documented(
      'POST',
      '/api/v1/accounts/{account_id}/conversations',
      '/api/v1/accounts/1/conversations',
      {
        headers: agent,
        json: { source_id: SOURCE_ID, inbox_id: 1 },
      },
    );
    expect(reference.store.chatwoot.state.conversations).toEqual([
      expect.objectContaining({ id: body.id, contact_id: contactId, source_id: SOURCE_ID }),
    ]);
    const unknown = await call(reference, `${ACCOUNT}/conversations`, {
      headers: agent,
      json: { source_id: 'nobody@s.whatsapp.net', inbox_id: 1 },
    });
    expect(unknown.status).toBe(404);
  });

  it('creates the first message a new conversation carries (item 5)', async () => {
    await whatsappContact();
    const body = await documented(
      'POST',
      '/api/v1/accounts/{account_id}/conversations',
      '/api/v1/accounts/1/conversations',
      {
        headers: agent,
        json: { source_id: SOURCE_ID, inbox_id: 1, message: { content: 'Hello from support' } },
      },
    );
    expect(reference.store.chatwoot.state.messages).toEqual([
      expect.objectContaining({ conversation_id: body.id, content: 'Hello from support', message_type: 1 }),
    ]);
  });

  it('defaults a message’s message_type to outgoing (item 6)', async () => {
    const contactId = await whatsappContact();
    const conversation = await call(reference, `${ACCOUNT}/conversations`, {
      headers: agent,
      json: { source_id: SOURCE_ID, inbox_id: 1, contact_id: contactId },
    });
    const message = await documented(
      'POST',
      '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
      `/api/v1/accounts/1/conversations/${conversation.body.id}/messages`,
      { headers: agent, json: { content: 'We are on it' } },
    );
    expect(message).toMatchObject({ content: 'We are on it', message_type: 1, private: false });
    const empty = await call(reference, `${ACCOUNT}/conversations/${conversation.body.id}/messages`, {
      headers: agent,
      json: { message_type: 'outgoing' },
    });
    expect(empty.status).toBe(422);
  });

  it('lists conversations by status, shows one and toggles its status (item 7)', async () => {
    const contactId = await whatsappContact();
    const created = await call(reference, `${ACCOUNT}/conversations`, {
      headers: agent,
      json: { source_id: SOURCE_ID, inbox_id: 1, contact_id: contactId },
    });
    const id = created.body.id as number;
    const open = await documented(
      'GET',
      '/api/v1/accounts/{account_id}/conversations',
      '/api/v1/accounts/1/conversations',
      {
        headers: agent,
      },
    );
    expect(open.data.payload.map((c: { id: number }) => c.id)).toEqual([id]);
    const toggled = await documented(
      'POST',
      '/api/v1/accounts/{account_id}/conversations/{conversation_id}/toggle_status',
      `/api/v1/accounts/1/conversations/${id}/toggle_status`,
      { headers: agent, json: { status: 'resolved' } },
    );
    expect(toggled.payload).toEqual({ success: true, current_status: 'resolved', conversation_id: id });
    const stillOpen = await call(reference, `${ACCOUNT}/conversations`, { headers: agent });
    expect(stillOpen.body.data.payload).toEqual([]);
    const resolved = await documented(
      'GET',
      '/api/v1/accounts/{account_id}/conversations',
      '/api/v1/accounts/1/conversations?status=resolved',
      { headers: agent },
    );
    expect(resolved.data.meta.all_count).toBe(1);
    const shown = await documented(
      'GET',
      '/api/v1/accounts/{account_id}/conversations/{conversation_id}',
      `/api/v1/accounts/1/conversations/${id}`,
      { headers: agent },
    );
    expect(shown).toMatchObject({ id, status: 'resolved' });
    const reopened = await call(reference, `${ACCOUNT}/conversations/${id}/toggle_status`, {
      headers: agent,
      json: {},
    });
    expect(reopened.body.payload.current_status).toBe('open');
    const badStatus = await call(reference, `${ACCOUNT}/conversations?status=closed`, { headers: agent });
    expect(badStatus.status).toBe(422);
  });
});

describe('both webhook directions (item 8)', () => {
  const received: { path: string; body: Record<string, unknown> }[] = [];
  const hooks = http.post('http://hooks.test/:path', async ({ request, params }) => {
    received.push({ path: String(params.path), body: (await request.json()) as Record<string, unknown> });
    return HttpResponse.json({ ok: true });
  });
  let server: ReturnType<typeof setupServer>;
  let hooked: ReferenceServer;

  beforeAll(() => {
    ({ reference: hooked } = demoServer({
      baseUrl: ORIGIN,
      chatwootWebhookUrl: 'http://hooks.test/chatwoot',
      evolutionWebhookUrl: 'http://hooks.test/evolution',
    }));
    server = setupServer(...hooked.handlers, hooks);
    server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => server.close());

  it('posts messages.upsert when a WhatsApp user writes in, and message_created for a conversation’s first message', async () => {
    const incoming = await call(hooked, '/__helpdock/evolution/incoming', {
      json: { number: '+4915550001', text: 'Where is my order?', name: 'Maria' },
    });
    expect(incoming.status).toBe(200);
    expect(incoming.body.delivery).toEqual({ status: 200, error: null });
    expect(received.at(-1)).toEqual({
      path: 'evolution',
      body: expect.objectContaining({
        event: 'messages.upsert',
        instance: 'helpdock-demo',
        data: expect.objectContaining({
          key: { remoteJid: SOURCE_ID, fromMe: false, id: incoming.body.message_id },
          pushName: 'Maria',
          message: { conversation: 'Where is my order?' },
        }),
      }),
    });
    const bad = await call(hooked, '/__helpdock/evolution/incoming', { json: { number: 'abc', text: 'x' } });
    expect(bad.status).toBe(422);
    const unknownInstance = await call(hooked, '/__helpdock/evolution/incoming', {
      json: { number: '4915550001', text: 'x', instance: 'nope' },
    });
    expect(unknownInstance.status).toBe(404);

    reference = hooked;
    await whatsappContact();
    await call(hooked, `${ACCOUNT}/conversations`, {
      headers: agent,
      json: { source_id: SOURCE_ID, inbox_id: 1, message: { content: 'Hi Maria' } },
    });
    expect(received.at(-1)).toEqual({
      path: 'chatwoot',
      body: expect.objectContaining({
        event: 'message_created',
        content: 'Hi Maria',
        message_type: 'outgoing',
      }),
    });
  });

  it('says how to configure the Evolution webhook when none is set', async () => {
    const plain = demoServer().reference;
    const result = await call(plain, '/__helpdock/evolution/incoming', {
      json: { number: '4915550001', text: 'x' },
    });
    expect(result.status).toBe(409);
    expect(result.body.error.message).toContain('--evolution-webhook');
  });
});
