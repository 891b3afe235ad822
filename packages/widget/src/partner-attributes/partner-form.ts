import type { PartnerAttributes, UpdatePartnerAttributesRequest } from '@helpdock/sdk/schemas';
import { checkText, type FieldError } from '../core/validation.js';

/** The editable fields of the form. */
export type PartnerField = 'chotot_id' | 'chotot_oid' | 'whatsapp_phone_number_id' | 'whatsapp_system_token';

/** What the form holds while editing. */
export interface PartnerFormState {
  /** Whether the Chợ Tốt partner is ticked: its id and OID become required and are saved. */
  chotot: boolean;
  /** Whether WhatsApp is ticked: its phone number id (and a token, if none is stored) is required. */
  whatsapp: boolean;
  /** The text of every field as typed (untrimmed); fields of an unticked partner are ignored. */
  values: Record<PartnerField, string>;
}

/**
 * Checks the form: the fields of every chosen partner are required (at most 200 characters); the
 * WhatsApp system token only when none is stored yet.
 */
export function validatePartnerForm(
  form: PartnerFormState,
  hasSystemToken: boolean,
): Partial<Record<PartnerField, FieldError>> {
  const errors: Partial<Record<PartnerField, FieldError>> = {};
  const check = (field: PartnerField, max: number, required = true): void => {
    const error = checkText(form.values[field], max, required);
    if (error) errors[field] = error;
  };
  if (form.chotot) {
    check('chotot_id', 200);
    check('chotot_oid', 200);
  }
  if (form.whatsapp) {
    check('whatsapp_phone_number_id', 200);
    check('whatsapp_system_token', 2000, !hasSystemToken);
  }
  return errors;
}

/**
 * The `PUT /api/v1/profile/attributes` body for a form: a chosen partner is sent, a partner that
 * was saved and is no longer chosen is removed (`null`), an empty token field keeps the stored token.
 */
export function partnerUpdate(
  form: PartnerFormState,
  saved: PartnerAttributes | null,
): UpdatePartnerAttributesRequest {
  const body: UpdatePartnerAttributesRequest = {};
  const { values } = form;
  if (form.chotot) body.chotot = { chotot_id: values.chotot_id.trim(), chotot_oid: values.chotot_oid.trim() };
  else if (saved?.chotot) body.chotot = null;
  if (form.whatsapp) {
    const token = values.whatsapp_system_token.trim();
    body.whatsapp = {
      whatsapp_phone_number_id: values.whatsapp_phone_number_id.trim(),
      ...(token ? { whatsapp_system_token: token } : {}),
    };
  } else if (saved?.whatsapp) body.whatsapp = null;
  return body;
}

/** A form with no partner chosen. */
export function emptyForm(): PartnerFormState {
  return {
    chotot: false,
    whatsapp: false,
    values: { chotot_id: '', chotot_oid: '', whatsapp_phone_number_id: '', whatsapp_system_token: '' },
  };
}

/** The form for saved attributes: the token field always starts empty (it is never shown back). */
export function formFrom(saved: PartnerAttributes | null): PartnerFormState {
  const form = emptyForm();
  if (saved?.chotot) {
    form.chotot = true;
    form.values.chotot_id = saved.chotot.chotot_id;
    form.values.chotot_oid = saved.chotot.chotot_oid;
  }
  if (saved?.whatsapp) {
    form.whatsapp = true;
    form.values.whatsapp_phone_number_id = saved.whatsapp.whatsapp_phone_number_id;
  }
  return form;
}
