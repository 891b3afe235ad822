import { MAX_UPLOAD_BYTES, uploadContentTypes, uploadExtensions } from '@helpdock/sdk/lite';
import type { MessageKey } from '../i18n/index.js';

/** One field's problem: a dictionary key plus the values its sentence needs. */
export interface FieldError {
  /** The dictionary key of the sentence to show under the field, e.g. `'required'`. */
  key: MessageKey;
  /** Values for the sentence's `{placeholders}`, e.g. `{ max: 200 }` for `'tooLong'`. */
  values?: Record<string, number>;
}

/** Problems by field name; an empty object means the input is valid. */
export type FieldErrors<F extends string> = Partial<Record<F, FieldError>>;

/** The fields of the anonymous ticket form. */
export interface TicketFormValues {
  /** The visitor's name: required, at most 200 characters after trimming. */
  name: string;
  /** The visitor's email address for replies: required, at most 254 characters, must look like `a@b.c`. */
  email: string;
  /** The conversation's subject: required, at most 200 characters after trimming. */
  subject: string;
  /** The first message: required, at most 10,000 characters after trimming. */
  message: string;
}

/** Accepted file-name extensions, for files the browser reports without a MIME type. */
const acceptedExtensions = new Set(Object.values(uploadExtensions).flat());

// Deliberately loose: the server has the final word; this only catches typos like a missing "@".
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks one text field: required and at most `max` characters after trimming. */
export function checkText(value: string, max: number, required = true): FieldError | undefined {
  const text = value.trim();
  if (required && text === '') return { key: 'required' };
  if (text.length > max) return { key: 'tooLong', values: { max } };
  return undefined;
}

/**
 * Validates the anonymous ticket form with the limits of `POST /api/support/public/threads`.
 * `withIdentity: false` skips name and email (a signed-in customer has both).
 *
 * @example validateTicketForm({ name: '', email: 'x', subject: 'Hi', message: 'Help' })
 * // { name: { key: 'required' }, email: { key: 'invalidEmail' } }
 */
export function validateTicketForm(
  values: TicketFormValues,
  withIdentity = true,
): FieldErrors<keyof TicketFormValues> {
  const errors: FieldErrors<keyof TicketFormValues> = {};
  if (withIdentity) {
    const name = checkText(values.name, 200);
    if (name) errors.name = name;
    const email = values.email.trim();
    if (email === '') errors.email = { key: 'required' };
    else if (!emailPattern.test(email) || email.length > 254) errors.email = { key: 'invalidEmail' };
  }
  const subject = checkText(values.subject, 200);
  if (subject) errors.subject = subject;
  const message = checkText(values.message, 10_000);
  if (message) errors.message = message;
  return errors;
}

/** Checks a chosen attachment against the server's size and type rules. */
export function validateAttachment(file: {
  name: string;
  size: number;
  type: string;
}): FieldError | undefined {
  if (file.size > MAX_UPLOAD_BYTES) return { key: 'fileTooLarge' };
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!(uploadContentTypes as readonly string[]).includes(file.type) && !acceptedExtensions.has(extension))
    return { key: 'fileType' };
  return undefined;
}
