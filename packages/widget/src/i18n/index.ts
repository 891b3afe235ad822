import {
  en,
  enPartner,
  type MessageKey,
  type Messages,
  type PartnerMessageKey,
  type PartnerMessages,
} from './en.js';

export type { MessageKey, Messages, PartnerMessageKey, PartnerMessages } from './en.js';

/** Every locale the widget ships strings for. */
export const shippedLocales = ['en', 'pt-BR', 'es', 'vi', 'bn', 'hi'] as const;

/** A locale tag the widget ships strings for. */
export type Locale = (typeof shippedLocales)[number];

/**
 * The strings loaded so far. English is always there; the npm entry registers every locale up
 * front, the script-tag build fetches the one a page needs (so its bundle carries English only).
 */
const bubbleStrings: Partial<Record<Locale, Messages>> = { en };
const partnerStrings: Partial<Record<Locale, PartnerMessages>> = { en: enPartner };

/** Makes a locale's strings available (the bubble's, and optionally the partner form's). */
export function registerLocale(locale: Locale, messages: Messages, partner?: PartnerMessages): void {
  bubbleStrings[locale] = messages;
  if (partner) partnerStrings[locale] = partner;
}

/** Fetches a locale's strings that are not loaded yet (set by the script-tag build). */
export type LocaleLoader = (locale: Locale) => Promise<void>;

let localeLoader: LocaleLoader | undefined;

/** Sets how missing locales are fetched; without a loader only registered locales are used. */
export function setLocaleLoader(loader: LocaleLoader | undefined): void {
  localeLoader = loader;
}

/**
 * Resolves a tag and makes sure its strings are loaded; on a failed load the widget stays in English.
 *
 * @example await loadLocale('pt-PT') // 'pt-BR', now registered
 */
export async function loadLocale(tag: string | null | undefined): Promise<Locale> {
  const locale = resolveLocale(tag);
  if (!bubbleStrings[locale] && localeLoader) {
    try {
      await localeLoader(locale);
    } catch {
      // English strings are better than no strings.
    }
  }
  return locale;
}

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
  const exact = shippedLocales.find((name) => name.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split('-')[0];
  return shippedLocales.find((name) => name.toLowerCase().split('-')[0] === language) ?? 'en';
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
 * Returns the translate function of a locale (any tag; resolved with {@link resolveLocale}); a
 * locale whose strings are not loaded yet translates to English.
 *
 * @example translator('pt-BR')('send') // 'Enviar'
 */
export function translator(tag: string | null | undefined): Translate {
  const messages: Messages = bubbleStrings[resolveLocale(tag)] ?? en;
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
  const messages: Messages & PartnerMessages = {
    ...en,
    ...enPartner,
    ...bubbleStrings[locale],
    ...partnerStrings[locale],
  };
  return (key, values) => format(messages[key], values);
}
