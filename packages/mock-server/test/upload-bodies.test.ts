import { afterEach, describe, expect, it } from 'vitest';
import type { ListeningServer } from '../src/index.js';
import { type CallOptions, call, demoServer, fetchResult, login, type Result } from './helpers.js';

const CRLF = '\r\n';
const part = (headers: string[], content: string) => `${headers.join(CRLF)}${CRLF}${CRLF}${content}${CRLF}`;
const fileHeader = (filename: string) =>
  `Content-Disposition: form-data; name="file"; filename="${filename}"`;

/** Hand-written bodies under the boundary `XyZ` and what the upload route answers to each. */
const bodies: [label: string, body: string, status: number][] = [
  [
    'a well-formed CSV file',
    `--XyZ${CRLF}${part([fileHeader('a.csv'), 'Content-Type: text/csv'], 'a,b')}--XyZ--`,
    201,
  ],
  [
    'a preamble and epilogue around a plain field only',
    `${CRLF}${CRLF}--XyZ${CRLF}${part(['content-disposition: form-data; name="f"'], 'v')}--XyZ--${CRLF}${CRLF}`,
    422,
  ],
  ['an empty file', `--XyZ${CRLF}${part([fileHeader('e.txt')], '')}--XyZ--`, 422],
  [
    'a disposition other than form-data',
    `--XyZ${CRLF}${part(['Content-Disposition: attachment; name="file"'], 'x')}--XyZ--`,
    422,
  ],
  ['a part without a name', `--XyZ${CRLF}${part(['Content-Type: text/plain'], 'no name')}--XyZ--`, 422],
  [
    'a header name with a space',
    `--XyZ${CRLF}${part(['Bad Header: 1', fileHeader('a.txt')], 'x')}--XyZ--`,
    422,
  ],
  [
    'an unterminated quoted name',
    `--XyZ${CRLF}${part(['Content-Disposition: form-data; name="file'], 'x')}--XyZ--`,
    422,
  ],
  ['a body never closed', `--XyZ${CRLF}${part([fileHeader('a.txt')], 'never closed')}`, 422],
  ['another boundary', `--Other${CRLF}${part([fileHeader('a.txt')], 'x')}--Other--`, 422],
  ['text that is not multipart', 'not multipart at all', 422],
  ['an empty body', '', 422],
  ['only the closing boundary', '--XyZ--', 422],
];

const TYPE = 'multipart/form-data; boundary=XyZ';

/** Sends each body and returns what a user sees of every answer: label, status, error code. */
async function answers(send: (options: CallOptions) => Promise<Result>) {
  const seen: [string, number, string | undefined][] = [];
  for (const [label, body] of bodies) {
    const result = await send({ body, headers: { 'content-type': TYPE } });
    seen.push([label, result.status, result.body?.error?.code]);
  }
  return seen;
}

const expected = bodies.map(([label, , status]) => [
  label,
  status,
  status === 201 ? undefined : 'validation_error',
]);

let listening: ListeningServer | undefined;

afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

describe('malformed multipart uploads', () => {
  it('answer a clear 422 in process (setupServer/setupWorker) and store nothing', async () => {
    const { reference } = demoServer();
    const token = await login(reference, 'alice@acme.test');
    const send = (options: CallOptions) =>
      call(reference, '/api/customers/me/attachments', { ...options, method: 'POST', token });
    expect(await answers(send)).toEqual(expected);
    expect(reference.store.state.files).toHaveLength(1);
    const quoted = await send({
      body: bodies[0]?.[1],
      headers: { 'content-type': 'multipart/form-data; boundary="XyZ"' },
    });
    expect(quoted.status).toBe(201);
    const noBoundary = await send({
      body: bodies[0]?.[1],
      headers: { 'content-type': 'multipart/form-data' },
    });
    expect([noBoundary.status, noBoundary.body.error.code]).toEqual([415, 'unsupported_media_type']);
  });

  it('answer the same over the real HTTP server', async () => {
    const { reference } = demoServer();
    const token = await login(reference, 'alice@acme.test');
    listening = await reference.listen({ port: 0 });
    const url = listening.url;
    const send = (options: CallOptions) =>
      fetchResult(url, '/api/customers/me/attachments', { ...options, method: 'POST', token });
    expect(await answers(send)).toEqual(expected);
    expect(reference.store.state.files).toHaveLength(1);
  });
});
