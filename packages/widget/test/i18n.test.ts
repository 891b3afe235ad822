import { describe, expect, it, vi } from 'vitest';
import { locales, partnerLocales } from '../src/i18n/all.js';
import { en, enPartner } from '../src/i18n/en.js';
import {
  directionOf,
  format,
  partnerTranslator,
  resolveLocale,
  shippedLocales,
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

  it('ships a table for every locale it resolves to', () => {
    expect(Object.keys(locales).sort()).toEqual([...shippedLocales].sort());
  });

  it('loads a locale on demand through the loader, and stays in English when loading fails', async () => {
    vi.resetModules();
    // A fresh registry, as in the script-tag build: English only until a locale is loaded.
    const fresh = await import('../src/i18n/index.js');
    const asked: string[] = [];
    fresh.setLocaleLoader(async (locale) => {
      asked.push(locale);
      if (locale !== 'vi') throw new Error('offline');
      fresh.registerLocale('vi', locales.vi);
    });
    expect(fresh.translator('vi')('send')).toBe(en.send);
    expect(await fresh.loadLocale('vi-VN')).toBe('vi');
    expect(fresh.translator('vi')('send')).toBe(locales.vi.send);
    expect(await fresh.loadLocale('es')).toBe('es');
    expect(fresh.translator('es')('send')).toBe(en.send);
    expect(asked).toEqual(['vi', 'es']);
    // Registered locales are not fetched again.
    await fresh.loadLocale('vi');
    expect(asked).toEqual(['vi', 'es']);
  });
});
