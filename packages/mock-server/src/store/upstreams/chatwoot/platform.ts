import type * as z from 'zod';
import { sha256Hex } from '../../../core/ids.js';
import type { StoreContext } from '../../context.js';
import { notFound, unprocessable } from './errors.js';
import type { ChatwootState, ChatwootUserRecord } from './records.js';
import type { AccountUserCreate, UserCreate, UserUpdate } from './requests.js';
import type { ChatwootViews, Json } from './views.js';

/**
 * The emulated Platform API (`/platform/api/v1`): users and account memberships, as a Platform App
 * (the support-access reset, seed 000) uses them.
 */
export class ChatwootPlatformApi {
  constructor(
    private readonly ctx: StoreContext,
    private readonly state: () => ChatwootState,
    private readonly views: ChatwootViews,
  ) {}

  private user(id: number): ChatwootUserRecord {
    const user = this.state().users.find((u) => u.id === id);
    if (!user) throw notFound();
    return user;
  }

  private assertEmailFree(email: string, exceptId: number | null): void {
    if (this.state().users.some((u) => u.id !== exceptId && u.email === email)) {
      throw unprocessable('Email has already been taken');
    }
  }

  /** `POST /platform/api/v1/users`: 422 when the email is taken. Only the password's SHA-256 is kept. */
  async createUser(input: z.output<typeof UserCreate>): Promise<Json> {
    const password_sha256 = await sha256Hex(input.password);
    const email = input.email.toLowerCase();
    this.assertEmailFree(email, null);
    const user: ChatwootUserRecord = {
      id: this.state().next_ids.user++,
      name: input.name,
      display_name: input.display_name ?? null,
      email,
      password_sha256,
      custom_attributes: input.custom_attributes ?? {},
      created_at: this.ctx.nowIso(),
    };
    this.state().users.push(user);
    return this.views.user(user);
  }

  /** `GET /platform/api/v1/users/{id}`. */
  getUser(id: number): Json {
    return this.views.user(this.user(id));
  }

  /** `PATCH /platform/api/v1/users/{id}`: changes the given fields; custom attributes are merged. */
  async updateUser(id: number, change: z.output<typeof UserUpdate>): Promise<Json> {
    const password_sha256 = change.password === undefined ? undefined : await sha256Hex(change.password);
    const user = this.user(id);
    const email = change.email?.toLowerCase();
    if (email !== undefined) this.assertEmailFree(email, id);
    if (change.name !== undefined) user.name = change.name;
    if (email !== undefined) user.email = email;
    if (change.display_name !== undefined) user.display_name = change.display_name;
    if (password_sha256 !== undefined) user.password_sha256 = password_sha256;
    if (change.custom_attributes !== undefined) {
      user.custom_attributes = { ...user.custom_attributes, ...change.custom_attributes };
    }
    return this.views.user(user);
  }

  /** `DELETE /platform/api/v1/users/{id}` (and its account memberships). */
  deleteUser(id: number): void {
    this.user(id);
    const state = this.state();
    state.users = state.users.filter((u) => u.id !== id);
    state.account_users = state.account_users.filter((au) => au.user_id !== id);
  }

  /** `POST /platform/api/v1/accounts/{account_id}/account_users` (adding twice updates the role). */
  addAccountUser(accountId: number, input: z.output<typeof AccountUserCreate>): Json {
    const state = this.state();
    if (!state.accounts.some((a) => a.id === accountId)) throw notFound();
    this.user(input.user_id);
    const existing = state.account_users.find(
      (au) => au.account_id === accountId && au.user_id === input.user_id,
    );
    if (existing) existing.role = input.role;
    else {
      state.account_users.push({
        account_id: accountId,
        user_id: input.user_id,
        role: input.role,
        created_at: this.ctx.nowIso(),
      });
    }
    return { account_id: accountId, user_id: input.user_id, role: input.role };
  }
}
