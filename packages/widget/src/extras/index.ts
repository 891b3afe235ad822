/**
 * The bubble's on-demand parts: help articles, attachments (chips and uploads), availability and
 * the typing line. The npm entry imports this module; the script-tag build emits it as
 * `helpdock.extras.js`, loaded beside `helpdock.js` when the panel first opens.
 * @packageDocumentation
 */
import '../attachments/attachments.js';
import '../availability/availability.js';
import '../help-articles/help-articles.js';
import '../typing/typing.js';
import '../uploader/uploader.js';
