import type { Actor } from '../store/context.js';
import type { Store } from '../store/store.js';
import { mintToken } from '../store/tokens.js';

/** The demo assignment the landing page's fresh portal link covers. */
export const DEMO_ASSIGNMENT_ID = 'asg_4411';

/**
 * Issues a portal token for the demo assignment (one day), as staff would from the inbox, and
 * returns the secret; undefined when the store holds no thread of that assignment (empty seed).
 */
export async function issueDemoPortalToken(store: Store): Promise<string | undefined> {
  const thread = store.state.threads.find((t) => t.assignment_id === DEMO_ASSIGNMENT_ID);
  if (!thread) return undefined;
  const actor: Actor = { requestId: 'landing-page', tenantId: thread.tenant_id, userId: null };
  const minted = await mintToken();
  const config = store.config.get(thread.tenant_id);
  store.tokens.issue(
    actor,
    minted,
    { assignment_id: DEMO_ASSIGNMENT_ID, expires_in_days: 1 },
    config.SUPPORT_PORTAL_BASE_URL,
  );
  return minted.token;
}
