import type { Availability } from '@helpdock/sdk/schemas';
import { type ExtrasKey, extrasTranslator } from '../extras/strings.js';

const DAY_MS = 24 * 3600_000;

const replyKeys: Record<Availability['reply_time'], ExtrasKey> = {
  minutes: 'replyMinutes',
  hours: 'replyHours',
  day: 'replyDay',
};

/**
 * When support opens next, in the visitor's language and time zone: weekday and time, plus the
 * date when it is a week or more away.
 *
 * @example formatOpening('2026-02-02T08:00:00Z', 'en', Date.parse('2026-02-01T10:00:00Z'), 'Europe/Berlin') // 'Monday 9:00 AM'
 */
export function formatOpening(at: string, locale: string, now: number, timeZone?: string): string {
  const when = Date.parse(at);
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    ...(when - now >= 6 * DAY_MS ? { day: 'numeric', month: 'long' } : {}),
    hour: 'numeric',
    minute: '2-digit',
    ...(timeZone ? { timeZone } : {}),
  }).format(when);
}

/**
 * The sentences the panel shows about availability: inside business hours the usual reply time;
 * outside, the away message (the site's, else a default) and when support is back.
 */
export function availabilityText(
  availability: Availability,
  awayMessage: string | null,
  locale: string,
  now: number,
  timeZone?: string,
): string[] {
  const t = extrasTranslator(locale);
  if (availability.online) return [t(replyKeys[availability.reply_time])];
  const lines = [awayMessage ?? t('away')];
  if (availability.next_open_at)
    lines.push(t('backAt', { time: formatOpening(availability.next_open_at, locale, now, timeZone) }));
  return lines;
}
