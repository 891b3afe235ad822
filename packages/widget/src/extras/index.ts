/**
 * The bubble's on-demand parts: help articles, attachments (chips and uploads), availability and
 * the typing line. The npm entry imports this module; the script-tag build emits it as
 * `helpdock.extras.js`, loaded beside `helpdock.js` when the panel first opens.
 * @packageDocumentation
 */
import '../attachments/attachments.component.js';
import '../availability/availability.component.js';
import '../help-articles/help-articles.component.js';
import '../typing/typing.component.js';
import '../uploader/uploader.component.js';
