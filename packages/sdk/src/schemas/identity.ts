import * as z from 'zod';
import { Id } from './common.js';

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
