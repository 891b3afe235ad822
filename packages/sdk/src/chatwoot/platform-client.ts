import type { z } from 'zod';
import { type UpstreamConfig, upstreamRequest } from '../core/upstream.js';
import {
  ChatwootAccountUser,
  type ChatwootAccountUserRequest,
  type ChatwootCreateUserRequest,
  type ChatwootUpdateUserRequest,
  ChatwootUser,
} from '../schemas/chatwoot.js';
import { generatePassword } from './password.js';

/**
 * Options of {@link ChatwootPlatformClient}.
 *
 * @example
 * ```ts
 * new ChatwootPlatformClient({ baseUrl: 'https://chatwoot.example.com', platformToken, accountId: 1 });
 * ```
 */
export interface ChatwootPlatformOptions {
  /** Chatwoot origin, e.g. `https://chatwoot.example.com`. */
  baseUrl: string;
  /** Token of a Platform App (SuperAdmin → Platform Apps), sent as `api_access_token`. */
  platformToken: string;
  /** Account that {@link ChatwootPlatformClient.provisionAgent} adds agents to. */
  accountId?: number | undefined;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch | undefined;
}

/** What {@link ChatwootPlatformClient.provisionAgent} returns: the user and the password it was given. */
export interface ProvisionedAgent {
  /** The Chatwoot user. */
  user: ChatwootUser;
  /** The generated password, to hand to the person (never log it). */
  password: string;
}

/**
 * Chatwoot's Platform API (server-only): users and account memberships, as seed 000 uses them.
 * Requests follow Chatwoot's swagger (`swagger/paths/platform/users/*.yml`,
 * `swagger/paths/platform/account_users/create.yml` in github.com/chatwoot/chatwoot).
 *
 * @example
 * ```ts
 * const platform = new ChatwootPlatformClient({ baseUrl, platformToken, accountId: 1 });
 * const { user, password } = await platform.provisionAgent({ name: 'Ana', email: 'ana@acme.test' });
 * ```
 */
export class ChatwootPlatformClient {
  #config: UpstreamConfig;
  #accountId: number | undefined;

  /** Users: `POST/GET/PATCH/DELETE /platform/api/v1/users[/{id}]`. */
  readonly users: {
    /**
     * Creates a Chatwoot user (not yet a member of any account; see `accountUsers.add`). Chatwoot
     * rejects weak passwords, which is why {@link ChatwootPlatformClient.provisionAgent} generates one.
     * @throws {UpstreamError} when Chatwoot refuses the user, e.g. an email already taken.
     */
    create(body: ChatwootCreateUserRequest): Promise<ChatwootUser>;
    /**
     * Fetches a user by id. The Platform API only sees users that this Platform App created.
     * @throws {UpstreamError} when the user is unknown or not owned by this Platform App.
     */
    get(id: number): Promise<ChatwootUser>;
    /**
     * Changes the given fields of a user (name, email, password, custom attributes); fields left
     * out stay as they are.
     * @throws {UpstreamError} when Chatwoot refuses the change.
     */
    update(id: number, body: ChatwootUpdateUserRequest): Promise<ChatwootUser>;
    /**
     * Deletes a user; resolves with nothing once Chatwoot confirms.
     * {@link ChatwootPlatformClient.provisionAgent} uses it to undo a user whose membership failed.
     * @throws {UpstreamError} when the user is unknown or not owned by this Platform App.
     */
    delete(id: number): Promise<void>;
  };

  /** Account memberships: `POST /platform/api/v1/accounts/{account_id}/account_users`. */
  readonly accountUsers: {
    /**
     * Makes a user a member of an account with the role `agent` or `administrator`.
     * @throws {UpstreamError} when Chatwoot refuses, e.g. an unknown user or account.
     */
    add(accountId: number, body: ChatwootAccountUserRequest): Promise<ChatwootAccountUser>;
  };

  constructor(options: ChatwootPlatformOptions) {
    this.#config = {
      name: 'Chatwoot',
      baseUrl: options.baseUrl,
      headers: { api_access_token: options.platformToken },
      fetch: options.fetch,
    };
    this.#accountId = options.accountId;
    const call = <S extends z.ZodType>(method: string, path: string, schema: S | undefined, body?: unknown) =>
      upstreamRequest(this.#config, method, path, schema, body);
    this.users = {
      create: (body) => call('POST', '/platform/api/v1/users', ChatwootUser, body),
      get: (id) => call('GET', `/platform/api/v1/users/${userId(id)}`, ChatwootUser),
      update: (id, body) => call('PATCH', `/platform/api/v1/users/${userId(id)}`, ChatwootUser, body),
      delete: async (id) => {
        await call('DELETE', `/platform/api/v1/users/${userId(id)}`, undefined);
      },
    };
    this.accountUsers = {
      add: (accountId, body) =>
        call(
          'POST',
          `/platform/api/v1/accounts/${userId(accountId)}/account_users`,
          ChatwootAccountUser,
          body,
        ),
    };
  }

  /**
   * Creates a user with a generated password (≥ 16 characters: upper, lower, digit, special) and adds
   * it to the account as an `agent`. If adding fails the new user is deleted again, so nothing is
   * left half-made.
   * @throws {UpstreamError} when Chatwoot refuses a step.
   */
  async provisionAgent(person: {
    name: string;
    email: string;
    accountId?: number;
  }): Promise<ProvisionedAgent> {
    const accountId = person.accountId ?? this.#accountId;
    if (accountId === undefined)
      throw new TypeError('provisionAgent needs an accountId (option or argument)');
    const password = generatePassword();
    const user = await this.users.create({ name: person.name, email: person.email, password });
    try {
      await this.accountUsers.add(accountId, { user_id: user.id, role: 'agent' });
    } catch (error) {
      await this.users.delete(user.id).catch(() => undefined);
      throw error;
    }
    return { user, password };
  }
}

const userId = (id: number) => {
  if (!Number.isInteger(id) || id <= 0) throw new TypeError(`Not a Chatwoot id: ${id}`);
  return String(id);
};
