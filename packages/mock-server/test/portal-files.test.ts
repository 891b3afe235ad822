import { CreatedToken, Message, MessageAttachment, VisitorThreadDetail } from '@helpdock/sdk/schemas';
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

const issue = async (json: object) =>
  CreatedToken.parse((await call(reference, '/api/support/tokens', { json, token: ops })).body).token;

const upload = (token: string, body: BodyInit) =>
  call(reference, `/api/support/portal/${token}/attachments`, { method: 'POST', body });

describe('portal attachments (SPEC §3)', () => {
  it('uploads a file, attaches it to a reply, and serves it to the link and to staff only', async () => {
    const token = await issue({ thread_id: 'thr_acme_install' });
    const uploaded = await upload(token, form(samples.png, 'gate code.png', 'image/png'));
    expect(uploaded.status).toBe(201);
    const file = MessageAttachment.parse(uploaded.body);
    expect(file).toMatchObject({
      filename: 'gate code.png',
      content_type: 'image/png',
      size: samples.png.length,
    });

    const sent = await call(reference, `/api/support/portal/${token}/messages`, {
      json: { message_text: 'Photo of the gate', attachment_ids: [file.id] },
    });
    expect(sent.status).toBe(201);
    expect(Message.parse(sent.body).attachments.map((a) => a.id)).toEqual([file.id]);

    const download = await call(reference, `/api/support/portal/${token}/files/${file.id}`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toContain('attachment');
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await call(reference, `/api/files/${file.id}`, { token: ops })).status).toBe(200);

    // Another link (another thread) and a customer see nothing of it.
    const other = await issue({ thread_id: 'thr_acme_login' });
    expect(
      isEnvelope(await call(reference, `/api/support/portal/${other}/files/${file.id}`), 'not_found'),
    ).toBe(true);
    const alice = await login(reference, 'alice@acme.test');
    expect(isEnvelope(await call(reference, `/api/files/${file.id}`, { token: alice }), 'not_found')).toBe(
      true,
    );
  });

  it('opens a thread with an attachment through an assignment link', async () => {
    const token = await issue({ assignment_id: 'asg_4411' });
    const file = MessageAttachment.parse(
      (await upload(token, form(samples.pdf, 'quote.pdf', 'application/pdf'))).body,
    );
    const created = await call(reference, `/api/support/portal/${token}/threads`, {
      json: {
        subject: 'Quote for the second visit',
        message_text: 'See attached.',
        attachment_ids: [file.id],
      },
    });
    expect(created.status).toBe(201);
    expect(VisitorThreadDetail.parse(created.body).messages[0]?.attachments.map((a) => a.filename)).toEqual([
      'quote.pdf',
    ]);
  });

  it('refuses files it does not own, used twice or of the wrong kind, with a clear 4xx', async () => {
    const token = await issue({ thread_id: 'thr_acme_install' });
    const other = await issue({ thread_id: 'thr_acme_install' });
    const theirs = MessageAttachment.parse(
      (await upload(other, form(samples.png, 'a.png', 'image/png'))).body,
    );
    const mine = MessageAttachment.parse((await upload(token, form(samples.png, 'b.png', 'image/png'))).body);
    const send = (attachment_ids: unknown) =>
      call(reference, `/api/support/portal/${token}/messages`, {
        json: { message_text: 'x', attachment_ids },
      });

    const foreign = await send([theirs.id]);
    expect(isEnvelope(foreign, 'validation_error')).toBe(true);
    expect(foreign.body.error.details[0].path).toBe('attachment_ids.0');
    expect(isEnvelope(await send([mine.id, mine.id]), 'validation_error')).toBe(true);
    expect((await send([mine.id])).status).toBe(201);
    expect(isEnvelope(await send([mine.id]), 'validation_error')).toBe(true);
    expect(isEnvelope(await send('fil_x'), 'validation_error')).toBe(true);
    expect(isEnvelope(await send(Array.from({ length: 11 }, (_, i) => `fil_${i}`)), 'validation_error')).toBe(
      true,
    );

    expect(
      isEnvelope(await upload(token, form(samples.exe, 'tool.png', 'image/png')), 'unsupported_media_type'),
    ).toBe(true);
    expect(
      isEnvelope(await upload(token, form(samples.png, 'a.png', 'image/png', 'other')), 'validation_error'),
    ).toBe(true);
    expect(
      isEnvelope(await upload('not-a-token', form(samples.png, 'a.png', 'image/png')), 'unauthorized'),
    ).toBe(true);
    expect(
      isEnvelope(await call(reference, `/api/support/portal/${token}/files/fil_nope`), 'not_found'),
    ).toBe(true);
  });
});
