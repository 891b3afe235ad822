import {
  Message,
  PortalContext,
  ThreadDetail,
  UploadedFile,
  VisitorThreadDetail,
} from '@helpdock/sdk/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';
import { form, samples } from './upload-samples.js';

let reference: ReferenceServer;
let ops: string;

beforeEach(async () => {
  ({ reference } = demoServer());
  ops = await login(reference, 'ops@acme.test');
});

/** An anonymous visitor's thread and its portal token. */
const visitorThread = async (subject = 'Broken invoice') => {
  const result = await call(reference, '/api/support/public/threads', {
    json: { name: 'Vera Visitor', email: 'vera@example.test', subject, message_text: 'See the screenshot.' },
  });
  expect(result.status).toBe(201);
  return { threadId: result.body.thread.id as string, token: result.body.token as string };
};

const portalUpload = (token: string, body: BodyInit) =>
  call(reference, `/api/support/portal/${token}/attachments`, { method: 'POST', body });
const staffUpload = (token: string, body: BodyInit) =>
  call(reference, '/api/support/attachments', { method: 'POST', body, token });
const uploaded = (result: { status: number; body: unknown }) => {
  expect(result.status).toBe(201);
  return UploadedFile.parse(result.body);
};

describe('attachments both ways: portal visitors and staff', () => {
  it('lets a visitor attach a file; staff see it and download it, the visitor through the token route', async () => {
    const { threadId, token } = await visitorThread();
    const file = uploaded(await portalUpload(token, form(samples.png, 'screen shot.png', 'image/png')));
    expect(file).toMatchObject({
      filename: 'screen shot.png',
      content_type: 'image/png',
      size: samples.png.length,
    });
    const sent = await call(reference, `/api/support/portal/${token}/messages`, {
      json: { message_text: 'Here it is', attachment_ids: [file.id] },
    });
    expect(sent.status).toBe(201);
    const message = Message.parse(sent.body);
    expect(message.attachments).toEqual([
      {
        id: file.id,
        filename: 'screen shot.png',
        content_type: 'image/png',
        size: samples.png.length,
        url: file.url,
      },
    ]);
    const detail = ThreadDetail.parse(
      (await call(reference, `/api/support/threads/${threadId}`, { token: ops })).body,
    );
    expect(detail.messages.at(-1)?.attachments.map((a) => a.id)).toEqual([file.id]);
    const staffDownload = await call(reference, `/api/files/${file.id}`, { token: ops });
    expect(staffDownload.status).toBe(200);
    const visitorDownload = await call(reference, `/api/support/portal/${token}/files/${file.id}`);
    expect(visitorDownload.status).toBe(200);
    expect(visitorDownload.headers.get('content-type')).toBe('image/png');
    expect(visitorDownload.headers.get('content-disposition')).toMatch(/^attachment;/);
    expect(visitorDownload.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lets staff attach files to a reply; the visitor sees and downloads them, a customer too', async () => {
    const { threadId, token } = await visitorThread();
    const file = uploaded(await staffUpload(ops, form(samples.pdf, 'invoice.pdf', 'application/pdf')));
    const reply = await call(reference, `/api/support/threads/${threadId}/messages`, {
      json: { message_text: 'Corrected invoice attached', attachment_ids: [file.id] },
      token: ops,
    });
    expect(reply.status).toBe(201);
    expect(Message.parse(reply.body).attachments[0]).toMatchObject({
      id: file.id,
      content_type: 'application/pdf',
    });
    const context = PortalContext.parse((await call(reference, `/api/support/portal/${token}`)).body);
    expect(context.threads[0]?.messages.at(-1)?.attachments.map((a) => a.filename)).toEqual(['invoice.pdf']);
    const download = await call(reference, `/api/support/portal/${token}/files/${file.id}`);
    expect([download.status, download.body]).toEqual([200, new TextDecoder().decode(samples.pdf)]);

    // A staff file on a customer's ticket reaches that customer, and nobody else.
    const alice = await login(reference, 'alice@acme.test');
    const bob = await login(reference, 'bob@acme.test');
    const ticket = await call(reference, '/api/customers/me/tickets', {
      json: { title: 'Need the form', description: 'Please send it' },
      token: alice,
    });
    const form2 = uploaded(await staffUpload(ops, form(samples.csv, 'form.csv', 'text/csv')));
    await call(reference, `/api/support/threads/${ticket.body.id}/messages`, {
      json: { message_text: 'Here', attachment_ids: [form2.id] },
      token: ops,
    });
    expect((await call(reference, `/api/files/${form2.id}`, { token: alice })).status).toBe(200);
    expect((await call(reference, `/api/files/${form2.id}`, { token: bob })).status).toBe(404);
  });

  it('opens a thread with files through an assignment-scoped token', async () => {
    const created = await call(reference, '/api/support/tokens', {
      json: { assignment_id: 'asg_900' },
      token: ops,
    });
    const token = created.body.token as string;
    const file = uploaded(await portalUpload(token, form(samples.text, 'notes.txt', 'text/plain')));
    const thread = await call(reference, `/api/support/portal/${token}/threads`, {
      json: { subject: 'New job', message_text: 'Notes attached', attachment_ids: [file.id] },
    });
    expect(thread.status).toBe(201);
    expect(VisitorThreadDetail.parse(thread.body).messages[0]?.attachments.map((a) => a.id)).toEqual([
      file.id,
    ]);
  });

  it('keeps files apart: other tokens, tenants and visitors get 404, others’ uploads are 422', async () => {
    const first = await visitorThread('First');
    const second = await visitorThread('Second');
    const file = uploaded(await portalUpload(first.token, form(samples.png, 'a.png', 'image/png')));
    // Before it is on a message, only its uploader sees it.
    expect((await call(reference, `/api/support/portal/${first.token}/files/${file.id}`)).status).toBe(200);
    expect((await call(reference, `/api/support/portal/${second.token}/files/${file.id}`)).status).toBe(404);
    const stolen = await call(reference, `/api/support/portal/${second.token}/messages`, {
      json: { message_text: 'Mine now', attachment_ids: [file.id] },
    });
    expect(stolen.status).toBe(422);
    expect(stolen.body.error.details[0].path).toBe('attachment_ids.0');
    await call(reference, `/api/support/portal/${first.token}/messages`, {
      json: { message_text: 'Attached', attachment_ids: [file.id] },
    });
    expect((await call(reference, `/api/support/portal/${second.token}/files/${file.id}`)).status).toBe(404);
    const again = await call(reference, `/api/support/portal/${first.token}/messages`, {
      json: { message_text: 'Again', attachment_ids: [file.id] },
    });
    expect(again.status).toBe(422);
    const globexOps = await login(reference, 'ops@globex.test');
    expect((await call(reference, `/api/files/${file.id}`, { token: globexOps })).status).toBe(404);
    const staffFile = uploaded(await staffUpload(ops, form(samples.gif, 'a.gif', 'image/gif')));
    const admin = await login(reference, 'admin@acme.test');
    const foreign = await call(reference, `/api/support/threads/${first.threadId}/messages`, {
      json: { message_text: 'Not my upload', attachment_ids: [staffFile.id] },
      token: admin,
    });
    expect([foreign.status, foreign.body.error.details[0].path]).toEqual([422, 'attachment_ids.0']);
  });

  it('leaves a file unattached when the message is refused (closed thread), so it can be sent later', async () => {
    const { threadId, token } = await visitorThread();
    const file = uploaded(await portalUpload(token, form(samples.png, 'a.png', 'image/png')));
    await call(reference, `/api/support/threads/${threadId}/close`, { method: 'POST', token: ops });
    const refused = await call(reference, `/api/support/portal/${token}/messages`, {
      json: { message_text: 'Hello?', attachment_ids: [file.id] },
    });
    expect(refused.status).toBe(409);
    await call(reference, `/api/support/threads/${threadId}`, {
      method: 'PATCH',
      json: { status: 'OPEN' },
      token: ops,
    });
    const sent = await call(reference, `/api/support/portal/${token}/messages`, {
      json: { message_text: 'Hello?', attachment_ids: [file.id] },
    });
    expect(sent.status).toBe(201);
  });

  it('rejects bad uploads and bad attachment lists with a clear 4xx', async () => {
    const { token } = await visitorThread();
    const cases: [Promise<{ status: number; body: unknown; headers: Headers }>, number, string][] = [
      [portalUpload(token, 'not multipart'), 415, 'unsupported_media_type'],
      [portalUpload(token, form(samples.exe, 'a.png', 'image/png')), 415, 'unsupported_media_type'],
      [portalUpload(token, form(new Uint8Array(), 'a.txt', 'text/plain')), 422, 'validation_error'],
      [portalUpload(token, form(samples.png, 'a.png', 'image/png', 'upload')), 422, 'validation_error'],
      [
        portalUpload(token, form(new Uint8Array(10 * 1024 * 1024 + 1), 'big.txt', 'text/plain')),
        413,
        'payload_too_large',
      ],
      [portalUpload('not-a-token', form(samples.png, 'a.png', 'image/png')), 401, 'unauthorized'],
      [
        staffUpload(await login(reference, 'alice@acme.test'), form(samples.png, 'a.png', 'image/png')),
        403,
        'forbidden',
      ],
      [staffUpload('', form(samples.png, 'a.png', 'image/png')), 401, 'unauthorized'],
      [call(reference, `/api/support/portal/${token}/files/fil_nope`), 404, 'not_found'],
      [
        call(reference, `/api/support/portal/${token}/messages`, {
          json: { message_text: 'x', attachment_ids: 'fil_1' },
        }),
        422,
        'validation_error',
      ],
      [
        call(reference, `/api/support/portal/${token}/messages`, {
          json: { message_text: 'x', attachment_ids: Array.from({ length: 11 }, (_, i) => `fil_${i}`) },
        }),
        422,
        'validation_error',
      ],
      [
        call(reference, `/api/support/portal/${token}/messages`, {
          json: { message_text: 'x', attachment_ids: ['fil_1', 'fil_1'] },
        }),
        422,
        'validation_error',
      ],
    ];
    for (const [pending, status, code] of cases) {
      const result = await pending;
      expect([code, result.status]).toEqual([code, status]);
      expect(isEnvelope(result as never, code)).toBe(true);
    }
  });
});
