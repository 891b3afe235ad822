import * as z from 'zod';
import { Id, Timestamp } from './common.js';

/** Roles of SPEC §2: staff (`admin`, `ops`), `customer` and `provider`. */
export const Role = z.enum(['admin', 'ops', 'customer', 'provider']);
export type Role = z.infer<typeof Role>;

/** `POST /api/auth/login` body. */
export const LoginRequest = z.strictObject({
  email: z.email().max(254),
  password: z.string().min(1).max(200),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

/** The signed-in user as the login response describes them. */
export const User = z
  .object({
    id: Id,
    email: z.string(),
    name: z.string(),
    role: Role,
    tenant_id: Id,
    customer_id: Id.nullable(),
  })
  .meta({ id: 'User' });
export type User = z.infer<typeof User>;

/** `POST /api/auth/login` response. */
export const LoginResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal('bearer'),
    expires_in: z.number().int().positive(),
    user: User,
    has_partner_attributes: z.boolean(),
  })
  .meta({ id: 'LoginResponse' });
export type LoginResponse = z.infer<typeof LoginResponse>;

/** Longest `user_jwt` accepted by `POST /api/support/public/identify`, in characters. */
export const MAX_USER_JWT_LENGTH = 4096;

/**
 * `POST /api/support/config/identity-secret` response: the tenant's new host identity secret
 * (32 random bytes, base64url). The only time it is ever shown: store it on the site's backend.
 */
export const IdentitySecret = z
  .object({ secret: z.string(), created_at: Timestamp })
  .meta({ id: 'IdentitySecret' });
export type IdentitySecret = z.infer<typeof IdentitySecret>;

/**
 * `POST /api/support/public/identify` body: a user token the site's backend signed with the tenant's
 * identity secret and, optionally, the portal token of the visitor's anonymous conversation, which
 * then becomes the customer's ticket.
 */
export const IdentifyRequest = z.strictObject({
  user_jwt: z.string().min(1).max(MAX_USER_JWT_LENGTH),
  portal_token: z.string().min(1).max(200).optional(),
});
export type IdentifyRequest = z.input<typeof IdentifyRequest>;

/** `POST /api/support/public/identify` response: a customer access token for the site's user. */
export const IdentifyResponse = z
  .object({
    access_token: z.string(),
    token_type: z.literal('bearer'),
    expires_in: z.number().int().positive(),
    customer: z.object({ id: Id, name: z.string(), email: z.string() }),
  })
  .meta({ id: 'IdentifyResponse' });
export type IdentifyResponse = z.infer<typeof IdentifyResponse>;
