import * as z from 'zod';
import { Timestamp } from './common.js';

/** The days of `BUSINESS_HOURS.days`, Monday first. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** One day of the week as `BUSINESS_HOURS.days` names it. */
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes after midnight of a `HH:MM` time (`24:00` is 1440, the end of the day). */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** True when `name` is a time zone this runtime's `Intl` knows (IANA names such as `Europe/Berlin`). */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A wall-clock time `HH:MM`, 24-hour, `00:00` to `24:00`. */
const WallTime = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Expected HH:MM (00:00–24:00)');

/** One opening range `["09:00", "17:30"]` of a day: start before end. */
const OpeningRange = z
  .tuple([WallTime, WallTime])
  .refine(([start, end]) => minutesOf(start) < minutesOf(end), {
    message: 'The range ends before it starts',
  });

/** The opening ranges of one day, in order and not overlapping (an empty list: closed all day). */
const DayHours = z
  .array(OpeningRange)
  .max(12)
  .superRefine((ranges, ctx) => {
    for (let i = 1; i < ranges.length; i++) {
      const previous = ranges[i - 1];
      const range = ranges[i];
      if (previous && range && minutesOf(range[0]) < minutesOf(previous[1])) {
        ctx.addIssue({
          code: 'custom',
          path: [i],
          message: 'Ranges must be in order and must not overlap',
        });
      }
    }
  });

/**
 * `BUSINESS_HOURS`: the time zone (IANA name) and the opening ranges per day; a day left out is
 * closed all day. `null` in the config means always open.
 */
export const BusinessHours = z
  .object({
    timezone: z
      .string()
      .min(1)
      .max(100)
      .refine(isTimeZone, { message: 'Unknown time zone (use an IANA name)' }),
    days: z
      .object({
        mon: DayHours.optional(),
        tue: DayHours.optional(),
        wed: DayHours.optional(),
        thu: DayHours.optional(),
        fri: DayHours.optional(),
        sat: DayHours.optional(),
        sun: DayHours.optional(),
      })
      .strict(),
  })
  .strict()
  .meta({ id: 'BusinessHours' });
export type BusinessHours = z.infer<typeof BusinessHours>;

/** `AWAY_MESSAGE`: shown to visitors outside business hours (at most 500 characters). */
export const AwayMessage = z.string().trim().min(1).max(500);

/** `REPLY_TIME`: how soon a reply usually comes, as the bubble tells visitors. */
export const ReplyTime = z.enum(['minutes', 'hours', 'day']);
export type ReplyTime = z.infer<typeof ReplyTime>;

/** Whether support is online now (on the server's clock) and when it opens next. */
export const Availability = z
  .object({
    /** True inside business hours (always true without `BUSINESS_HOURS`). */
    online: z.boolean(),
    /** The next opening while offline; null while online or when no opening is ever scheduled. */
    next_open_at: Timestamp.nullable(),
    reply_time: ReplyTime,
  })
  .meta({ id: 'Availability' });
export type Availability = z.infer<typeof Availability>;
