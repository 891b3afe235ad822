import { Thread, ThreadDetail } from '@helpdock/sdk/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ReferenceServer } from '../src/index.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

let reference: ReferenceServer;
let admin: string;

beforeEach(async () => {
  ({ reference } = demoServer());
  admin = await login(reference, 'admin@acme.test');
});

const staffThread = async (id: string) => {
  const result = await call(reference, `/api/support/threads/${id}`, { token: admin });
  expect(result.status).toBe(200);
  return ThreadDetail.parse(result.body);
};
const patch = (id: string, json: unknown) =>
  call(reference, `/api/support/threads/${id}`, { method: 'PATCH', token: admin, json });
const createStaff = (custom_attributes: unknown) =>
  call(reference, '/api/support/threads', {
    token: admin,
    json: { subject: 'Order help', initial_message: 'Hi', custom_attributes },
  });
const manyKeys = (count: number, prefix = 'k') =>
  Object.fromEntries(Array.from({ length: count }, (_, i) => [`${prefix}${i}`, i]));

describe('custom attributes on threads', () => {
  it('are set by staff at creation, listed, and merged by PATCH where null removes a key', async () => {
    const created = await createStaff({ plan: 'pro', seats: 5, trial: false, empty: null });
    expect(created.status).toBe(201);
    expect(created.body.custom_attributes).toEqual({ plan: 'pro', seats: 5, trial: false });
    const id = created.body.id as string;

    const updated = await patch(id, { custom_attributes: { seats: 6, plan: null, region: 'eu' } });
    expect(updated.status).toBe(200);
    expect(Thread.parse(updated.body).custom_attributes).toEqual({ seats: 6, trial: false, region: 'eu' });
    expect((await staffThread(id)).custom_attributes).toEqual({ seats: 6, trial: false, region: 'eu' });
    const list = await call(reference, '/api/support/threads?q=Order%20help', { token: admin });
    expect(list.body.data[0].custom_attributes).toEqual({ seats: 6, trial: false, region: 'eu' });
  });

  it.each([
    ['an upper-case key', { Plan: 'pro' }],
    ['a key over 40 characters', { ['k'.repeat(41)]: 1 }],
    ['a string over 500 characters', { note: 'x'.repeat(501) }],
    ['a nested object', { address: { city: 'Lyon' } }],
    ['an array', { tags: ['a'] }],
    ['51 keys', manyKeys(51)],
    ['not an object', 'plan=pro'],
  ])('reject %s with 422 on create', async (_name, attributes) => {
    const before = reference.store.state.threads.length;
    const result = await createStaff(attributes);
    expect(result.status).toBe(422);
    expect(isEnvelope(result, 'validation_error')).toBe(true);
    expect(reference.store.state.threads.length).toBe(before);
  });

  it('never take __proto__ as a key', async () => {
    const created = await call(reference, '/api/support/threads', {
      token: admin,
      headers: { 'content-type': 'application/json' },
      body: '{"subject":"Proto","initial_message":"Hi","custom_attributes":{"__proto__":{"polluted":true}}}',
    });
    // The JSON reader drops `__proto__` keys before validation, so the thread gets no attribute.
    expect(created.status).toBe(201);
    expect(created.body.custom_attributes).toEqual({});
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuse a PATCH that would leave more than 50 keys, changing nothing', async () => {
    const created = await createStaff(manyKeys(30, 'a'));
    const id = created.body.id as string;
    const result = await patch(id, { custom_attributes: manyKeys(21, 'b'), priority: 'URGENT' });
    expect(result.status).toBe(422);
    const thread = await staffThread(id);
    expect(Object.keys(thread.custom_attributes)).toHaveLength(30);
    expect(thread.priority).toBe('MEDIUM');
    const swap = await patch(id, {
      custom_attributes: { ...manyKeys(21, 'b'), ...nullsFor(manyKeys(21, 'a')) },
    });
    expect(swap.status).toBe(200);
    expect(Object.keys(swap.body.custom_attributes)).toHaveLength(30);
  });

  it("stay inside the tenant: another tenant's thread is a 404", async () => {
    const globexAdmin = await login(reference, 'admin@globex.test');
    const created = await createStaff({ plan: 'pro' });
    const result = await call(reference, `/api/support/threads/${created.body.id}`, {
      method: 'PATCH',
      token: globexAdmin,
      json: { custom_attributes: { plan: 'free' } },
    });
    expect(result.status).toBe(404);
    expect((await staffThread(created.body.id)).custom_attributes).toEqual({ plan: 'pro' });
  });

  it('come with a public thread, which staff see and the visitor does not', async () => {
    const created = await call(reference, '/api/support/public/threads', {
      json: {
        name: 'Visitor',
        email: 'v@site.test',
        subject: 'Cart',
        message_text: 'Stuck at checkout',
        custom_attributes: { cart_total: 42.5, plan: 'free' },
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.thread).not.toHaveProperty('custom_attributes');
    expect((await staffThread(created.body.thread.id)).custom_attributes).toEqual({
      cart_total: 42.5,
      plan: 'free',
    });
    const portal = await call(reference, `/api/support/portal/${created.body.token}`);
    expect(portal.status).toBe(200);
    expect(JSON.stringify(portal.body)).not.toContain('custom_attributes');
    expect(JSON.stringify(portal.body)).not.toContain('cart_total');
  });

  it('come with a portal thread and a customer ticket, and neither visitor nor customer sees them', async () => {
    const token = await call(reference, '/api/support/tokens', {
      token: admin,
      json: { assignment_id: 'asg_4411' },
    });
    const portal = await call(reference, `/api/support/portal/${token.body.token}/threads`, {
      json: { subject: 'Delivery', message_text: 'Late', custom_attributes: { order: 'A-17' } },
    });
    expect(portal.status).toBe(201);
    expect(portal.body).not.toHaveProperty('custom_attributes');
    expect((await staffThread(portal.body.id)).custom_attributes).toEqual({ order: 'A-17' });

    const alice = await login(reference, 'alice@acme.test');
    const ticket = await call(reference, '/api/customers/me/tickets', {
      token: alice,
      json: { title: 'Invoice', description: 'Wrong VAT', customAttributes: { invoice: 'F-9' } },
    });
    expect(ticket.status).toBe(201);
    expect(JSON.stringify(ticket.body)).not.toContain('F-9');
    const again = await call(reference, `/api/customers/me/tickets/${ticket.body.id}`, { token: alice });
    expect(JSON.stringify(again.body)).not.toContain('F-9');
    expect((await staffThread(ticket.body.id)).custom_attributes).toEqual({ invoice: 'F-9' });
    const flood = await call(reference, '/api/customers/me/tickets', {
      token: alice,
      json: { title: 'Invoice', description: 'Wrong VAT', customAttributes: manyKeys(51) },
    });
    expect(flood.status).toBe(422);
  });
});

function nullsFor(attributes: Record<string, unknown>): Record<string, null> {
  return Object.fromEntries(Object.keys(attributes).map((key) => [key, null]));
}
