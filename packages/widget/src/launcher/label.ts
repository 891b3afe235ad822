import { type LocaleAnnouncement, localeEventName } from '../i18n/bundles/announce.js';
import { resolveLocale } from '../i18n/index.js';
import { loadScriptBeside } from '../script-locales.js';

/** `en.launcherOpen`, the one string the loader needs before any dictionary (a test keeps them equal). */
export const englishLauncherLabel = 'Open support chat';

/**
 * Names the stand-in launcher in the locale `tag` resolves to: English at once, the locale's own
 * words once `helpdock.<locale>.js` (from beside the script) has announced them. The bubble loads
 * the same file later; the browser has it cached by then. Resolves once the label is final.
 */
export async function labelInLocale(
  target: Window,
  script: HTMLScriptElement | null,
  tag: string,
  apply: (label: string) => void,
): Promise<void> {
  const locale = resolveLocale(tag);
  apply(englishLauncherLabel);
  if (locale === 'en') return;
  const onAnnounce = (event: Event): void => {
    const detail = (event as CustomEvent<LocaleAnnouncement>).detail;
    if (detail.locale === locale) apply(detail.messages.launcherOpen);
  };
  target.document.addEventListener(localeEventName, onAnnounce);
  try {
    await loadScriptBeside(target, script, `helpdock.${locale}.js`);
  } catch {
    // The label stays English, as the bubble's texts do when a locale file fails to load.
  } finally {
    target.document.removeEventListener(localeEventName, onAnnounce);
  }
}
