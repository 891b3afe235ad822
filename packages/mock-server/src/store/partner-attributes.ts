import type { PartnerAttributes } from '@helpdock/sdk/schemas';
import { DecryptionError, type SecretBox } from '../core/crypto.js';
import { randomId } from '../core/ids.js';
import type { AuditStore } from './audit.js';
import type { Actor, StoreContext } from './context.js';
import type { UserAttributeRecord, UserRecord } from './records.js';

/** The attribute keys of each partner and their tags (seed 004). */
export const PARTNER_KEYS = {
  chotot_id: ['chotot'],
  chotot_oid: ['chotot'],
  whatsapp_phone_number_id: ['whatsapp'],
  whatsapp_system_token: ['whatsapp', 'sensitive'],
} as const satisfies Record<string, readonly string[]>;

/** A partner attribute key. */
export type PartnerKey = keyof typeof PARTNER_KEYS;

/** `PUT /api/v1/profile/attributes` input, as validated. */
export interface PartnerAttributesUpdate {
  /** Chợ Tốt ids; null removes them, undefined leaves them as they are. */
  chotot?:
    | {
        /** The user's id at Chợ Tốt. */
        chotot_id: string;
        /** The Chợ Tốt `oid` that goes with `chotot_id`. */
        chotot_oid: string;
      }
    | null
    | undefined;
  /** WhatsApp Business settings; null removes them, undefined leaves them as they are. */
  whatsapp?:
    | {
        /** The WhatsApp Business phone number id. */
        whatsapp_phone_number_id: string;
        /** The WhatsApp system-user token (stored encrypted); undefined keeps the stored one. */
        whatsapp_system_token?: string | undefined;
      }
    | null
    | undefined;
}

/** The associated data that binds a sensitive value to its user and key (a swapped ciphertext fails to open). */
export const attributeBinding = (userId: string, key: string): string =>
  `helpdock:user-attribute:v1|${userId}|${key}`;

/** A stored sensitive value could not be decrypted: tampered, moved to another user or key, or an unknown key id. */
export class SensitiveAttributeError extends Error {
  /** Always `SensitiveAttributeError`, to tell it apart in logs. */
  override name = 'SensitiveAttributeError';
}

/**
 * Partner attributes (SPEC §6) stored as tagged user attributes. Values tagged `sensitive` are sealed
 * with AES-256-GCM before they reach the state (the ciphertext and key id are all that is kept), so no
 * plaintext of one exists in the store. Reads never decrypt: they only say whether a token is set.
 */
export class PartnerAttributeStore {
  constructor(
    private readonly ctx: StoreContext,
    private readonly deps: { audit: AuditStore; box: SecretBox },
  ) {}

  private attributesOf(userId: string): UserAttributeRecord[] {
    return this.ctx.state.userAttributes.filter((a) => a.user_id === userId);
  }

  private value(userId: string, key: PartnerKey): UserAttributeRecord | undefined {
    return this.ctx.state.userAttributes.find((a) => a.user_id === userId && a.key === key);
  }

  /** True when the user has any attribute tagged `chotot` or `whatsapp` (login's `has_partner_attributes`). */
  hasAny(userId: string): boolean {
    return this.attributesOf(userId).some((a) => a.tags.includes('chotot') || a.tags.includes('whatsapp'));
  }

  /** The GET shape: partner values, and for the system token only whether one is stored. */
  view(userId: string): PartnerAttributes {
    const chototId = this.value(userId, 'chotot_id');
    const chototOid = this.value(userId, 'chotot_oid');
    const phone = this.value(userId, 'whatsapp_phone_number_id');
    return {
      chotot: chototId && chototOid ? { chotot_id: chototId.value, chotot_oid: chototOid.value } : null,
      whatsapp: phone
        ? {
            whatsapp_phone_number_id: phone.value,
            has_system_token: this.value(userId, 'whatsapp_system_token') !== undefined,
          }
        : null,
    };
  }

  /**
   * Applies a PUT: an omitted partner is unchanged, `null` removes it, an omitted token keeps the
   * stored one. The token is sealed first; then every change is applied at once (synchronously).
   */
  async update(actor: Actor, user: UserRecord, input: PartnerAttributesUpdate): Promise<PartnerAttributes> {
    const token = input.whatsapp?.whatsapp_system_token;
    const sealed =
      token === undefined
        ? undefined
        : await this.deps.box.seal(token, attributeBinding(user.id, 'whatsapp_system_token'));
    const changes: [PartnerKey, { value: string; key_id: string | null } | null][] = [];
    if (input.chotot === null) changes.push(['chotot_id', null], ['chotot_oid', null]);
    else if (input.chotot) {
      changes.push(
        ['chotot_id', { value: input.chotot.chotot_id, key_id: null }],
        ['chotot_oid', { value: input.chotot.chotot_oid, key_id: null }],
      );
    }
    if (input.whatsapp === null) {
      changes.push(['whatsapp_phone_number_id', null], ['whatsapp_system_token', null]);
    } else if (input.whatsapp) {
      changes.push([
        'whatsapp_phone_number_id',
        { value: input.whatsapp.whatsapp_phone_number_id, key_id: null },
      ]);
      if (sealed) changes.push(['whatsapp_system_token', { value: sealed.ciphertext, key_id: sealed.keyId }]);
    }
    for (const [key, next] of changes) this.put(user, key, next);
    this.deps.audit.record(actor, 'profile.attributes.update');
    return this.view(user.id);
  }

  private put(
    user: UserRecord,
    key: PartnerKey,
    next: { value: string; key_id: string | null } | null,
  ): void {
    const attributes = this.ctx.state.userAttributes;
    const index = attributes.findIndex((a) => a.user_id === user.id && a.key === key);
    if (next === null) {
      if (index !== -1) attributes.splice(index, 1);
      return;
    }
    const record: UserAttributeRecord = {
      id: attributes[index]?.id ?? randomId('uat'),
      tenant_id: user.tenant_id,
      user_id: user.id,
      key,
      value: next.value,
      tags: [...PARTNER_KEYS[key]],
      key_id: next.key_id,
      updated_at: this.ctx.nowIso(),
    };
    if (index === -1) attributes.push(record);
    else attributes[index] = record;
  }

  /**
   * The decrypted WhatsApp system token of a user, for server-side use only (never for a response);
   * `null` when none is stored. Throws {@link SensitiveAttributeError} when the stored value does not
   * open (tampered, swapped, or sealed with a key that is not configured) — never returns garbage.
   */
  async revealSystemToken(userId: string): Promise<string | null> {
    const stored = this.value(userId, 'whatsapp_system_token');
    if (!stored) return null;
    if (stored.key_id === null) throw new SensitiveAttributeError('The stored token is not encrypted');
    try {
      return await this.deps.box.open(
        { ciphertext: stored.value, keyId: stored.key_id },
        attributeBinding(userId, stored.key),
      );
    } catch (error) {
      if (error instanceof DecryptionError) {
        throw new SensitiveAttributeError(
          `The stored WhatsApp system token cannot be decrypted: ${error.message}`,
        );
      }
      throw error;
    }
  }
}
