import type { PublicConfig } from '@helpdock/sdk/schemas';
import { describe, expect, it } from 'vitest';
import '../../i18n/all.js';
import { translator } from '../../i18n/index.js';
import { type AvailabilityText, availabilityText } from './availability-text.js';

const away = (nextOpenAt: string | null, message: string | null = 'Closed for the night.') =>
  ({
    availability: { online: false, next_open_at: nextOpenAt, reply_time: 'hours' },
    away_message: message,
  }) satisfies Pick<PublicConfig, 'availability' | 'away_message'>;

/** Intl puts narrow no-break spaces before AM/PM in recent ICU versions: compare words only. */
const spaced = (text: AvailabilityText): AvailabilityText =>
  text.online ? text : { ...text, nextOpening: text.nextOpening?.replace(/\s/g, ' ') ?? null };

function nextOpening(nextOpenAt: string, now: string, timeZone: string, locale = 'en'): string | null {
  const text = spaced(
    availabilityText(translator(locale), away(nextOpenAt), { locale, timeZone, now: Date.parse(now) }),
  );
  return text.online ? 'online' : text.nextOpening;
}

describe('availabilityText', () => {
  it('inside business hours, says how soon support usually replies, in the visitor’s language', () => {
    const online = (reply_time: 'minutes' | 'hours' | 'day', locale = 'en') =>
      availabilityText(
        translator(locale),
        { availability: { online: true, next_open_at: null, reply_time }, away_message: 'unused' },
        { locale, now: Date.parse('2026-11-30T10:00:00Z') },
      );
    expect(online('minutes')).toEqual({ online: true, replyTime: 'Usually replies in a few minutes' });
    expect(online('hours')).toEqual({ online: true, replyTime: 'Usually replies in a few hours' });
    expect(online('day')).toEqual({ online: true, replyTime: 'Usually replies within a day' });
    expect(online('hours', 'pt-BR')).toEqual({
      online: true,
      replyTime: 'Costuma responder em poucas horas',
    });
  });

  it('outside business hours, shows the away message (or the default) and when support is back', () => {
    const now = Date.parse('2026-11-30T18:00:00Z');
    const t = translator('en');
    expect(
      spaced(
        availabilityText(t, away('2026-12-01T08:00:00Z'), { locale: 'en', timeZone: 'Europe/Berlin', now }),
      ),
    ).toEqual({
      online: false,
      message: 'Closed for the night.',
      nextOpening: 'Back tomorrow at 9:00 AM GMT+1',
    });
    expect(availabilityText(t, away(null, null), { locale: 'en', now })).toEqual({
      online: false,
      message: "Leave us a message and we'll reply as soon as we're back.",
      nextOpening: null,
    });
  });

  it('writes the opening in the visitor’s time zone, naming the zone, with today / tomorrow / a weekday / a date', () => {
    // Monday 30 Nov 2026, 19:00 in Berlin; support opens Tuesday 09:00 Berlin time.
    const now = '2026-11-30T18:00:00Z';
    const opens = '2026-12-01T08:00:00Z';
    expect(nextOpening(opens, now, 'Europe/Berlin')).toBe('Back tomorrow at 9:00 AM GMT+1');
    expect(nextOpening(opens, now, 'America/New_York')).toBe('Back tomorrow at 3:00 AM EST');
    // In Tokyo it is already Tuesday 03:00: the opening is later today there.
    expect(nextOpening(opens, now, 'Asia/Tokyo')).toBe('Back today at 5:00 PM GMT+9');
    // From Friday evening to Monday morning: the weekday reads better than "in 3 days".
    expect(nextOpening('2026-12-07T08:00:00Z', '2026-12-04T18:00:00Z', 'Europe/Berlin')).toBe(
      'Back Monday at 9:00 AM GMT+1',
    );
    // Beyond the week the date is spelled out.
    expect(nextOpening('2026-12-14T08:00:00Z', now, 'Europe/Berlin')).toBe(
      'Back Monday, December 14 at 9:00 AM GMT+1',
    );
  });

  it('counts calendar days across daylight-saving changes, not 24-hour spans', () => {
    // Spring forward (29 Mar 2026 in Berlin): Saturday 23:30 CET to Sunday 09:00 CEST is tomorrow.
    expect(nextOpening('2026-03-29T07:00:00Z', '2026-03-28T22:30:00Z', 'Europe/Berlin')).toBe(
      'Back tomorrow at 9:00 AM GMT+2',
    );
    expect(nextOpening('2026-03-30T07:00:00Z', '2026-03-28T19:00:00Z', 'Europe/Berlin')).toBe(
      'Back Monday at 9:00 AM GMT+2',
    );
    // Fall back (25 Oct 2026): that Sunday has 25 hours; 00:30 to 23:45 is still today.
    expect(nextOpening('2026-10-25T22:45:00Z', '2026-10-24T22:30:00Z', 'Europe/Berlin')).toBe(
      'Back today at 11:45 PM GMT+1',
    );
  });

  it('speaks the visitor’s language and clock format', () => {
    expect(nextOpening('2026-12-01T12:00:00Z', '2026-11-30T21:00:00Z', 'America/Sao_Paulo', 'pt-BR')).toBe(
      'Voltamos amanhã às 09:00 BRT',
    );
    expect(nextOpening('2026-12-14T08:00:00Z', '2026-11-30T18:00:00Z', 'Europe/Madrid', 'es')).toMatch(
      /^Volvemos el lunes, 14 de diciembre a las 9:00 /,
    );
    expect(nextOpening('2026-12-01T02:00:00Z', '2026-11-30T14:00:00Z', 'Asia/Ho_Chi_Minh', 'vi')).toBe(
      'Quay lại lúc 09:00 GMT+7 ngày mai',
    );
  });

  it('counts a next opening that has passed (config read before it) as open', () => {
    const text = availabilityText(translator('en'), away('2026-12-01T08:00:00Z'), {
      locale: 'en',
      now: Date.parse('2026-12-01T08:00:01Z'),
    });
    expect(text).toEqual({ online: true, replyTime: 'Usually replies in a few hours' });
  });
});
