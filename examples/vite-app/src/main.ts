// Importing the package defines <helpdock-bubble> and <helpdock-partner-attributes>.
import '@helpdock/widget';
import { HelpdockClient, HelpdockError, whatsappLink } from '@helpdock/sdk';

const apiBase = import.meta.env.VITE_HELPDOCK_API || location.origin;
const siteKey = 'pk_acme_demo';

const bubble = document.createElement('helpdock-bubble');
bubble.setAttribute('api-base', apiBase);
bubble.setAttribute('site-key', siteKey);
bubble.setAttribute('theme', 'auto');
document.body.append(bubble);

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const activity = byId<HTMLUListElement>('activity');
const log = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text; // user-typed text: always as text, never as HTML
  activity.append(item);
};

byId('open-support').addEventListener('click', () => {
  bubble.open = true;
});
bubble.addEventListener('helpdock:ticket-created', (event) => {
  log(`Conversation started (${event.detail.threadId ?? event.detail.ticketId})`);
});
bubble.addEventListener('helpdock:message', (event) => {
  if (event.detail.direction === 'in') log(`Support replied: ${event.detail.text}`);
});

// A typed call with the SDK: the site's public support settings.
const client = new HelpdockClient({ baseUrl: apiBase, siteKey });
const status = byId('support-status');
try {
  const config = await client.public.config();
  status.textContent = config.support_bubble_enabled ? 'Support is online.' : 'Support is offline.';
  if (config.whatsapp_number) {
    const link = byId<HTMLAnchorElement>('whatsapp');
    link.href = whatsappLink(config.whatsapp_number, 'Hi! I have a question about my account.');
    link.hidden = false;
  }
} catch (error) {
  status.textContent =
    error instanceof HelpdockError ? `Support is unreachable (${error.code}).` : 'Support is unreachable.';
}
