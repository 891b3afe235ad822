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
      options.customerId !== undefined && options.customerEvery !== undefined && i % options.customerEvery === 0;
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
