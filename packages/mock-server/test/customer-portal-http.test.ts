import { request as httpRequest } from 'node:http';
import { Attachment, KbSearchResponse, TicketDetail } from '@helpdock/sdk/schemas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReferenceServer, type ListeningServer, type ReferenceServer } from '../src/index.js';
import { PASSWORD_EMAIL_KIND } from '../src/store/support-access.js';
import { type CallOptions, fetchResult, type Result } from './helpers.js';
import { form, samples } from './upload-samples.js';

/** Black-box: the reference server over real HTTP on a random port. */
let reference: ReferenceServer;
let server: ListeningServer;
const tokens: Record<string, string> = {};
const SECRET = 'EAAG-http-black-box-system-token';

/** One call over real HTTP; `as` signs it in as that demo user (a key of `tokens`). */
const send = (path: string, { as, ...init }: CallOptions & { as?: string } = {}): Promise<Result> =>
  fetchResult(server.url, path, { ...init, token: as === undefined ? undefined : tokens[as] });

/** One call to the control API over HTTP, with the server's control token. */
const control = (path: string, init: CallOptions = {}): Promise<Result> =>
  fetchResult(server.url, path, { ...init, token: server.controlToken ?? undefined });

const envelope = (result: Result, code: string) => {
  expect(result.body?.error?.code).toBe(code);
  expect(result.body.error.request_id).toBe(result.headers.get('x-request-id'));
};

beforeAll(async () => {
  reference = createReferenceServer({
    encryptionKey: Buffer.alloc(32, 3).toString('base64'),
    heartbeatMs: 60_000,
    log: () => undefined,
  });
  server = await reference.listen({ port: 0 });
  for (const email of [
    'alice@acme.test',
    'bob@acme.test',
    'carol@globex.test',
    'ops@acme.test',
    'ops@globex.test',
    'provider@acme.test',
    'provider@globex.test',
  ]) {
    const result = await send('/api/auth/login', { json: { email, password: 'helpdock-demo' } });
    // Customers by first name, staff and providers by email (two tenants each).
    const name = email.split('@')[0] ?? email;
    tokens[['alice', 'bob', 'carol'].includes(name) ? name : email] = result.body.access_token;
  }
});

afterAll(async () => {
  await server.close();
});

