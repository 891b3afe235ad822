/**
 * The one-script-tag build (`dist/helpdock.js`): adds a `<helpdock-bubble>` to the page and
 * exposes `window.Helpdock`. See the README for the tag and the queue stub. It carries English
 * only; other locales load on demand from `helpdock.<locale>.js` beside it.
 * @packageDocumentation
 */
import './bubble/bubble.component.js';
import { setLocaleLoader } from './i18n/index.js';
import { installHelpdock } from './loader.js';
import { scriptLocaleLoader } from './script-locales.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
setLocaleLoader(scriptLocaleLoader(window, script));
installHelpdock(window, script);
