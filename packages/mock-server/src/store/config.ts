import type { PublicConfig, SupportConfig, SupportConfigView } from '@helpdock/sdk/schemas';
import { iso } from '../clock.js';
import type { AuditStore } from './audit.js';
import { openState } from './availability.js';
import type { Actor, StoreContext } from './context.js';
import type { IdentitySecretStatus } from './host-identity.js';

/** Configuration of a tenant with nothing set yet. */
export const defaultSupportConfig = (): SupportConfig => ({
  WHATSAPP_NUMBER: null,
  SUPPORT_BUBBLE_ENABLED: true,
  OPS_SUPPORT_EMAIL: null,
  SUPPORT_PORTAL_BASE_URL: 'http://localhost:4010',
  TOKEN_DEFAULT_EXPIRY_DAYS: 7,
  BUSINESS_HOURS: null,
  AWAY_MESSAGE: null,
  REPLY_TIME: 'hours',
});

/** Support configuration per tenant (SPEC §3): typed keys only, partial updates. */
export class ConfigStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: { audit: AuditStore; identitySecret: (tenantId: string) => IdentitySecretStatus },
  ) {}

  /** The whole configuration of a tenant. */
  get(tenantId: string): SupportConfig {
    // Defaults first: a tenant stored before a key existed gets its default.
    return { ...defaultSupportConfig(), ...this.ctx.state.config[tenantId] };
  }

  /** What an admin sees: the settings and whether an identity secret is set (never the secret). */
  view(tenantId: string): SupportConfigView {
    return { ...this.get(tenantId), ...this.deps.identitySecret(tenantId) };
  }

  /** Applies a validated partial update and returns the admin's view of the whole configuration. */
  update(actor: Actor, patch: Partial<SupportConfig>): SupportConfigView {
    this.ctx.state.config[actor.tenantId] = { ...this.get(actor.tenantId), ...patch };
    this.deps.audit.record(actor, 'config.update');
    return this.view(actor.tenantId);
  }

  /**
   * What the public bubble may know, availability included: open or not on the server's clock in
   * the business's time zone; the away message only while closed.
   */
  publicView(tenantId: string): PublicConfig {
    const config = this.get(tenantId);
    const { online, nextOpenAt } = openState(config.BUSINESS_HOURS, this.ctx.clock.now());
    return {
      whatsapp_number: config.WHATSAPP_NUMBER,
      support_bubble_enabled: config.SUPPORT_BUBBLE_ENABLED,
      availability: {
        online,
        next_open_at: nextOpenAt === null ? null : iso(nextOpenAt),
        reply_time: config.REPLY_TIME,
      },
      away_message: online ? null : config.AWAY_MESSAGE,
    };
  }
}