describe('customer portal over HTTP', () => {
  it('keeps customers and tenants apart: tickets and files of others are 404', async () => {
    const ticket = TicketDetail.parse(
      (
        await send('/api/customers/me/tickets', {
          as: 'alice',
          json: { title: 'Mine', description: 'Only mine' },
        })
      ).body,
    );
    const file = Attachment.parse(
      (
        await send(`/api/customers/me/tickets/${ticket.id}/attachments`, {
          as: 'alice',
          body: form(samples.pdf, 'statement.pdf', 'application/pdf'),
        })
      ).body,
    );
    for (const who of ['bob', 'carol']) {
      envelope(await send(`/api/customers/me/tickets/${ticket.id}`, { as: who }), 'not_found');
      envelope(await send(file.url, { as: who }), 'not_found');
    }
    envelope(await send(file.url, { as: 'ops@globex.test' }), 'not_found');
    const carolsTicket = await send('/api/customers/me/tickets/thr_globex_api', { as: 'alice' });
    expect(carolsTicket.status).toBe(404);
    const download = await fetch(`${server.url}${file.url}`, {
      headers: { authorization: `Bearer ${tokens['ops@acme.test']}` },
    });
    expect(download.status).toBe(200);
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(samples.pdf);
    expect(download.headers.get('content-disposition')).toBe('attachment; filename="statement.pdf"');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-type')).toBe('application/pdf');
  });

  it('refuses spoofed types (415), oversize files (413) and sanitises names', async () => {
    envelope(
      await send('/api/customers/me/attachments', {
        as: 'alice',
        body: form(samples.png, 'x.pdf', 'application/pdf'),
      }),
      'unsupported_media_type',
    );
    envelope(
      await send('/api/customers/me/attachments', {
        as: 'alice',
        body: form(samples.exe, 'cat.png', 'image/png'),
      }),
      'unsupported_media_type',
    );
    const big = new Uint8Array(10 * 1024 * 1024 + 10);
    big.set(samples.png);
    envelope(
      await send('/api/customers/me/attachments', { as: 'alice', body: form(big, 'big.png', 'image/png') }),
      'payload_too_large',
    );
    const declared = await rawPost('/api/customers/me/attachments', {
      authorization: `Bearer ${tokens.alice}`,
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(50 * 1024 * 1024),
    });
    expect(declared.status).toBe(413);
    const named = Attachment.parse(
      (
        await send('/api/customers/me/attachments', {
          as: 'alice',
          body: form(samples.text, '..\\..\\Windows\\sys\u0007tem.ini', 'text/plain'),
        })
      ).body,
    );
    expect(named.filename).toBe('system.ini.txt');
  });

  it('applies the feedback rules', async () => {
    expect(
      (
        await send('/api/customers/me/feedback', {
          as: 'alice',
          json: { ticketId: 'thr_acme_login', rating: 5 },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await send('/api/customers/me/feedback', {
          as: 'bob',
          json: { ticketId: 'thr_acme_invoice', rating: 5 },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await send('/api/customers/me/feedback', {
          as: 'alice',
          json: { ticketId: 'thr_acme_invoice', rating: 5 },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await send('/api/customers/me/feedback', {
          as: 'alice',
          json: { ticketId: 'thr_acme_invoice', rating: 4 },
        })
      ).status,
    ).toBe(409);
  });

  it('ranks the knowledge base per tenant', async () => {
    const acme = KbSearchResponse.parse(
      (await send('/api/customers/me/kb?q=receipt%20printer%20offline', { as: 'alice' })).body,
    );
    expect(acme.data[0]?.id).toBe('kb_acme_receipt_printer_offline');
    const globex = KbSearchResponse.parse(
      (await send('/api/customers/me/kb?q=missed%20delivery%20redelivery', { as: 'carol' })).body,
    );
    expect(globex.data[0]?.id).toBe('kb_globex_missed_delivery');
  });

  it('streams this customer’s events only', async () => {
    const controller = new AbortController();
    const response = await fetch(`${server.url}/api/customers/me/events`, {
      headers: { authorization: `Bearer ${tokens.bob}` },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = response.body?.getReader();
    if (!reader) throw new Error('no body');
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${needle}`);
        text += new TextDecoder().decode(value);
      }
    };
    await readUntil('event: connected');
    await send('/api/customers/me/tickets', { as: 'alice', json: { title: 'Alice only', description: 'x' } });
    const bobs = TicketDetail.parse(
      (
        await send('/api/customers/me/tickets', {
          as: 'bob',
          json: { title: 'Bob ticket', description: 'y' },
        })
      ).body,
    );
    await send(`/api/support/threads/${bobs.id}/messages`, {
      as: 'ops@acme.test',
      json: { message_text: 'On it, Bob' },
    });
    await send('/api/customers/me/calls', { as: 'bob', json: { ticketId: bobs.id } });
    await readUntil('event: call_requested');
    controller.abort();
    expect(text).toContain('event: ticket_created');
    expect(text).toContain('On it, Bob');
    expect(text).not.toContain('Alice only');
  });

  it('rejects bad input on every customer route with 4xx envelopes', async () => {
    const cases: [string, Parameters<typeof send>[1], number][] = [
      ['/api/customers/me/tickets', { as: 'alice', json: { title: 1 } }, 422],
      [
        '/api/customers/me/tickets',
        { as: 'alice', body: '{', headers: { 'content-type': 'application/json' } },
        422,
      ],
      [
        '/api/customers/me/tickets',
        { as: 'alice', body: 'a=b', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
        415,
      ],
      ['/api/customers/me/tickets?priority=extreme', { as: 'alice' }, 422],
      ['/api/customers/me/tickets/thr_nope', { as: 'alice' }, 404],
      ['/api/customers/me/tickets/thr_globex_api/messages', { as: 'alice', json: { body: 'x' } }, 404],
      ['/api/customers/me/tickets/thr_acme_login/messages', { as: 'alice', json: { body: ['x'] } }, 422],
      ['/api/customers/me/tickets/thr_acme_login/attachments', { as: 'alice', json: { file: 'x' } }, 415],
      [
        '/api/customers/me/attachments',
        { as: 'alice', body: form(samples.png, 'a.png', 'image/png', 'document') },
        422,
      ],
      ['/api/files/fil_nope', { as: 'alice' }, 404],
      ['/api/customers/me/calls', { as: 'alice', json: { scheduledAt: '2020-01-01T00:00:00Z' } }, 422],
      ['/api/customers/me/calls', { as: 'alice', json: { ticketId: 'thr_globex_api' } }, 404],
      ['/api/customers/me/notifications?unread=maybe', { as: 'alice' }, 422],
      [
        '/api/customers/me/notifications/ntf_carol_refund_resolved/read',
        { as: 'alice', method: 'POST' },
        404,
      ],
      [
        '/api/customers/me/feedback',
        { as: 'alice', json: { ticketId: 'thr_acme_invoice', rating: 'great' } },
        422,
      ],
      ['/api/customers/me/kb?q=', { as: 'alice' }, 422],
      ['/api/customers/me', { as: 'ops@acme.test' }, 403],
      ['/api/customers/me/events', {}, 401],
      ['/api/v1/profile/attributes', { as: 'alice', method: 'PUT', json: { chotot: 'yes' } }, 422],
      ['/api/v1/chatwoot/support-access/reset', { as: 'alice', method: 'POST' }, 403],
    ];
    for (const [path, init, status] of cases) {
      const result = await send(path, init);
      expect([path, result.status]).toEqual([path, status]);
      expect(typeof result.body?.error?.message).toBe('string');
    }
  });
});

describe('partner attributes and support access over HTTP', () => {
  it('never returns or stores the system token in plaintext', async () => {
    const saved = await send('/api/v1/profile/attributes', {
      as: 'provider@acme.test',
      method: 'PUT',
      json: { whatsapp: { whatsapp_phone_number_id: '1098765', whatsapp_system_token: SECRET } },
    });
    expect(saved.body).toEqual({
      chotot: null,
      whatsapp: { whatsapp_phone_number_id: '1098765', has_system_token: true },
    });
    const read = await send('/api/v1/profile/attributes', { as: 'provider@acme.test' });
    expect(JSON.stringify(read.body)).not.toContain(SECRET);
    expect(JSON.stringify((await control('/__helpdock/store')).body)).not.toContain(SECRET);
    const stored = reference.store.state.userAttributes.find((a) => a.key === 'whatsapp_system_token');
    if (!stored) throw new Error('not stored');
    const original = stored.value;
    stored.value = `${original.slice(0, -2)}AA`;
    await expect(reference.store.partnerAttributes.revealSystemToken(stored.user_id)).rejects.toThrow(
      /cannot be decrypted/,
    );
    stored.value = original;
    expect(await reference.store.partnerAttributes.revealSystemToken(stored.user_id)).toBe(SECRET);
  });

  it('resets support access: PATCH, create, upstream failure (502, no email) and the hourly limit', async () => {
    const reset = (who: string) => send('/api/v1/chatwoot/support-access/reset', { as: who, method: 'POST' });
    const emails = () => reference.store.outbox.list().filter((e) => e.kind === PASSWORD_EMAIL_KIND);
    expect((await reset('provider@acme.test')).status).toBe(200);
    expect(emails().at(-1)?.to).toBe('provider@acme.test');

    await control('/__helpdock/chatwoot/failure', { json: { status: 500, scope: 'platform' } });
    const failed = await reset('provider@globex.test');
    expect(failed.status).toBe(502);
    envelope(failed, 'upstream_error');
    expect(emails()).toHaveLength(1);
    expect(reference.store.directory.userByEmail('provider@globex.test')?.chatwoot_user_id).toBeNull();
    await control('/__helpdock/chatwoot/failure', { json: { status: null } });

    expect((await reset('provider@globex.test')).status).toBe(200);
    expect(reference.store.directory.userByEmail('provider@globex.test')?.chatwoot_user_id).toBe(1002);
    const chatwoot = (await control('/__helpdock/chatwoot')).body;
    expect(chatwoot.account_users).toContainEqual(expect.objectContaining({ user_id: 1002, role: 'agent' }));

    expect((await reset('provider@acme.test')).status).toBe(200);
    expect((await reset('provider@acme.test')).status).toBe(200);
    const limited = await reset('provider@acme.test');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    const password = emails()[0]?.text.match(/Password: (\S+)/)?.[1] ?? '';
    expect(password).toHaveLength(16);
    expect(JSON.stringify((await control('/__helpdock/store')).body)).not.toContain(password);
  });
});

/** A POST with exactly these headers and no body (to send a lying Content-Length). */
function rawPost(path: string, headers: Record<string, string>): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${server.url}${path}`, { method: 'POST', headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0 });
      req.destroy();
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}
