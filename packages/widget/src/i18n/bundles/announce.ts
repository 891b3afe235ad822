import type { Locale, Messages } from '../index.js';

/** The DOM event a locale bundle of the script-tag build announces its strings with. */
export const localeEventName = 'helpdock:locale';

/** What a locale bundle announces. */
export interface LocaleAnnouncement {
  locale: Locale;
  messages: Messages;
}

/**
 * Hands a locale's strings to the script-tag bundle. Locale bundles are separate scripts, so they
 * reach it through a DOM event rather than a global.
 */
export function announceLocale(locale: Locale, messages: Messages): void {
  document.dispatchEvent(
    new CustomEvent<LocaleAnnouncement>(localeEventName, { detail: { locale, messages } }),
  );
}
