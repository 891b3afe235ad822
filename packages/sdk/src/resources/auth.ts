import { APIPromise } from '../core/api-promise.js';
import type { RequestOptions, RouteBodyInput, RouteResponse } from '../core/http.js';
import * as routes from '../schemas/route-specs.generated.js';
import type { Routes } from '../schemas/routes/index.js';
import { APIResource } from './resource.js';

/** `POST /api/auth/login` body, as callers write it. */
export type LoginParams = RouteBodyInput<Routes['login']>;
/** `POST /api/auth/login` result. */
export type LoginResult = RouteResponse<Routes['login']>;

/** Options of {@link Auth.login}. */
export interface LoginOptions extends RequestOptions {
  /** Keep the returned token on the client for the next calls (default `true`). */
  setToken?: boolean | undefined;
}

/** Signing in (SPEC §2). */
export class Auth extends APIResource {
  /**
   * Signs in with email and password. Unless `setToken: false`, the client keeps the returned
   * `access_token` for every following call (see `setAccessToken`); `.asResponse()` leaves it alone.
   * @throws {AuthenticationError} for an unknown email or a wrong password (same answer for both).
   * @throws {RateLimitError} after 5 failures for one email in 15 minutes.
   *
   * @example
   * ```ts
   * const { user } = await client.auth.login({ email: 'admin@acme.test', password });
   * ```
   */
  login(credentials: LoginParams, options: LoginOptions = {}): APIPromise<LoginResult> {
    return new APIPromise(this.core.send(routes.login, { body: credentials }, options), async (raw) => {
      const result = await this.core.parseJson(raw, routes.login, options);
      if (options.setToken !== false) this.core.setAccessToken(result.access_token);
      return result;
    });
  }
}
