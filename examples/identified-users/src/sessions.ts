import { randomBytes } from 'node:crypto';
import type { SiteAccount } from './accounts.js';

/** Name of the site's own session cookie. */
export const SESSION_COOKIE = 'garden_session';

/** The site's sign-in sessions, in memory: a random id in an HttpOnly cookie names the account. */
export class Sessions {
  private readonly byId = new Map<string, SiteAccount>();

  /** Starts a session for `account`; returns the `Set-Cookie` value. */
  start(account: SiteAccount): string {
    const id = randomBytes(32).toString('base64url');
    this.byId.set(id, account);
    return `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Lax; Path=/`;
  }

  /** The account of the request's session cookie, if it names a live session. */
  accountOf(cookieHeader: string | undefined): SiteAccount | undefined {
    const id = sessionIdOf(cookieHeader);
    return id === undefined ? undefined : this.byId.get(id);
  }

  /** Ends the request's session; returns the `Set-Cookie` value that clears the cookie. */
  end(cookieHeader: string | undefined): string {
    const id = sessionIdOf(cookieHeader);
    if (id !== undefined) this.byId.delete(id);
    return `${SESSION_COOKIE}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0`;
  }
}

function sessionIdOf(cookieHeader: string | undefined): string | undefined {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}
