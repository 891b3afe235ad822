import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { call, demoServer, login, ORIGIN } from './helpers.js';
import { SseReader } from './sse-reader.js';

let reference: ReferenceServer;
let clock: ReturnType<typeof demoServer>['clock'];
let admin: string;

beforeEach(async () => {
  ({ reference, clock } = demoServer({ heartbeatMs: 30 }));
  admin = await login(reference, 'admin@acme.test');
});

async function open(path: string, headers: Record<string, string> = {}): Promise<SseReader> {
  const response = await getResponse(reference.handlers, new Request(`${ORIGIN}${path}`, { headers }));
  if (!response?.body) throw new Error(`no stream: ${response?.status}`);
  return new SseReader(response.body);
}

const staffReply = (threadId: string, text: string) =>
  call(reference, `/api/support/threads/${threadId}/messages`, {
    json: { message_text: text },
    token: admin,
  });

const portalLink = async (threadId: string): Promise<{ id: string; token: string }> =>
  (await call(reference, '/api/support/tokens', { json: { thread_id: threadId }, token: admin })).body;

describe('a stream lives only as long as its credential (SPEC §7)', () => {
  it('ends the customer stream when the access token expires; the reconnect gets 401', async () => {
    const alice = await login(reference, 'alice@acme.test');
    const auth = { authorization: `Bearer ${alice}` };
    const stream = await open('/api/customers/me/events', auth);
    await staffReply('thr_acme_login', 'while signed in');
    await stream.until((events) => events.some((e) => e.event === 'new_message'));
    clock.advance(2 * 24 * 3600_000);
    await staffReply('thr_acme_login', 'after expiry');
    await stream.done;
    const bodies = stream.ofType('new_message').map((e) => JSON.parse(e.data).message.body);
    expect(bodies).toEqual(['while signed in']);
    const again = await call(reference, '/api/customers/me/events', { headers: auth });
    expect(again.status).toBe(401);
  });

  it('ends a portal stream when its token is revoked, or expires, even with nothing to send', async () => {
    const revoked = await portalLink('thr_acme_login');
    const stream = await open(`/api/support/portal/${revoked.token}/events`);
    await stream.until((events) => events.some((e) => e.event === 'heartbeat'));
    await call(reference, `/api/support/tokens/${revoked.id}/revoke`, { method: 'POST', token: admin });
    await stream.done;
    expect((await call(reference, `/api/support/portal/${revoked.token}/events`)).status).toBe(401);

    const expiring = await portalLink('thr_acme_login');
    const second = await open(`/api/support/portal/${expiring.token}/events`);
    await second.until((events) => events.some((e) => e.event === 'heartbeat'));
    clock.advance(31 * 24 * 3600_000);
    await second.done;
    expect((await call(reference, `/api/support/portal/${expiring.token}/events`)).status).toBe(401);
  });
});

describe('stream ids (SPEC §7)', () => {
  it('opens every stream with a frame that carries an id', async () => {
    const alice = await login(reference, 'alice@acme.test');
    const link = await portalLink('thr_acme_login');
    for (const [path, headers, type] of [
      ['/api/customers/me/events', { authorization: `Bearer ${alice}` }, 'connected'],
      [`/api/support/portal/${link.token}/events`, {}, 'heartbeat'],
    ] as const) {
      const stream = await open(path, headers);
      await stream.until((events) => events.length > 0);
      expect(stream.events[0]?.event).toBe(type);
      expect(stream.events[0]?.id).toMatch(/^ev_[0-9a-f]{24}$/);
      await stream.close();
    }
  });

  it('resumes a client cut before its first event from the opening id, losing nothing', async () => {
    const link = await portalLink('thr_acme_login');
    const path = `/api/support/portal/${link.token}/events`;
    const first = await open(path);
    await first.until((events) => events.length > 0);
    const openingId = first.events[0]?.id ?? '';
    await first.close();
    await staffReply('thr_acme_login', 'sent while cut off');
    const second = await open(path, { 'last-event-id': openingId });
    await second.until((events) => events.some((e) => e.event === 'message.created'));
    const texts = second.ofType('message.created').map((e) => JSON.parse(e.data).message.message_text);
    expect(texts).toEqual(['sent while cut off']);
    await second.close();
  });

  it('gives a portal stream ids that reveal nothing of other conversations', async () => {
    const link = await portalLink('thr_acme_login');
    const stream = await open(`/api/support/portal/${link.token}/events`);
    await staffReply('thr_acme_login', 'one');
    for (let i = 0; i < 5; i++) await staffReply('thr_acme_install', `elsewhere ${i}`);
    await staffReply('thr_acme_login', 'two');
    await stream.until((events) => events.filter((e) => e.event === 'message.created').length === 2);
    await stream.until((events) => events.at(-1)?.event === 'heartbeat');
    const ids = stream.events.map((e) => e.id ?? '');
    for (const id of ids) expect(id).toMatch(/^ev_[0-9a-f]{24}$/);
    // Heartbeats repeat the last id this stream delivered: other conversations' events never show.
    const delivered = new Set(stream.ofType('message.created').map((e) => e.id));
    const heartbeatIds = new Set(stream.ofType('heartbeat').map((e) => e.id));
    heartbeatIds.delete(stream.events[0]?.id);
    for (const id of heartbeatIds) expect(delivered.has(id)).toBe(true);
    await stream.close();
  });
});
