import { afterEach, describe, expect, it } from 'vitest';
import type { ListeningServer } from '../src/index.js';
import { call, demoServer, fetchResult, isEnvelope, login } from './helpers.js';

let listening: ListeningServer | undefined;

afterEach(async () => {
  await listening?.close();
  listening = undefined;
});

describe('response validation', () => {
  it('answers 500 for every answer that breaks its schema, in process and over HTTP, also when repeated', async () => {
    const { reference, errors } = demoServer();
    listening = await reference.listen({ port: 0 });
    const token = await login(reference, 'ops@acme.test');
    const thread = reference.store.state.threads.find((t) => t.id === 'thr_acme_login');
    if (!thread) throw new Error('demo thread missing');
    const path = `/api/support/threads/${thread.id}`;
    const overHttp = () => fetchResult(listening?.url ?? '', path, { token });
    const inProcess = () => call(reference, path, { token });

    const valid = await overHttp();
    expect(valid.status).toBe(200);
    // Served once and remembered as valid: a later, different (broken) answer is still checked.
    const status = thread.status;
    Object.assign(thread, { status: 'LOST_IN_SPACE' });
    for (const send of [overHttp, overHttp, inProcess, inProcess]) {
      const broken = await send();
      expect(broken.status).toBe(500);
      expect(isEnvelope(broken, 'internal_error')).toBe(true);
    }
    expect(errors.some((line) => line.includes('does not match its schema'))).toBe(true);
    Object.assign(thread, { status });
    expect((await overHttp()).body).toEqual(valid.body);
    expect((await inProcess()).status).toBe(200);
  });

  it('can be turned off', async () => {
    const { reference } = demoServer({ validateResponses: false });
    const token = await login(reference, 'ops@acme.test');
    const thread = reference.store.state.threads.find((t) => t.id === 'thr_acme_login');
    if (!thread) throw new Error('demo thread missing');
    Object.assign(thread, { status: 'LOST_IN_SPACE' });
    const result = await call(reference, `/api/support/threads/${thread.id}`, { token });
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('LOST_IN_SPACE');
  });
});
