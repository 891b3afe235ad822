import { fail } from '../core/errors.js';
import type { StoreContext } from './context.js';
import type { TenantRecord, UserRecord } from './records.js';

/** Tenants and users (read-only at runtime except where a domain says otherwise). */
export class DirectoryStore {
  constructor(private readonly ctx: StoreContext) {}

  /** The tenant with this id; 404 when none. */
  tenant(id: string): TenantRecord {
    const tenant = this.ctx.state.tenants.find((t) => t.id === id);
    if (!tenant) throw fail.notFound('Tenant');
    return tenant;
  }

  /**
   * The tenant of a public request: by site key when one is given (404 for an unknown key),
   * else the default tenant.
   */
  tenantForSiteKey(siteKey: string | undefined): TenantRecord {
    const { tenants } = this.ctx.state;
    const tenant =
      siteKey === undefined
        ? (tenants.find((t) => t.is_default) ?? tenants[0])
        : tenants.find((t) => t.site_key === siteKey);
    if (!tenant) throw fail.notFound(siteKey === undefined ? 'Default site' : 'Site for this key');
    return tenant;
  }

  /**
   * The user with this email (case-insensitive) who signs in with a password, if any: a customer the
   * site vouches for (host-signed identity) has none and is never found by email.
   */
  userByEmail(email: string): UserRecord | undefined {
    const wanted = email.trim().toLowerCase();
    return this.ctx.state.users.find((u) => u.password !== null && u.email.toLowerCase() === wanted);
  }

  /** The user with this id, if any. */
  user(id: string): UserRecord | undefined {
    return this.ctx.state.users.find((u) => u.id === id);
  }

  /** The customer user of a tenant with this customer id, if any. */
  customer(tenantId: string, customerId: string): UserRecord | undefined {
    return this.ctx.state.users.find((u) => u.tenant_id === tenantId && u.customer_id === customerId);
  }

  /** Staff (admin and ops) of a tenant. */
  staff(tenantId: string): UserRecord[] {
    return this.ctx.state.users.filter(
      (u) => u.tenant_id === tenantId && (u.role === 'admin' || u.role === 'ops'),
    );
  }
}
