import { bn, bnPartner } from './bn.js';
import {
  en,
  enPartner,
  type MessageKey,
  type Messages,
  type PartnerMessageKey,
  type PartnerMessages,
} from './en.js';
import { es, esPartner } from './es.js';
import { hi, hiPartner } from './hi.js';
import { ptBR, ptBRPartner } from './pt-BR.js';
import { vi, viPartner } from './vi.js';

export type { MessageKey, Messages, PartnerMessageKey, PartnerMessages } from './en.js';

/** Every locale the widget ships strings for. */
export const locales = { en, 'pt-BR': ptBR, es, vi, bn, hi } as const satisfies Record<string, Messages>;

/** The partner-settings strings of every locale (a separate table, so the bubble's bundle leaves them out). */
export const partnerLocales = {
  en: enPartner,
  'pt-BR': ptBRPartner,
  es: esPartner,
  vi: viPartner,
  bn: bnPartner,
  hi: hiPartner,
} as const satisfies Record<Locale, PartnerMessages>;

/** A locale tag the widget ships strings for. */
export type Locale = keyof typeof locales;

/** Locales written right to left; none of the shipped ones are, but layout and `dir` honour the list. */
const rtlLanguages = new Set(['ar', 'he', 'fa', 'ur']);

/**
 * Picks the shipped locale that best matches a BCP 47 tag: an exact match, then the same language
 * (`pt` and `pt-PT` → `pt-BR`, `es-MX` → `es`), else English.
 *
 * @example resolveLocale('es-MX') // 'es'
 */
export function resolveLocale(tag: string | null | undefined): Locale {
  if (!tag) return 'en';
  const wanted = tag.trim().toLowerCase();
  const names = Object.keys(locales) as Locale[];
  const exact = names.find((name) => name.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return names.find((name) => name.toLowerCase().split('-')[0] === language) ?? 'en';
}

/** `'rtl'` for right-to-left languages, else `'ltr'`. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  return rtlLanguages.has(tag.toLowerCase().split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/**
 * Fills `{name}` placeholders of a template; unknown placeholders are left as they are.
 *
 * @example format('{n} out of 5', { n: 4 }) // '4 out of 5'
 */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** A translate function bound to one locale. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/**
 * Returns the translate function of a locale (any tag; resolved with {@link resolveLocale}).
 *
 * @example translator('pt-BR')('send') // 'Enviar'
 */
export function translator(tag: string | null | undefined): Translate {
  const messages: Messages = locales[resolveLocale(tag)];
  return (key, values) => format(messages[key] ?? en[key], values);
}

/** A translate function for `<helpdock-partner-attributes>`: its own strings plus the shared ones. */
export type PartnerTranslate = (
  key: MessageKey | PartnerMessageKey,
  values?: Record<string, string | number>,
) => string;

/**
 * Returns the partner-settings translate function of a locale.
 *
 * @example partnerTranslator('es')('skip') // 'Omitir por ahora'
 */
export function partnerTranslator(tag: string | null | undefined): PartnerTranslate {
  const locale = resolveLocale(tag);
  const messages: Messages & PartnerMessages = { ...locales[locale], ...partnerLocales[locale] };
  return (key, values) => format(messages[key], values);
}
