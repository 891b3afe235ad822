import { describe, expect, it } from 'vitest';
import { availabilityText, formatOpening } from './availability-text.js';

const now = Date.parse('2026-02-01T10:00:00Z');

describe('availability in the panel', () => {
  it('tells the usual reply time while support is online', () => {
    const online = (reply_time: 'minutes' | 'hours' | 'day') => ({
      online: true,
      next_open_at: null,
      reply_time,
    });
    expect(availabilityText(online('minutes'), null, 'en', now)).toEqual([
      'We usually reply in a few minutes.',
    ]);
    expect(availabilityText(online('day'), 'ignored while online', 'es', now)).toEqual([
      'Solemos responder en un día.',
    ]);
  });

  it('shows the away message and the next opening in the visitor’s language and time zone', () => {
    const away = { online: false, next_open_at: '2026-02-02T08:00:00.000Z', reply_time: 'hours' as const };
    expect(availabilityText(away, 'Back after the holidays', 'en', now, 'Europe/Berlin')).toEqual([
      'Back after the holidays',
      "We're back Monday 9:00 AM.",
    ]);
    expect(availabilityText(away, null, 'en', now, 'America/New_York')).toEqual([
      "We're away right now. Leave a message and we'll reply as soon as we can.",
      "We're back Monday 3:00 AM.",
    ]);
    expect(availabilityText({ ...away, next_open_at: null }, null, 'vi', now)).toHaveLength(1);
    expect(formatOpening(away.next_open_at, 'pt-BR', now, 'America/Sao_Paulo')).toBe('segunda-feira, 05:00');
  });

  it('adds the date when the opening is a week or more away', () => {
    expect(formatOpening('2026-02-09T08:00:00.000Z', 'en', now, 'UTC')).toBe('Monday, February 9 at 8:00 AM');
  });
});
