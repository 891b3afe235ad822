import { describe, expect, it } from 'vitest';
import { shippedLocales } from '../i18n/index.js';
import { enExtras, extrasLocales, extrasTranslator } from './strings.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

describe('strings of the on-demand parts', () => {
  it('exist in every shipped locale', () => {
    expect(Object.keys(extrasLocales).sort()).toEqual([...shippedLocales].sort());
  });

  it.each(Object.entries(extrasLocales))(
    '%s has every key, translated, with the English placeholders',
    (name, messages) => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(enExtras).sort());
      for (const [key, text] of Object.entries(messages)) {
        expect(text.trim(), key).not.toBe('');
        expect(placeholders(text), key).toEqual(placeholders(enExtras[key as keyof typeof enExtras]));
        if (name !== 'en') expect(text, key).not.toBe(enExtras[key as keyof typeof enExtras]);
      }
    },
  );

  it('resolves tags like the bubble', () => {
    expect(extrasTranslator('es-MX')('attachFiles')).toBe('Adjuntar archivos');
    expect(extrasTranslator('de')('attachFiles')).toBe('Attach files');
  });
});
