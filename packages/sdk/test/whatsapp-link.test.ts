import { describe, expect, it } from 'vitest';
import { whatsappLink } from '../src/index.js';

describe('whatsappLink', () => {
  it('normalises a formatted number to digits', () => {
    expect(whatsappLink('+55 (11) 98765-4321')).toBe('https://wa.me/5511987654321');
    expect(whatsappLink('84.912.345.678')).toBe('https://wa.me/84912345678');
  });

  it('encodes the pre-filled text', () => {
    expect(whatsappLink('5511987654321', 'Olá, preciso de ajuda & mais?')).toBe(
      'https://wa.me/5511987654321?text=Ol%C3%A1%2C%20preciso%20de%20ajuda%20%26%20mais%3F',
    );
  });

  it('leaves out an empty text', () => {
    expect(whatsappLink('5511987654321', '')).toBe('https://wa.me/5511987654321');
  });

  it.each(['1234567', '1234567890123456', '+55 11 abc', '', '++5511987654321', '55-11-9876-5432x'])(
    'throws a TypeError for %j',
    (bad) => {
      expect(() => whatsappLink(bad)).toThrow(TypeError);
    },
  );

  it('accepts the 8 and 15 digit bounds', () => {
    expect(whatsappLink('12345678')).toBe('https://wa.me/12345678');
    expect(whatsappLink('123456789012345')).toBe('https://wa.me/123456789012345');
  });
});
