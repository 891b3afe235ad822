import { ChatwootAccountUser, ChatwootUser } from '@helpdock/sdk/schemas';
import type * as z from 'zod';
import { sha256Hex } from '../../core/ids.js';
import { type ChatwootEmulator, ChatwootHttpError } from './chatwoot.js';

/** Chatwoot could not do what was asked: its HTTP status, or null when it could not be reached or answered junk. */
export class ChatwootPlatformError extends Error {
  override name = 'ChatwootPlatformError';
  constructor(
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The part of Chatwoot's Platform API the support-access reset needs (seed 000). Every method throws
 * {@link ChatwootPlatformError} on failure; none logs or keeps the password it is given.
 */
export interface ChatwootPlatformPort {
  /** `PATCH /platform/api/v1/users/{id}` with a new password. */
  setPassword(userId: number, password: string): Promise<void>;
  /** `POST /platform/api/v1/users`: the new user's id. */
  createUser(input: { name: string; email: string; password: string }): Promise<number>;
  /** `POST /platform/api/v1/accounts/{accountId}/account_users`. */
  addAccountUser(
    accountId: number,
    input: { user_id: number; role: 'agent' | 'administrator' },
  ): Promise<void>;
  /** `DELETE /platform/api/v1/users/{id}`. */
  deleteUser(userId: number): Promise<void>;
}

/**
 * The emulated Chatwoot reached in-process: no network, so it works the same under `setupServer`,
 * `setupWorker` and `listen()`. Injected emulator failures apply as they do over HTTP.
 */
export class EmulatedChatwootPlatform implements ChatwootPlatformPort {
  constructor(private readonly emulator: ChatwootEmulator) {}

  private run<T>(action: () => T): T {
    try {
      this.emulator.checkFailure('platform');
      return action();
    } catch (error) {
      if (error instanceof ChatwootHttpError) {
        throw new ChatwootPlatformError(error.status, `Chatwoot answered ${error.status}`);
      }
      throw error;
    }
  }

  /** @inheritDoc */
  async setPassword(userId: number, password: string): Promise<void> {
    const digest = await sha256Hex(password);
    this.run(() => this.emulator.updateUser(userId, { password_sha256: digest }));
  }

  /** @inheritDoc */
  async createUser(input: { name: string; email: string; password: string }): Promise<number> {
    const digest = await sha256Hex(input.password);
    return this.run(
      () => this.emulator.createUser({ name: input.name, email: input.email, password_sha256: digest }).id,
    );
  }

  /** @inheritDoc */
  async addAccountUser(
    accountId: number,
    input: { user_id: number; role: 'agent' | 'administrator' },
  ): Promise<void> {
    this.run(() => this.emulator.addAccountUser(accountId, input));
  }

  /** @inheritDoc */
  async deleteUser(userId: number): Promise<void> {
    this.run(() => this.emulator.deleteUser(userId));
  }
}

/**
 * Drops a response body without waiting: under MSW a body is a tee branch whose cancel settles only
 * when its twin is cancelled too, so awaiting it can hang.
 */
export const discardBody = (response: Response): void => {
  response.body?.cancel().catch(() => undefined);
};

/** How long one Platform API call may take before it counts as Chatwoot being down. */
const TIMEOUT_MS = 10_000;

/** A real (or emulated-over-HTTP) Chatwoot reached with `fetch` at `baseUrl`, authenticated by the Platform App token. */
export class FetchChatwootPlatform implements ChatwootPlatformPort {
  constructor(
    private readonly baseUrl: string,
    private readonly platformToken: string,
    private readonly fetchImpl: typeof fetch = (...args) => globalThis.fetch(...args),
  ) {}

  private async request<S extends z.ZodType | undefined>(
    method: string,
    path: string,
    schema: S,
    body?: unknown,
  ): Promise<S extends z.ZodType ? z.output<S> : undefined> {
    let response: Response;
    try {
      response = await this.fetchImpl(`${this.baseUrl.replace(/\/+$/, '')}${path}`, {
        method,
        headers: {
          api_access_token: this.platformToken,
          Accept: 'application/json',
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
    } catch {
      throw new ChatwootPlatformError(null, 'Chatwoot could not be reached');
    }
    if (!response.ok) {
      discardBody(response);
      throw new ChatwootPlatformError(response.status, `Chatwoot answered ${response.status}`);
    }
    if (schema === undefined) {
      discardBody(response);
      return undefined as S extends z.ZodType ? z.output<S> : undefined;
    }
    let parsed: unknown;
    try {
      parsed = await response.json();
    } catch {
      throw new ChatwootPlatformError(null, 'Chatwoot answered something that is not JSON');
    }
    const checked = schema.safeParse(parsed);
    if (!checked.success) throw new ChatwootPlatformError(null, 'Chatwoot answered an unexpected shape');
    return checked.data as S extends z.ZodType ? z.output<S> : undefined;
  }

  /** @inheritDoc */
  async setPassword(userId: number, password: string): Promise<void> {
    await this.request('PATCH', `/platform/api/v1/users/${userId}`, ChatwootUser, { password });
  }

  /** @inheritDoc */
  async createUser(input: { name: string; email: string; password: string }): Promise<number> {
    return (await this.request('POST', '/platform/api/v1/users', ChatwootUser, input)).id;
  }

  /** @inheritDoc */
  async addAccountUser(
    accountId: number,
    input: { user_id: number; role: 'agent' | 'administrator' },
  ): Promise<void> {
    await this.request(
      'POST',
      `/platform/api/v1/accounts/${accountId}/account_users`,
      ChatwootAccountUser,
      input,
    );
  }

  /** @inheritDoc */
  async deleteUser(userId: number): Promise<void> {
    await this.request('DELETE', `/platform/api/v1/users/${userId}`, undefined);
  }
}
