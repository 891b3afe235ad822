import {
  createReferenceServer,
  DEMO_PASSWORD,
  DEMO_TENANTS,
  type ListeningServer,
  type ReferenceServer,
  type ReferenceServerOptions,
} from '@helpdock/mock-server';

/** A reference server listening on a free loopback port. */
export interface RunningReference {
  reference: ReferenceServer;
  server: ListeningServer;
  url: string;
}

/** Starts the reference server's real HTTP server on 127.0.0.1 and a free port. */
export async function startReference(options: ReferenceServerOptions = {}): Promise<RunningReference> {
  const reference = createReferenceServer({ seed: 'demo', ...options });
  const server = await reference.listen({ port: 0, host: '127.0.0.1' });
  return { reference, server, url: server.url };
}

/** Signs in over HTTP and returns the access token (demo users share {@link DEMO_PASSWORD}). */
export async function login(url: string, email: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`Login of ${email} failed: ${response.status}`);
  const body = (await response.json()) as { access_token: string };
  return body.access_token;
}

/** The stored user id of a demo user. */
export function userId(reference: ReferenceServer, email: string): string {
  const user = reference.store.state.users.find((u) => u.email === email);
  if (!user) throw new Error(`No demo user ${email}`);
  return user.id;
}

/**
 * Adds `count` staff threads to tenant `acme` through the store (no HTTP, for speed); every
 * `customerEvery`-th one is a ticket of `customerId` (first message by the customer). Returns their ids.
 */
export function addThreads(
  reference: ReferenceServer,
  count: number,
  options: { customerId?: string; customerEvery?: number; authorUserId?: string | null } = {},
): string[] {
  const actor = { requestId: 'bench', tenantId: DEMO_TENANTS.acme, userId: options.authorUserId ?? null };
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const forCustomer =
      options.customerId !== undefined &&
      options.customerEvery !== undefined &&
      i % options.customerEvery === 0;
    const thread = reference.store.threads.create(actor, {
      subject: `Bench thread ${i}: the parcel never arrived`,
      message_text: `Order ${i} has not arrived yet; could you check where it is?`,
      priority: 'MEDIUM',
      customer_id: forCustomer ? options.customerId : undefined,
      author_type: forCustomer ? 'CUSTOMER' : 'INTERNAL',
    });
    ids.push(thread.id);
  }
  return ids;
}

/**
 * Appends `count` threads (each with one message) straight into the store's tables, for sizes where
 * `store.threads.create` is too slow to seed with (it does O(stored) work per call: audit, event log,
 * first-message lookup). Every `customerEvery`-th thread is a ticket of `customerId`.
 */
export function appendThreads(
  reference: ReferenceServer,
  count: number,
  options: { customerId: string; customerEvery: number },
): void {
  const { state } = reference.store;
  const base = Date.parse('2026-02-01T00:00:00.000Z') + state.threads.length * 1000;
  for (let i = 0; i < count; i++) {
    const id = `thr_bench_${state.threads.length.toString(36)}`;
    const at = new Date(base + i * 1000).toISOString();
    const forCustomer = i % options.customerEvery === 0;
    state.threads.push({
      id,
      tenant_id: DEMO_TENANTS.acme,
      assignment_id: null,
      customer_id: forCustomer ? options.customerId : null,
      subject: `Bench thread ${i}: the parcel never arrived`,
      status: 'OPEN',
      priority: 'MEDIUM',
      created_by: null,
      created_at: at,
      updated_at: at,
      resolved_at: null,
      closed_at: null,
      last_message_at: at,
      message_count: 1,
      category: null,
      type: 'issue',
      requester: null,
      custom_attributes: {},
    });
    state.messages.push({
      id: `msg_bench_${state.messages.length.toString(36)}`,
      tenant_id: DEMO_TENANTS.acme,
      thread_id: id,
      author_user_id: null,
      author_type: forCustomer ? 'CUSTOMER' : 'INTERNAL',
      message_text: `Order ${i} has not arrived yet; could you check where it is?`,
      attachments: [],
      created_at: at,
    });
  }
}
