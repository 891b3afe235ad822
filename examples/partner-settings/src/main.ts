// Importing the package defines <helpdock-partner-attributes> (and <helpdock-bubble>).
import '@helpdock/widget';
import { AuthenticationError, HelpdockClient, RateLimitError } from '@helpdock/sdk';
import type { HelpdockPartnerAttributes } from '@helpdock/widget';

const apiBase = import.meta.env.VITE_HELPDOCK_API || location.origin;
const client = new HelpdockClient({ baseUrl: apiBase });

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signIn = byId<HTMLFormElement>('sign-in');
const signInError = byId('sign-in-error');
const account = byId('account');
const status = byId('partner-status');
const form = document.querySelector('helpdock-partner-attributes') as HelpdockPartnerAttributes;
form.setAttribute('api-base', apiBase);

signIn.addEventListener('submit', async (event) => {
  event.preventDefault();
  const data = new FormData(signIn);
  signInError.textContent = '';
  try {
    const session = await client.auth.login({
      email: String(data.get('email')),
      password: String(data.get('password')),
    });
    // A property, never an attribute: the token stays out of the DOM.
    form.accessToken = session.access_token;
    byId('signed-in-as').textContent = `Signed in as ${session.user.email}.`;
    status.textContent = session.has_partner_attributes ? '' : 'Tell us which partners you work with.';
    signIn.hidden = true;
    account.hidden = false;
    signIn.reset();
  } catch (error) {
    if (error instanceof AuthenticationError) signInError.textContent = 'Wrong email or password.';
    else if (error instanceof RateLimitError) signInError.textContent = 'Too many attempts. Try again later.';
    else signInError.textContent = 'Could not sign in. Check your connection and try again.';
  }
});

byId('sign-out').addEventListener('click', () => {
  form.accessToken = '';
  client.setAccessToken(null);
  account.hidden = true;
  signIn.hidden = false;
  status.textContent = '';
});

form.addEventListener('helpdock:partner-attributes-saved', (event) => {
  const { whatsapp, chotot } = event.detail.attributes;
  const partners =
    [chotot && 'Chotot', whatsapp && 'WhatsApp'].filter(Boolean).join(' and ') || 'no partners';
  status.textContent = `Saved: ${partners}.`;
});
form.addEventListener('helpdock:partner-attributes-skipped', () => {
  status.textContent = 'Skipped: you can set this up later.';
});
