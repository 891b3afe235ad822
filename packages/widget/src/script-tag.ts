/**
 * The one-script-tag build (`dist/helpdock.js`): a small loader without Lit. It exposes
 * `window.Helpdock`, draws the launcher at once and loads the bubble itself
 * (`helpdock-panel.js`, from beside it) on intent, on a call that needs it, or on idle when a
 * conversation is stored. See the README for the tag and the queue stub.
 * @packageDocumentation
 */
import { installHelpdock } from './loader.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
installHelpdock(window, script);
