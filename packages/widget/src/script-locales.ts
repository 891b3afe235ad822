import { type LocaleAnnouncement, localeEventName } from './i18n/bundles/announce.js';
import { type LocaleLoader, registerLocale } from './i18n/index.js';

/**
 * The script-tag build's locale loader: fetches `helpdock.<locale>.js` from beside `helpdock.js`
 * (a same-origin script, so a `script-src 'self'` CSP allows it) and registers what it announces.
 */
export function scriptLocaleLoader(target: Window, script: HTMLScriptElement | null): LocaleLoader {
  const { document } = target;
  document.addEventListener(localeEventName, (event) => {
    const { locale, messages } = (event as CustomEvent<LocaleAnnouncement>).detail;
    registerLocale(locale, messages);
  });
  return (locale) =>
    new Promise<void>((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = new URL(`helpdock.${locale}.js`, script?.src || target.location.href).href;
      if (script?.nonce) tag.nonce = script.nonce;
      tag.onload = () => resolve();
      tag.onerror = () => reject(new Error(`Could not load ${tag.src}`));
      document.head.append(tag);
    });
}
