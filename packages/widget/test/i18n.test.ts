import { describe, expect, it } from 'vitest';
import { en, enPartner } from '../src/i18n/en.js';
import {
  directionOf,
  format,
  locales,
  partnerLocales,
  partnerTranslator,
  resolveLocale,
  translator,
} from '../src/i18n/index.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('i18n', () => {
  it('ships the six locales', () => {
    expect(Object.keys(locales).sort()).toEqual(['bn', 'en', 'es', 'hi', 'pt-BR', 'vi']);
  });

  it.each(Object.entries(locales))(
    '%s has every key, non-empty, with the same placeholders as English',
    (_, messages) => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(en[key as keyof typeof en]));
      }
    },
  );

  it.each(Object.entries(partnerLocales))('%s has every partner-settings key', (_, messages) => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(enPartner).sort());
    for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
  });

  it('gives partner settings both their own and the shared strings', () => {
    const t = partnerTranslator('es');
    expect(t('skip')).toBe('Omitir por ahora');
    expect(t('required')).toBe('Completa este campo.');
  });

  it('translates, not just copies, the visible sentences', () => {
    for (const [name, messages] of Object.entries(locales)) {
      if (name === 'en') continue;
      expect(messages.greeting, name).not.toBe(en.greeting);
      expect(messages.errorOffline, name).not.toBe(en.errorOffline);
    }
  });

  it('resolves tags to the closest shipped locale', () => {
    expect(resolveLocale('pt-BR')).toBe('pt-BR');
    expect(resolveLocale('pt')).toBe('pt-BR');
    expect(resolveLocale('pt-pt')).toBe('pt-BR');
    expect(resolveLocale('es-MX')).toBe('es');
    expect(resolveLocale('vi-VN')).toBe('vi');
    expect(resolveLocale('bn-BD')).toBe('bn');
    expect(resolveLocale('hi-IN')).toBe('hi');
    expect(resolveLocale('de-DE')).toBe('en');
    expect(resolveLocale('')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('fills placeholders', () => {
    expect(format('{n} out of 5', { n: 4 })).toBe('4 out of 5');
    expect(format('{missing} stays', {})).toBe('{missing} stays');
    expect(translator('es')('rateStar', { n: 3 })).toBe('3 de 5');
    expect(translator('pt-BR')('send')).toBe('Enviar');
  });

  it('knows text direction', () => {
    expect(directionOf('en')).toBe('ltr');
    expect(directionOf('ar-EG')).toBe('rtl');
  });
});
