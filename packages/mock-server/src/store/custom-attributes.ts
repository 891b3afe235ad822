import {
  type CustomAttributeValue,
  MAX_CUSTOM_ATTRIBUTES,
  type StoredCustomAttributes,
} from '@helpdock/sdk/schemas';
import { fail } from '../core/errors.js';

/**
 * A thread's custom attributes (SPEC §2) after merging `patch` into `current`: a `null` value
 * removes its key, so a stored thread never holds null. More than 50 keys after the merge → 422
 * (the schema already checked each key, value and the patch's own size).
 */
export function mergeCustomAttributes(
  current: StoredCustomAttributes,
  patch: Record<string, CustomAttributeValue> | undefined,
): StoredCustomAttributes {
  const merged: StoredCustomAttributes = { ...current };
  for (const [key, value] of Object.entries(patch ?? {})) {
    if (value === null) delete merged[key];
    else merged[key] = value;
  }
  if (Object.keys(merged).length > MAX_CUSTOM_ATTRIBUTES) {
    throw fail.invalid(`A thread holds at most ${MAX_CUSTOM_ATTRIBUTES} custom attributes`, [
      { path: 'custom_attributes', message: `At most ${MAX_CUSTOM_ATTRIBUTES} keys after the merge` },
    ]);
  }
  return merged;
}
