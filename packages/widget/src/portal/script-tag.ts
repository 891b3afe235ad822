/**
 * The `<helpdock-portal>` page bundle (`dist/helpdock-portal.js`): defines the element with every
 * shipped locale, for pages such as the reference server's `/portal/{token}`. Separate from
 * `helpdock.js`, which stays within its size budget.
 * @packageDocumentation
 */
import './portal.component.js';
import { adoptFullPageSheet } from '../styles/page-sheet.js';

adoptFullPageSheet(document);
