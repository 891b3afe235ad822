import { contractValidator } from './contract-validator.js';
import type { ClientOptions } from './core/http.js';
import { HelpdockLiteClient } from './lite-client.js';

/**
 * The typed Helpdock API client: every endpoint of the contract as a method, inputs and outputs
 * validated with the contract's schemas, automatic retries with idempotency keys, typed errors,
 * auto-pagination and live event streams.
 *
 * @example
 * ```ts
 * import { HelpdockClient } from '@helpdock/sdk';
 *
 * const client = new HelpdockClient({ baseUrl: 'http://127.0.0.1:4010' });
 * await client.auth.login({ email: 'admin@acme.test', password: 'helpdock-demo' });
 * const thread = await client.support.threads.create({ subject: 'Hello', initial_message: 'First!' });
 * for await (const t of client.support.threads.list({ limit: 50 })) console.log(t.subject);
 * ```
 */
export class HelpdockClient extends HelpdockLiteClient {
  constructor(options: ClientOptions) {
    super({ contract: contractValidator, ...options });
  }
}
