import { describe, expect, it } from 'vitest';
import { callRequestBody, maxCallLeadMs, validateCallRequest } from './call-request.js';

const now = Date.parse('2026-03-10T12:00:00Z');
/** A `datetime-local` value (local time, no zone) for an instant. */
const local = (ms: number): string => {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
const base = { when: 'later' as const, at: '', ticketId: '', note: '' };

describe('validateCallRequest (seed 003: future, at most 30 days ahead, note ≤ 1000)', () => {
  it('accepts "as soon as possible" without a time', () => {
    expect(validateCallRequest({ ...base, when: 'now' }, now)).toEqual({});
  });

  it('needs a time for a scheduled call', () => {
    expect(validateCallRequest(base, now)).toEqual({ at: { key: 'required' } });
    expect(validateCallRequest({ ...base, at: 'not a date' }, now)).toEqual({ at: { key: 'required' } });
  });

  it('refuses a time in the past and one more than 30 days ahead', () => {
    expect(validateCallRequest({ ...base, at: local(now - 60_000) }, now)).toEqual({
      at: { key: 'callPast' },
    });
    expect(validateCallRequest({ ...base, at: local(now + maxCallLeadMs + 3600_000) }, now)).toEqual({
      at: { key: 'callTooFar' },
    });
    expect(validateCallRequest({ ...base, at: local(now + 2 * 24 * 3600_000) }, now)).toEqual({});
  });

  it('limits the note to 1000 characters', () => {
    expect(validateCallRequest({ ...base, when: 'now', note: 'x'.repeat(1001) }, now)).toEqual({
      note: { key: 'tooLong', values: { max: 1000 } },
    });
  });
});

describe('callRequestBody', () => {
  it('sends only what was chosen, the time as UTC ISO 8601', () => {
    expect(callRequestBody({ ...base, when: 'now', note: '  ' })).toEqual({});
    const at = now + 24 * 3600_000;
    expect(
      callRequestBody({ when: 'later', at: local(at), ticketId: 'thr_1', note: ' Call after 5 ' }),
    ).toEqual({
      scheduledAt: new Date(local(at)).toISOString(),
      ticketId: 'thr_1',
      note: 'Call after 5',
    });
  });
});
