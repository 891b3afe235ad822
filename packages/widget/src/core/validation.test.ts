import { describe, expect, it } from 'vitest';
import { errorMessageKey, isRetryable } from './errors.js';
import { validateAttachment, validateTicketForm } from './validation.js';

const valid = { name: 'Ana', email: 'ana@example.com', subject: 'Login', message: 'I cannot sign in.' };

describe('validateTicketForm', () => {
  it('accepts a complete form', () => {
    expect(validateTicketForm(valid)).toEqual({});
  });

  it('names every missing field', () => {
    expect(validateTicketForm({ name: ' ', email: '', subject: '', message: '\n' })).toEqual({
      name: { key: 'required' },
      email: { key: 'required' },
      subject: { key: 'required' },
      message: { key: 'required' },
    });
  });

  it('rejects an email without a domain and too-long text', () => {
    const errors = validateTicketForm({ ...valid, email: 'ana@', subject: 'x'.repeat(201) });
    expect(errors.email).toEqual({ key: 'invalidEmail' });
    expect(errors.subject).toEqual({ key: 'tooLong', values: { max: 200 } });
  });

  it('skips name and email for signed-in customers', () => {
    expect(validateTicketForm({ ...valid, name: '', email: '' }, false)).toEqual({});
  });
});

describe('validateAttachment', () => {
  it('accepts images, PDF, text and CSV up to 10 MiB', () => {
    expect(validateAttachment({ name: 'a.png', size: 1000, type: 'image/png' })).toBeUndefined();
    expect(validateAttachment({ name: 'notes.csv', size: 10, type: '' })).toBeUndefined();
  });

  it('rejects other types and larger files', () => {
    expect(validateAttachment({ name: 'run.exe', size: 10, type: 'application/x-msdownload' })).toEqual({
      key: 'fileType',
    });
    expect(
      validateAttachment({ name: 'big.pdf', size: 10 * 1024 * 1024 + 1, type: 'application/pdf' }),
    ).toEqual({
      key: 'fileTooLarge',
    });
  });
});

describe('errors', () => {
  it('explains failures in customer words', () => {
    expect(errorMessageKey(new TypeError('Failed to fetch'))).toBe('errorOffline');
    expect(errorMessageKey({ status: 401 })).toBe('errorExpired');
    expect(errorMessageKey({ status: 409 })).toBe('errorClosed');
    expect(errorMessageKey({ status: 429 })).toBe('errorRateLimited');
    expect(errorMessageKey({ status: 502 })).toBe('errorServer');
    expect(errorMessageKey({ status: 404 })).toBe('errorGeneric');
  });

  it('retries network failures, 408, 429 and 5xx only', () => {
    expect(isRetryable(new TypeError('Failed to fetch'))).toBe(true);
    expect(isRetryable({ status: 503 })).toBe(true);
    expect(isRetryable({ status: 429 })).toBe(true);
    expect(isRetryable({ status: 422 })).toBe(false);
    expect(isRetryable({ status: 409 })).toBe(false);
    expect(isRetryable(new DOMException('aborted', 'AbortError'))).toBe(false);
  });
});
