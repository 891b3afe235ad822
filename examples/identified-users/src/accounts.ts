/** One account of the example site's own sign-in (nothing to do with Helpdock accounts). */
export interface SiteAccount {
  /** The site's stable user id: the `sub` of the user token, Helpdock's external id. */
  id: string;
  /** What the user types to sign in. */
  username: string;
  /** The demo password (a real site checks a password hash). */
  password: string;
  /** Shown in the page and sent as the token's `name`. */
  name: string;
  /** Sent as the token's `email`. */
  email: string;
}

/** The demo accounts of the example site. */
export const SITE_ACCOUNTS: readonly SiteAccount[] = [
  { id: 'site-user-ana', username: 'ana', password: 'site-demo', name: 'Ana Lima', email: 'ana@garden.test' },
  {
    id: 'site-user-ben',
    username: 'ben',
    password: 'site-demo',
    name: 'Ben Okafor',
    email: 'ben@garden.test',
  },
];

/** The account with these credentials, or undefined. */
export function checkCredentials(username: string, password: string): SiteAccount | undefined {
  return SITE_ACCOUNTS.find((a) => a.username === username && a.password === password);
}
