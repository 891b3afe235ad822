/**
 * The script-tag build's panel bundle (`dist/helpdock-panel.js`): Lit and `<helpdock-bubble>`,
 * loaded by `helpdock.js` from beside it. Defining the element upgrades the `<helpdock-bubble>` the
 * loader put on the page, which then draws its own launcher in place of the loader's. It carries
 * English only; other locales load on demand from `helpdock.<locale>.js` beside it.
 * @packageDocumentation
 */
import './bubble/bubble.component.js';
import { setLocaleLoader } from './i18n/index.js';
import { scriptLocaleLoader } from './script-locales.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
setLocaleLoader(scriptLocaleLoader(window, script));
