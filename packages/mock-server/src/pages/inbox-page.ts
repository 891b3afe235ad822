import { DEMO_LOGINS, DEMO_PASSWORD } from '../seed/demo.js';
import { escapeHtml, htmlDocument } from './html.js';

/** What the inbox page needs to know about the running server. */
export interface InboxPageOptions {
  /** The origin the server is reached at (the inbox's API base). */
  origin: string;
  /** Whether `/helpdock-inbox.js` is built (else the page says how to build it). */
  inboxBuilt: boolean;
}

/**
 * The staff inbox at `/inbox`: a sign-in form listing the demo staff logins, then
 * `<helpdock-inbox>` with the access token. The glue is `/inbox-page.js` ({@link inboxPageScript});
 * no inline script or style.
 */
export function inboxPageHtml({ origin, inboxBuilt }: InboxPageOptions): string {
  const staff = DEMO_LOGINS.filter((login) => login.role === 'admin' || login.role === 'ops');
  const buttons = staff
    .map(
      (login) =>
        `<li><button type="button" class="login-choice" data-email="${escapeHtml(login.email)}">${escapeHtml(login.email)} <span>${escapeHtml(login.role)}, ${escapeHtml(login.tenant)}</span></button></li>`,
    )
    .join('\n            ');
  const notBuilt = inboxBuilt
    ? ''
    : '<p class="note"><strong>The inbox is not built yet:</strong> run <code>npm run build</code>, then reload.</p>';
  const body = `    <main id="sign-in" class="sign-in" data-api-base="${escapeHtml(origin)}">
      <p class="eyebrow"><a href="/">Helpdock</a></p>
      <h1>Staff inbox</h1>
      ${notBuilt}
      <form id="sign-in-form" class="card" novalidate>
        <label for="email">Email</label>
        <input id="email" name="email" type="email" autocomplete="username" required>
        <label for="password">Password</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required>
        <p id="sign-in-error" class="error" role="alert"></p>
        <button type="submit" class="primary">Sign in</button>
      </form>
      <section aria-labelledby="staff-logins">
        <h2 id="staff-logins">Demo staff logins</h2>
        <p>Password <code>${escapeHtml(DEMO_PASSWORD)}</code>. Pick one to fill the form:</p>
        <ul class="login-choices">
            ${buttons}
        </ul>
      </section>
    </main>
    <div id="inbox-shell" class="inbox-shell" hidden>
      <header class="inbox-bar">
        <a href="/" class="brand">Helpdock</a>
        <h1 class="sr-only">Staff inbox</h1>
        <span id="signed-in-as"></span>
        <button type="button" id="sign-out">Sign out</button>
      </header>
      <main id="inbox-main" class="inbox-main"></main>
    </div>`;
  return htmlDocument({
    title: 'Helpdock staff inbox',
    bodyClass: 'inbox-page',
    head: '<script src="/helpdock-inbox.js" defer></script>\n    <script src="/inbox-page.js" defer></script>',
    body,
  });
}

/**
 * The browser code of `/inbox`, served as `/inbox-page.js` (its source text, run at load): signs
 * in, keeps the access token for this tab (sessionStorage), mounts `<helpdock-inbox>` and goes
 * back to the form on sign-out or when the inbox reports the token expired. Written here so it is
 * type-checked; it uses nothing outside its own body.
 */
export function inboxPageScript(): void {
  const KEY = 'helpdock.inbox.session';
  const signIn = document.getElementById('sign-in') as HTMLElement;
  const shell = document.getElementById('inbox-shell') as HTMLElement;
  const form = document.getElementById('sign-in-form') as HTMLFormElement;
  const email = document.getElementById('email') as HTMLInputElement;
  const password = document.getElementById('password') as HTMLInputElement;
  const error = document.getElementById('sign-in-error') as HTMLElement;
  const who = document.getElementById('signed-in-as') as HTMLElement;
  const main = document.getElementById('inbox-main') as HTMLElement;
  const apiBase = signIn.dataset.apiBase ?? location.origin;

  interface Session {
    token: string;
    email: string;
  }

  const show = (session: Session | null) => {
    main.querySelector('helpdock-inbox')?.remove();
    signIn.hidden = session !== null;
    shell.hidden = session === null;
    if (!session) {
      sessionStorage.removeItem(KEY);
      email.focus();
      return;
    }
    sessionStorage.setItem(KEY, JSON.stringify(session));
    who.textContent = session.email;
    const inbox = document.createElement('helpdock-inbox') as HTMLElement & { accessToken?: string };
    inbox.setAttribute('api-base', apiBase);
    inbox.setAttribute('theme', 'auto');
    inbox.accessToken = session.token;
    main.append(inbox);
  };

  for (const choice of document.querySelectorAll<HTMLButtonElement>('.login-choice')) {
    choice.addEventListener('click', () => {
      email.value = choice.dataset.email ?? '';
      password.value = 'helpdock-demo';
      form.requestSubmit();
    });
  }
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      const response = await fetch(`${apiBase}/api/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email.value.trim(), password: password.value }),
      });
      const body = await response.json();
      if (!response.ok) {
        error.textContent = body?.error?.message ?? 'Sign-in failed';
        return;
      }
      if (body.user.role !== 'admin' && body.user.role !== 'ops') {
        error.textContent = 'The inbox is for staff (admin or ops). Customers use /customer.';
        return;
      }
      password.value = '';
      show({ token: body.access_token, email: body.user.email });
    } catch {
      error.textContent = 'The server cannot be reached';
    }
  });
  document.getElementById('sign-out')?.addEventListener('click', () => show(null));
  shell.addEventListener('helpdock:unauthorized', () => {
    show(null);
    error.textContent = 'Your session has expired: sign in again.';
  });

  const saved = sessionStorage.getItem(KEY);
  show(saved ? (JSON.parse(saved) as Session) : null);
}
