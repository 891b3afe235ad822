/**
 * The `<helpdock-customer-portal>` page bundle (`dist/helpdock-customer-portal.js`): defines the
 * element with every shipped locale and, on a page with a `<form data-helpdock-sign-in>` (email
 * and password fields), signs the customer in with it and hands the access token to the page's
 * `<helpdock-customer-portal>` as a property. Separate from `helpdock.js`.
 * @packageDocumentation
 */
import './customer-portal.component.js';
import { adoptFullPageSheet } from '../styles/page-sheet.js';
import { connectSignInForm } from './sign-in-form.js';

adoptFullPageSheet(document);
const form = document.querySelector<HTMLFormElement>('form[data-helpdock-sign-in]');
const portal = document.querySelector('helpdock-customer-portal');
if (form && portal) connectSignInForm(form, portal);
