import type { PublicConfig, SupportConfig } from '@helpdock/sdk/schemas';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';

/** Configuration of a tenant with nothing set yet. */
export const defaultSupportConfig = (): SupportConfig => ({
  WHATSAPP_NUMBER: null,
  SUPPORT_BUBBLE_ENABLED: true,
  OPS_SUPPORT_EMAIL: null,
  SUPPORT_PORTAL_BASE_URL: 'http://localhost:4010',
  TOKEN_DEFAULT_EXPIRY_DAYS: 7,
});

/** Support configuration per tenant (SPEC §3): typed keys only, partial updates. */
export class ConfigStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: { audit: AuditStore },
  ) {}

  /** The whole configuration of a tenant. */
  get(tenantId: string): SupportConfig {
    return { ...(this.ctx.state.config[tenantId] ?? defaultSupportConfig()) };
  }

  /** Applies a validated partial update and returns the whole configuration. */
  update(actor: Actor, patch: Partial<SupportConfig>): SupportConfig {
    const next = { ...this.get(actor.tenantId), ...patch };
    this.ctx.state.config[actor.tenantId] = next;
    this.deps.audit.record(actor, 'config.update');
    return { ...next };
  }

  /** What the public bubble may know. */
  publicView(tenantId: string): PublicConfig {
    const config = this.get(tenantId);
    return { whatsapp_number: config.WHATSAPP_NUMBER, support_bubble_enabled: config.SUPPORT_BUBBLE_ENABLED };
  }
}
