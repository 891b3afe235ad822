import type { PublicConfig, ReplyTime } from '@helpdock/sdk/schemas';
import type { MessageKey, Translate } from '../../i18n/index.js';

const DAY_MS = 24 * 3600_000;
/** Up to this many days ahead, a weekday name reads better than a date. */
const WEEKDAY_HORIZON_DAYS = 6;

const replyTimeKeys: Record<ReplyTime, MessageKey> = {
  minutes: 'replyTimeMinutes',
  hours: 'replyTimeHours',
  day: 'replyTimeDay',
};

/** What the panel says about support's availability. */
export type AvailabilityText =
  | {
      /** Support is in business hours. */
      online: true;
      /** The expected reply time ("Usually replies in a few hours"). */
      replyTime: string;
    }
  | {
      online: false;
      /** The tenant's away message, or the translated default. */
      message: string;
      /** When support is back ("Back tomorrow at 9:00 AM GMT+1"); `null` when no opening is scheduled. */
      nextOpening: string | null;
    };

/** Where and when the text is written for. */
export interface AvailabilityTextOptions {
  /** The visitor's locale (words, date and time formats). */
  locale: string;
  /** The current time (epoch ms). */
  now: number;
  /** The visitor's time zone (IANA name); default: the browser's. */
  timeZone?: string | undefined;
}

/** The calendar date of `at` in `timeZone`, as a UTC midnight (to count whole days between dates). */
function localDate(at: number, timeZone: string | undefined): number {
  const parts: Record<string, string> = {};
  for (const part of new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(at))
    parts[part.type] = part.value;
  return Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day));
}

/**
 * When support is back, in the visitor's words and clock: "today" or "tomorrow" when it is, the
 * weekday within the week, else the date; the time carries its zone's name so nobody has to guess
 * whose clock it is. Calendar days are counted in the visitor's zone, so DST days count as one.
 */
export function nextOpeningText(t: Translate, nextOpenAt: number, options: AvailabilityTextOptions): string {
  const { locale, timeZone } = options;
  const time = new Intl.DateTimeFormat(locale, {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  }).format(nextOpenAt);
  const days = Math.round((localDate(nextOpenAt, timeZone) - localDate(options.now, timeZone)) / DAY_MS);
  if (days <= 0) return t('awayBackToday', { time });
  if (days === 1) return t('awayBackTomorrow', { time });
  const day = new Intl.DateTimeFormat(
    locale,
    days <= WEEKDAY_HORIZON_DAYS
      ? { timeZone, weekday: 'long' }
      : { timeZone, weekday: 'long', day: 'numeric', month: 'long' },
  ).format(nextOpenAt);
  return t('awayBackOn', { day, time });
}

/**
 * What the panel says about availability under the tenant's public config: the reply time while
 * support is in business hours, else the away message and the next opening. A next opening that
 * has passed (a config read before it) counts as open.
 */
export function availabilityText(
  t: Translate,
  config: Pick<PublicConfig, 'availability' | 'away_message'>,
  options: AvailabilityTextOptions,
): AvailabilityText {
  const { online, next_open_at: nextOpen, reply_time: replyTime } = config.availability;
  const nextOpenAt = nextOpen === null ? null : Date.parse(nextOpen);
  if (online || (nextOpenAt !== null && nextOpenAt <= options.now))
    return { online: true, replyTime: t(replyTimeKeys[replyTime]) };
  return {
    online: false,
    message: config.away_message ?? t('awayDefault'),
    nextOpening: nextOpenAt === null ? null : nextOpeningText(t, nextOpenAt, options),
  };
}
