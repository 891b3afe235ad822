import type { ChatwootState } from './records.js';

/** Demo credentials of the emulated Chatwoot: published demo values, valid only against the emulator. */
export const DEMO_CHATWOOT = {
  /** The Platform App token (`api_access_token` of the Platform API). */
  platformToken: 'demo-chatwoot-platform-token',
  /** An agent's API access token for the Application API. */
  apiAccessToken: 'demo-chatwoot-api-access-token',
  /** The demo account. */
  accountId: 1,
  /** The account's WhatsApp inbox. */
  whatsappInboxId: 1,
} as const;

/** The emulator's demo state: account 1 with `provider@acme.test`'s user (1001) and a WhatsApp inbox. */
export function demoChatwootState(
  providerUser: { id: number; name: string; email: string } | null,
): ChatwootState {
  const created_at = '2026-01-01T00:00:00.000Z';
  return {
    accounts: [{ id: DEMO_CHATWOOT.accountId, name: 'Acme Support' }],
    users: providerUser
      ? [{ ...providerUser, display_name: null, password_sha256: null, custom_attributes: {}, created_at }]
      : [],
    account_users: providerUser
      ? [{ account_id: DEMO_CHATWOOT.accountId, user_id: providerUser.id, role: 'agent', created_at }]
      : [],
    inboxes: [
      {
        id: DEMO_CHATWOOT.whatsappInboxId,
        account_id: DEMO_CHATWOOT.accountId,
        name: 'WhatsApp',
        channel_type: 'Channel::Api',
      },
    ],
    contacts: [],
    contact_inboxes: [],
    conversations: [],
    messages: [],
    webhook_deliveries: [],
    next_ids: { user: (providerUser?.id ?? 1000) + 1, contact: 1, conversation: 1, message: 1 },
    failure: null,
  };
}
