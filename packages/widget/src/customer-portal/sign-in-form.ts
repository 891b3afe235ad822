import { HelpdockLiteClient } from '@helpdock/sdk/lite';
import type { HelpdockCustomerPortal } from './customer-portal.component.js';

/**
 * Signs in with a page's own form (fields `email` and `password`) and hands the customer's access
 * token to `portal` as a property; the form hides while signed in and comes back when the session
 * expires. A refused sign-in shows the server's message in the form's `[data-helpdock-sign-in-error]`.
 */
export function connectSignInForm(form: HTMLFormElement, portal: HelpdockCustomerPortal): void {
  const error = form.querySelector<HTMLElement>('[data-helpdock-sign-in-error]');
  const signedIn = (token: string): void => {
    portal.accessToken = token;
    portal.hidden = token === '';
    form.hidden = token !== '';
  };
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    const client = new HelpdockLiteClient({ baseUrl: portal.apiBase || location.origin });
    if (error) error.textContent = '';
    try {
      const login = await client.auth.login({
        email: String(data.get('email') ?? ''),
        password: String(data.get('password') ?? ''),
      });
      signedIn(login.access_token);
    } catch (failure) {
      if (error) error.textContent = failure instanceof Error ? failure.message : String(failure);
    }
  });
  portal.addEventListener('helpdock:session-expired', () => signedIn(''));
}
