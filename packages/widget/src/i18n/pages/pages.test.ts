import { describe, expect, it } from 'vitest';
import { enPages } from './en.js';
import { pageLocales, pageTranslator } from './index.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('full-page component strings', () => {
  it.each(Object.entries(pageLocales))(
    '%s has every key, translated, with the same placeholders as English',
    (name, messages) => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(enPages).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(enPages[key as keyof typeof enPages]));
      }
      if (name !== 'en') expect(messages.linkRevokedTitle).not.toBe(enPages.linkRevokedTitle);
    },
  );

  it('translates page keys and the bubble’s shared keys alike', () => {
    const t = pageTranslator('es-MX');
    expect(t('linkExpiredTitle')).toBe('Este enlace ha caducado');
    expect(t('send')).toBe('Enviar');
    expect(t('portalExpires', { date: '1 de mayo' })).toBe('Este enlace funciona hasta el 1 de mayo.');
    expect(pageTranslator('de')('navCall')).toBe('Request a call');
  });
});
