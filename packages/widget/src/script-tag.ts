/**
 * The one-script-tag build (`dist/helpdock.js`): adds a `<helpdock-bubble>` to the page and
 * exposes `window.Helpdock`. See the README for the tag and the queue stub.
 * @packageDocumentation
 */
// Must run before the SDK's schemas are built (ES modules evaluate in import order).
import './csp.js';
import './bubble/bubble.js';
import { installHelpdock } from './loader.js';

const script = document.currentScript instanceof HTMLScriptElement ? document.currentScript : null;
installHelpdock(window, script);
