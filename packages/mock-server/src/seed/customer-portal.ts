import type { State } from '../store/records.js';
import { demoChatwootState } from '../store/upstreams/chatwoot/seed.js';
import { demoEvolutionState } from '../store/upstreams/evolution.js';
import { ACME_PROVIDER_CHATWOOT_USER_ID, DEMO_CUSTOMERS, DEMO_TENANTS } from './demo.js';
import { demoKbArticles } from './kb-articles.js';

/** Knowledge-base articles of both demo tenants. */
export function seedKnowledgeBase(state: State): void {
  state.kbArticles.push(...demoKbArticles());
}

/** One unread notification each for alice and carol, about the staff replies already in the demo threads. */
export function seedNotifications(state: State): void {
  state.notifications.push(
    {
      id: 'ntf_alice_login_reply',
      tenant_id: DEMO_TENANTS.acme,
      customer_id: DEMO_CUSTOMERS.alice,
      type: 'ticket_reply',
      title: 'New reply on "Cannot sign in on the mobile app"',
      body: 'Thanks Alice, could you tell us which app version you have?',
      ticket_id: 'thr_acme_login',
      read_at: null,
      created_at: '2026-01-01T10:00:00.000Z',
    },
    {
      id: 'ntf_carol_refund_resolved',
      tenant_id: DEMO_TENANTS.globex,
      customer_id: DEMO_CUSTOMERS.carol,
      type: 'ticket_status',
      title: 'Ticket "Refund for a duplicate payment" is now resolved',
      body: 'The status of your ticket changed to resolved.',
      ticket_id: 'thr_globex_refund',
      read_at: null,
      created_at: '2026-01-01T17:00:00.000Z',
    },
  );
}

/**
 * The emulated upstreams: Chatwoot account 1 with `provider@acme.test`'s user and a WhatsApp inbox
 * (`provider@globex.test` has no Chatwoot user yet), and one connected Evolution instance.
 */
export function seedUpstreams(state: State): void {
  const provider = state.users.find((u) => u.email === 'provider@acme.test');
  state.upstreams.chatwoot = demoChatwootState(
    provider ? { id: ACME_PROVIDER_CHATWOOT_USER_ID, name: provider.name, email: provider.email } : null,
  );
  state.upstreams.evolution = demoEvolutionState();
}
