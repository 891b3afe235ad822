import * as z from 'zod';

const Field = z.string().trim().min(1).max(200);

/** Chotot partner data. */
export const ChototAttributes = z.object({ chotot_id: Field, chotot_oid: Field });
export type ChototAttributes = z.infer<typeof ChototAttributes>;

/** `GET /api/v1/profile/attributes` response: the system token itself is never returned. */
export const PartnerAttributes = z
  .object({
    chotot: ChototAttributes.nullable(),
    whatsapp: z.object({ whatsapp_phone_number_id: Field, has_system_token: z.boolean() }).nullable(),
  })
  .meta({ id: 'PartnerAttributes' });
export type PartnerAttributes = z.infer<typeof PartnerAttributes>;

/**
 * `PUT /api/v1/profile/attributes` body: an omitted partner is unchanged, `null` removes it,
 * an omitted `whatsapp_system_token` keeps the stored one.
 */
export const UpdatePartnerAttributesRequest = z
  .object({
    chotot: ChototAttributes.strict().nullable().optional(),
    whatsapp: z
      .strictObject({
        whatsapp_phone_number_id: Field,
        whatsapp_system_token: z.string().min(1).max(2000).optional(),
      })
      .nullable()
      .optional(),
  })
  .strict();
export type UpdatePartnerAttributesRequest = z.input<typeof UpdatePartnerAttributesRequest>;

/** `POST /api/v1/chatwoot/support-access/reset` response. */
export const SupportAccessResetResponse = z
  .object({ success: z.literal(true), data: z.string() })
  .meta({ id: 'SupportAccessResetResponse' });
export type SupportAccessResetResponse = z.infer<typeof SupportAccessResetResponse>;
