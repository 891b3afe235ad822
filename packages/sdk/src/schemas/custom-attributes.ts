import * as z from 'zod';

/** Most keys a thread's `custom_attributes` may hold (SPEC §2). */
export const MAX_CUSTOM_ATTRIBUTES = 50;

/** One custom attribute value: a string of at most 500 characters, a number, a boolean or null. */
export const CustomAttributeValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);
export type CustomAttributeValue = z.infer<typeof CustomAttributeValue>;

/** A custom attribute name: 1–40 lowercase letters, digits or underscores (`__proto__` excepted). */
export const CustomAttributeKey = z
  .string()
  .regex(/^(?!__proto__$)[a-z0-9_]{1,40}$/, 'Expected 1 to 40 characters of a-z, 0-9 and _ (not __proto__)');

/**
 * Context a site attaches to a thread (plan, order number, …), shown to staff only. Sent at creation
 * and in the staff `PATCH`, where a `null` value removes the key.
 */
export const CustomAttributes = z
  .record(CustomAttributeKey, CustomAttributeValue)
  .refine((value) => Object.keys(value).length <= MAX_CUSTOM_ATTRIBUTES, {
    message: `At most ${MAX_CUSTOM_ATTRIBUTES} custom attributes`,
  })
  .meta({ id: 'CustomAttributes' });
export type CustomAttributes = z.input<typeof CustomAttributes>;

/** The custom attributes a thread holds, as staff see them (a removed key is absent, never null). */
export const StoredCustomAttributes = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean()]))
  .meta({ id: 'StoredCustomAttributes' });
export type StoredCustomAttributes = z.infer<typeof StoredCustomAttributes>;
