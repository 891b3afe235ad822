import { equalSecrets } from '../../../core/ids.js';
import type { StoreContext } from '../../context.js';
import { ChatwootApplicationApi } from './application.js';
import { ChatwootHttpError } from './errors.js';
import { ChatwootPlatformApi } from './platform.js';
import type { ChatwootFailure, ChatwootState } from './records.js';
import { DEMO_CHATWOOT, demoChatwootState } from './seed.js';
import { ChatwootViews } from './views.js';

/**
 * The emulated Chatwoot (SPEC §8, §10) over `state.upstreams.chatwoot`: its Platform API
 * ({@link ChatwootPlatformApi}) and Application API ({@link ChatwootApplicationApi}), the tokens
 * that open them, and failures injected on purpose ({@link setFailure}) so tests see Chatwoot
 * erroring. Answers are shaped like Chatwoot's; errors are {@link ChatwootHttpError}s.
 */
export class ChatwootEmulator {
  /** Users and account memberships (`/platform/api/v1`). */
  readonly platform: ChatwootPlatformApi;
  /** Contacts, conversations and messages (`/api/v1/accounts/{account_id}`). */
  readonly application: ChatwootApplicationApi;

  constructor(private readonly ctx: StoreContext) {
    const state = () => this.state;
    const views = new ChatwootViews(state);
    this.platform = new ChatwootPlatformApi(ctx, state, views);
    this.application = new ChatwootApplicationApi(ctx, state, views);
  }

  /** The emulator's state (an empty account set when the seed has none). */
  get state(): ChatwootState {
    const slot = this.ctx.state.upstreams;
    slot.chatwoot ??= demoChatwootState(null);
    return slot.chatwoot;
  }

  /** The demo tokens and ids (for tests and local setups; never shown by the control API). */
  credentials(): typeof DEMO_CHATWOOT {
    return DEMO_CHATWOOT;
  }

  /** True when `token` is the Platform App token (compared in constant time). */
  isPlatformToken(token: string | null): boolean {
    return equalSecrets(token, DEMO_CHATWOOT.platformToken);
  }

  /** True when `token` is the API access token of an agent of `accountId` (compared in constant time). */
  isApiToken(token: string | null, accountId: number): boolean {
    return equalSecrets(token, DEMO_CHATWOOT.apiAccessToken) && accountId === DEMO_CHATWOOT.accountId;
  }

  /** Makes the next `times` calls in `scope` (all of them when `times` is null) answer `status`; null clears. */
  setFailure(failure: ChatwootFailure | null): void {
    this.state.failure = failure;
  }

  /** Throws the injected failure for a call in `scope`, counting it down. */
  checkFailure(scope: 'platform' | 'application'): void {
    const failure = this.state.failure;
    if (!failure || (failure.scope !== 'all' && failure.scope !== scope)) return;
    if (failure.remaining !== null) {
      failure.remaining -= 1;
      if (failure.remaining <= 0) this.state.failure = null;
    }
    throw new ChatwootHttpError(failure.status, {
      error: failure.status === 404 ? 'Resource could not be found' : 'Injected failure',
    });
  }

  /** Records the outcome of a webhook delivery. */
  recordDelivery(
    event: string,
    messageId: number,
    outcome: { status: number | null; error: string | null },
  ): void {
    this.state.webhook_deliveries.push({ event, message_id: messageId, ...outcome, at: this.ctx.nowIso() });
  }
}
