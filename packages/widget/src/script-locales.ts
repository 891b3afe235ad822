import { type LocaleAnnouncement, localeEventName } from './i18n/bundles/announce.js';
import { type LocaleLoader, registerLocale } from './i18n/index.js';

/**
 * Adds the script `file` (e.g. `helpdock.es.js`, `helpdock-panel.js`) from beside `script` (the
 * script tag of `helpdock.js`), with its nonce: a same-origin script, so a `script-src 'self'` CSP
 * (or the nonce) allows it. Resolves when it has run.
 */
export function loadScriptBeside(
  target: Window,
  script: HTMLScriptElement | null,
  file: string,
): Promise<void> {
  const { document } = target;
  return new Promise<void>((resolve, reject) => {
    const tag = document.createElement('script');
    tag.src = new URL(file, script?.src || target.location.href).href;
    if (script?.nonce) tag.nonce = script.nonce;
    tag.onload = () => resolve();
    tag.onerror = () => reject(new Error(`Could not load ${tag.src}`));
    document.head.append(tag);
  });
}

/**
 * The script-tag build's locale loader: fetches `helpdock.<locale>.js` from beside the script
 * and registers what it announces.
 */
export function scriptLocaleLoader(target: Window, script: HTMLScriptElement | null): LocaleLoader {
  target.document.addEventListener(localeEventName, (event) => {
    const { locale, messages } = (event as CustomEvent<LocaleAnnouncement>).detail;
    registerLocale(locale, messages);
  });
  return (locale) => loadScriptBeside(target, script, `helpdock.${locale}.js`);
}
