import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { HelpdockCore, kyTransport } from '../src/advanced.js';
import {
  HelpdockClient,
  InputValidationError,
  PayloadTooLargeError,
  PublicSupport,
  ResponseValidationError,
  SupportThreads,
  UnprocessableEntityError,
} from '../src/index.js';
import { HelpdockLiteClient } from '../src/lite.js';
import { BASE_URL, message, NOW, thread } from './fixtures.js';
import { server, useMsw } from './msw.js';

useMsw();

const client = () => new HelpdockClient({ baseUrl: BASE_URL, accessToken: 'tok', maxRetries: 0 });

describe('construction', () => {
  it('needs a baseUrl', () => {
    expect(() => new HelpdockClient({ baseUrl: '' })).toThrow(TypeError);
  });

  it('keeps a path prefix of the baseUrl', async () => {
    server.use(http.get(`${BASE_URL}/v2/api/support/public/config`, () => HttpResponse.json(publicConfig)));
    const prefixed = new HelpdockClient({ baseUrl: `${BASE_URL}/v2/` });
    await expect(prefixed.public.config()).resolves.toEqual(publicConfig);
  });
});

const publicConfig = {
  whatsapp_number: '5511987654321',
  support_bubble_enabled: true,
  availability: { online: true, next_open_at: null, reply_time: 'hours' },
  away_message: null,
};

describe('response validation', () => {
  it('names the field path of a list item that does not match the contract', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/threads`, () =>
        HttpResponse.json({ data: [thread(), { ...thread(), subject: 42 }], next_cursor: null }),
      ),
    );
    const error = await client()
      .support.threads.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseValidationError);
    const validation = error as ResponseValidationError;
    expect(validation.details.map((d) => d.path)).toEqual(['data.1.subject']);
    expect(validation.message).toContain('support.threads.list');
    expect(validation.status).toBe(200);
  });

  it('rejects a body that is not JSON', async () => {
    server.use(http.get(`${BASE_URL}/api/support/public/config`, () => new HttpResponse('<html>')));
    await expect(client().public.config()).rejects.toBeInstanceOf(ResponseValidationError);
  });

  it('rejects a missing enum value with its path', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/threads/thr_1`, () =>
        HttpResponse.json({ ...thread({ status: 'WAITING' as never }), messages: [] }),
      ),
    );
    const error = (await client()
      .support.threads.retrieve('thr_1')
      .catch((e: unknown) => e)) as ResponseValidationError;
    expect(error.details[0]?.path).toBe('status');
  });
});

