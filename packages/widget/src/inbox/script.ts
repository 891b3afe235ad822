/** The `helpdock-inbox.js` script bundle: defines `<helpdock-inbox>` (with its six locales). */
import './inbox.component.js';
