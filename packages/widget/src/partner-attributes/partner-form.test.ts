import { describe, expect, it } from 'vitest';
import { emptyForm, formFrom, partnerUpdate, validatePartnerForm } from './partner-form.js';

describe('partner form', () => {
  it('requires the fields of chosen partners only', () => {
    const form = { ...emptyForm(), chotot: true };
    expect(validatePartnerForm(form, false)).toEqual({
      chotot_id: { key: 'required' },
      chotot_oid: { key: 'required' },
    });
    expect(validatePartnerForm(emptyForm(), false)).toEqual({});
  });

  it('requires a WhatsApp token only when none is stored', () => {
    const form = { ...emptyForm(), whatsapp: true };
    form.values.whatsapp_phone_number_id = '123';
    expect(validatePartnerForm(form, false)).toEqual({ whatsapp_system_token: { key: 'required' } });
    expect(validatePartnerForm(form, true)).toEqual({});
  });

  it('builds the update: chosen partners sent, unchosen saved ones removed, empty token kept', () => {
    const saved = {
      chotot: { chotot_id: 'c1', chotot_oid: 'o1' },
      whatsapp: { whatsapp_phone_number_id: 'p1', has_system_token: true },
    };
    const form = formFrom(saved);
    expect(form.values.whatsapp_system_token).toBe('');
    form.chotot = false;
    expect(partnerUpdate(form, saved)).toEqual({
      chotot: null,
      whatsapp: { whatsapp_phone_number_id: 'p1' },
    });
    form.values.whatsapp_system_token = ' new-token ';
    expect(partnerUpdate(form, saved).whatsapp).toEqual({
      whatsapp_phone_number_id: 'p1',
      whatsapp_system_token: 'new-token',
    });
  });

  it('leaves partners that were never saved out of the update', () => {
    expect(partnerUpdate(emptyForm(), { chotot: null, whatsapp: null })).toEqual({});
  });
});