describe('input validation (before any request)', () => {
  it('rejects a bad body with a client-side 422 naming the fields and sends nothing', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/api/support/threads`, () => {
        calls++;
        return HttpResponse.json({}, { status: 201 });
      }),
    );
    const error = await client()
      .support.threads.create({ subject: '', initial_message: 'x'.repeat(10_001) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect((error as InputValidationError).details.map((d) => d.path).sort()).toEqual([
      'initial_message',
      'subject',
    ]);
    expect((error as InputValidationError).requestId).toBeUndefined();
    expect(calls).toBe(0);
  });

  it('rejects unknown config keys, so no secret can be sent into the config', async () => {
    const error = await client()
      .support.config.update({ STRIPE_SECRET: 'sk_live' } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputValidationError);
  });

  it('rejects an out-of-range query value', async () => {
    await expect(client().support.threads.list({ limit: 500 })).rejects.toBeInstanceOf(InputValidationError);
  });

  it('rejects an empty path parameter', async () => {
    await expect(client().support.threads.retrieve('')).rejects.toBeInstanceOf(InputValidationError);
  });

  it.each(['.', '..'])(
    'refuses %j as a path id, which would request another path, and sends nothing',
    async (id) => {
      let calls = 0;
      server.use(
        http.all(`${BASE_URL}/*`, () => {
          calls++;
          return HttpResponse.json({ data: [], next_cursor: null });
        }),
      );
      const lite = new HelpdockLiteClient({ baseUrl: BASE_URL, accessToken: 'tok', maxRetries: 0 });
      for (const call of [
        () => client().support.threads.retrieve(id),
        () => lite.support.threads.retrieve(id),
        () => lite.support.tokens.revoke(id),
        () => lite.files.download(id),
        () => lite.portal(id).context(),
      ]) {
        await expect(call()).rejects.toThrow(TypeError);
      }
      expect(calls).toBe(0);
    },
  );
});

describe('requests built from the route table', () => {
  it('sends method, path, query, JSON body and bearer token', async () => {
    let seen:
      | { method: string; url: URL; body: unknown; auth: string | null; type: string | null }
      | undefined;
    server.use(
      http.patch(`${BASE_URL}/api/support/threads/:id`, async ({ request }) => {
        seen = {
          method: request.method,
          url: new URL(request.url),
          body: await request.json(),
          auth: request.headers.get('authorization'),
          type: request.headers.get('content-type'),
        };
        return HttpResponse.json(thread({ status: 'PENDING' }));
      }),
    );
    const updated = await client().support.threads.update('thr/1', { status: 'PENDING' });
    expect(updated.status).toBe('PENDING');
    expect(seen).toMatchObject({ method: 'PATCH', body: { status: 'PENDING' }, auth: 'Bearer tok' });
    expect(seen?.url.pathname).toBe('/api/support/threads/thr%2F1');
    expect(seen?.type).toBe('application/json');
  });

  it('sends list filters as query parameters', async () => {
    let url: URL | undefined;
    server.use(
      http.get(`${BASE_URL}/api/customers/me/notifications`, ({ request }) => {
        url = new URL(request.url);
        return HttpResponse.json({ data: [], next_cursor: null });
      }),
    );
    await client().customers.me.notifications.list({ unread: 'true', limit: 5 });
    expect(url?.searchParams.get('unread')).toBe('true');
    expect(url?.searchParams.get('limit')).toBe('5');
  });

  it('sends the site key on public routes and no Authorization there', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${BASE_URL}/api/support/public/config`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json(publicConfig);
      }),
    );
    const site = new HelpdockClient({ baseUrl: BASE_URL, siteKey: 'pk_acme_demo', accessToken: 'tok' });
    await site.public.config();
    expect(headers?.get('x-site-key')).toBe('pk_acme_demo');
    expect(headers?.has('authorization')).toBe(false);
  });

  it('adds client-wide and per-call headers', async () => {
    let headers: Headers | undefined;
    server.use(
      http.get(`${BASE_URL}/api/support/public/config`, ({ request }) => {
        headers = request.headers;
        return HttpResponse.json(publicConfig);
      }),
    );
    const custom = new HelpdockClient({ baseUrl: BASE_URL, headers: { 'X-App': 'widget' } });
    await custom.public.config({ headers: { 'X-Request-Id': 'trace-1' } });
    expect(headers?.get('x-app')).toBe('widget');
    expect(headers?.get('x-request-id')).toBe('trace-1');
  });

  it('uses the fetch given in the options', async () => {
    const urls: string[] = [];
    const custom = new HelpdockClient({
      baseUrl: BASE_URL,
      fetch: async (input) => {
        urls.push(input instanceof Request ? input.url : String(input));
        return Response.json(publicConfig);
      },
    });
    await custom.public.config();
    expect(urls).toEqual([`${BASE_URL}/api/support/public/config`]);
  });

  it('sends through ky when a core is given kyTransport: headers, query and body as the fetch transport', async () => {
    const seen: { method: string; url: string; headers: Headers; body: string }[] = [];
    const core = new HelpdockCore(
      {
        baseUrl: BASE_URL,
        accessToken: 'tok',
        fetch: async (input, init) => {
          const request = new Request(input, init);
          seen.push({
            method: request.method,
            url: request.url,
            headers: request.headers,
            body: await request.text(),
          });
          return Response.json(message(), { status: 201 });
        },
      },
      kyTransport,
    );
    await new SupportThreads(core).addMessage('thr_1', { message_text: 'Hi' }, { idempotencyKey: 'key-1' });
    expect(seen).toHaveLength(1);
    expect(seen[0]?.method).toBe('POST');
    expect(seen[0]?.url).toBe(`${BASE_URL}/api/support/threads/thr_1/messages`);
    expect(seen[0]?.headers.get('authorization')).toBe('Bearer tok');
    expect(seen[0]?.headers.get('idempotency-key')).toBe('key-1');
    expect(JSON.parse(seen[0]?.body ?? '')).toEqual({ message_text: 'Hi' });
  });

  it('works with a bare core and one resource class (tree-shakable use)', async () => {
    server.use(http.get(`${BASE_URL}/api/support/public/config`, () => HttpResponse.json(publicConfig)));
    const core = new HelpdockCore({ baseUrl: BASE_URL });
    await expect(new PublicSupport(core).config()).resolves.toEqual(publicConfig);
  });
});

describe('auth.login', () => {
  const login = {
    access_token: 'jwt.abc',
    token_type: 'bearer',
    expires_in: 3600,
    user: {
      id: 'usr_1',
      email: 'admin@acme.test',
      name: 'Admin',
      role: 'admin',
      tenant_id: 't1',
      customer_id: null,
    },
    has_partner_attributes: false,
  };

  it('keeps the returned token for the next calls', async () => {
    let auth: string | null = null;
    server.use(
      http.post(`${BASE_URL}/api/auth/login`, () => HttpResponse.json(login)),
      http.get(`${BASE_URL}/api/support/config`, ({ request }) => {
        auth = request.headers.get('authorization');
        return HttpResponse.json({}, { status: 500 });
      }),
    );
    const anonymous = new HelpdockClient({ baseUrl: BASE_URL, maxRetries: 0 });
    const result = await anonymous.auth.login({ email: 'admin@acme.test', password: 'helpdock-demo' });
    expect(result.user.role).toBe('admin');
    expect(anonymous.accessToken).toBe('jwt.abc');
    await anonymous.support.config.retrieve().catch(() => undefined);
    expect(auth).toBe('Bearer jwt.abc');
  });

  it('leaves the token alone with setToken: false', async () => {
    server.use(http.post(`${BASE_URL}/api/auth/login`, () => HttpResponse.json(login)));
    const anonymous = new HelpdockClient({ baseUrl: BASE_URL });
    await anonymous.auth.login({ email: 'admin@acme.test', password: 'x' }, { setToken: false });
    expect(anonymous.accessToken).toBeNull();
  });

  it('rejects a malformed email before sending', async () => {
    const anonymous = new HelpdockClient({ baseUrl: BASE_URL });
    await expect(anonymous.auth.login({ email: 'nope', password: 'x' })).rejects.toBeInstanceOf(
      InputValidationError,
    );
  });
});

describe('raw access', () => {
  it('withResponse gives data, the response and the X-Request-Id', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/threads/thr_1`, () =>
        HttpResponse.json({ ...thread(), messages: [message()] }, { headers: { 'X-Request-Id': 'req_abc' } }),
      ),
    );
    const { data, response, requestId } = await client().support.threads.retrieve('thr_1').withResponse();
    expect(data.messages).toHaveLength(1);
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_abc');
  });

  it('asResponse gives the unread Response', async () => {
    server.use(
      http.get(`${BASE_URL}/api/support/public/config`, () =>
        HttpResponse.json(publicConfig, { headers: { ETag: '"v1"' } }),
      ),
    );
    const response = await client().public.config().asResponse();
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(await response.json()).toEqual(publicConfig);
  });
});

describe('uploads and downloads', () => {
  const attachment = {
    id: 'att_1',
    filename: 'shot.png',
    contentType: 'image/png',
    size: 4,
    url: '/api/files/att_1',
    createdAt: NOW,
  };

  it('uploads a Blob as multipart field "file" with the given filename', async () => {
    let part: File | undefined;
    let contentType: string | null = null;
    server.use(
      http.post(`${BASE_URL}/api/customers/me/tickets/tkt_1/attachments`, async ({ request }) => {
        contentType = request.headers.get('content-type');
        part = (await request.formData()).get('file') as File;
        return HttpResponse.json(attachment, { status: 201 });
      }),
    );
    const png = new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' });
    const uploaded = await client().customers.me.tickets.uploadAttachment('tkt_1', png, {
      filename: 'shot.png',
    });
    expect(uploaded.id).toBe('att_1');
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(part?.name).toBe('shot.png');
    expect(new Uint8Array(await part!.arrayBuffer())).toEqual(new Uint8Array([0x89, 0x50, 0x4e, 0x47]));
  });

  it('uploads a File under its own name before a ticket exists', async () => {
    let name: string | undefined;
    server.use(
      http.post(`${BASE_URL}/api/customers/me/attachments`, async ({ request }) => {
        name = ((await request.formData()).get('file') as File).name;
        return HttpResponse.json(attachment, { status: 201 });
      }),
    );
    await client().customers.me.uploadAttachment(new File(['a,b'], 'data.csv', { type: 'text/csv' }));
    expect(name).toBe('data.csv');
  });

  it('refuses a file over 10 MiB with PayloadTooLargeError before sending it', async () => {
    let calls = 0;
    server.use(
      http.post(`${BASE_URL}/api/customers/me/*`, () => {
        calls++;
        return HttpResponse.json(attachment, { status: 201 });
      }),
    );
    const tooBig = new Blob([new Uint8Array(10 * 1024 * 1024 + 1)], { type: 'image/png' });
    const lite = new HelpdockLiteClient({ baseUrl: BASE_URL, accessToken: 'tok', maxRetries: 0 });
    for (const upload of [
      () => client().customers.me.uploadAttachment(tooBig),
      () => lite.customers.me.tickets.uploadAttachment('tkt_1', tooBig),
    ]) {
      const error = await upload().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PayloadTooLargeError);
      expect(error).toMatchObject({ status: 413, code: 'payload_too_large' });
    }
    expect(calls).toBe(0);

    const atLimit = new Blob([new Uint8Array(10 * 1024 * 1024)], { type: 'image/png' });
    await expect(client().customers.me.uploadAttachment(atLimit)).resolves.toMatchObject({ id: 'att_1' });
    expect(calls).toBe(1);
  });

  it('downloads a file with its name and type', async () => {
    server.use(
      http.get(
        `${BASE_URL}/api/files/att_1`,
        () =>
          new HttpResponse('hello', {
            headers: {
              'Content-Type': 'text/plain',
              'Content-Disposition': `attachment; filename="notes.txt"; filename*=UTF-8''n%C3%B3tes.txt`,
            },
          }),
      ),
    );
    const file = await client().files.download('att_1');
    expect(file.filename).toBe('nótes.txt');
    expect(file.contentType).toBe('text/plain');
    expect(await file.blob.text()).toBe('hello');
  });
});
