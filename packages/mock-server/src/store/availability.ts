import { type BusinessHours, minutesOf, WEEKDAYS, type Weekday } from '@helpdock/sdk/schemas';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** A wall-clock date and time in some time zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  weekday: Weekday;
  /** Minutes after local midnight. */
  minutes: number;
}

/** Whether support is open at an instant, and when it opens next. */
export interface OpenState {
  /** True inside an opening range. */
  online: boolean;
  /** Epoch ms of the next opening while closed; null while open or when no range is ever open. */
  nextOpenAt: number | null;
}

// Building a DateTimeFormat is the expensive part of Intl: one per time zone, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock in `timeZone` at instant `at` (epoch ms), as Intl computes it (DST included). */
function wallClockAt(timeZone: string, at: number): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: (parts.weekday ?? '').toLowerCase().slice(0, 3) as Weekday,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** The wall clock read as if it were UTC, in epoch ms: comparing it with the instant gives the offset. */
const wallAsUtc = (wall: Pick<WallClock, 'year' | 'month' | 'day' | 'minutes'>): number =>
  Date.UTC(wall.year, wall.month - 1, wall.day) + wall.minutes * MINUTE_MS;

/** The zone's UTC offset at `at`, in ms (whole minutes). */
const offsetAt = (timeZone: string, at: number): number =>
  wallAsUtc(wallClockAt(timeZone, at)) - Math.floor(at / MINUTE_MS) * MINUTE_MS;

/**
 * The first instant at which the wall clock of `timeZone` reads `minutes` on the local date of
 * `date` or later: the earlier one when the time happens twice (clocks set back), the moment the
 * clocks jump when it never happens (clocks set forward), so an opening inside a DST gap opens then.
 */
function firstInstantAtOrAfter(timeZone: string, date: Omit<WallClock, 'weekday'>): number {
  const local = wallAsUtc(date);
  // The offsets a day before and after cover any transition near that date.
  const candidates = [local - offsetAt(timeZone, local - DAY_MS), local - offsetAt(timeZone, local + DAY_MS)];
  const exact = candidates.filter((at) => wallAsUtc(wallClockAt(timeZone, at)) === local);
  if (exact.length > 0) return Math.min(...exact);
  // In a gap: bisect (to the minute) for the first instant whose wall clock is at or past `local`.
  let low = Math.min(...candidates);
  let high = Math.max(...candidates);
  while (high - low > MINUTE_MS) {
    const mid = low + Math.floor((high - low) / 2 / MINUTE_MS) * MINUTE_MS;
    if (wallAsUtc(wallClockAt(timeZone, mid)) >= local) high = mid;
    else low = mid;
  }
  return high;
}

const rangesOf = (hours: BusinessHours, day: Weekday) => hours.days[day] ?? [];

/** True when the wall clock falls in one of its day's opening ranges (start inclusive, end exclusive). */
const isOpenAt = (hours: BusinessHours, wall: WallClock): boolean =>
  rangesOf(hours, wall.weekday).some(
    ([start, end]) => minutesOf(start) <= wall.minutes && wall.minutes < minutesOf(end),
  );

/**
 * Whether support is open at `now` (epoch ms) under `hours` (null: always open), and when it opens
 * next, computed in the business's time zone with Intl so daylight-saving changes are respected.
 *
 * @example
 * ```ts
 * openState({ timezone: 'Europe/Berlin', days: { mon: [['09:00', '17:00']] } }, Date.now());
 * ```
 */
export function openState(hours: BusinessHours | null, now: number): OpenState {
  if (hours === null) return { online: true, nextOpenAt: null };
  const wall = wallClockAt(hours.timezone, now);
  if (isOpenAt(hours, wall)) return { online: true, nextOpenAt: null };
  const today = Date.UTC(wall.year, wall.month - 1, wall.day);
  const weekdayIndex = WEEKDAYS.indexOf(wall.weekday);
  // Eight local days cover a full week from any moment of today.
  for (let offset = 0; offset <= 7; offset++) {
    const date = new Date(today + offset * DAY_MS);
    const weekday = WEEKDAYS[(weekdayIndex + offset) % 7] as Weekday;
    for (const [start] of rangesOf(hours, weekday)) {
      const at = firstInstantAtOrAfter(hours.timezone, {
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
        minutes: minutesOf(start),
      });
      // A range that lies wholly inside a skipped DST hour never opens that day.
      if (at > now && isOpenAt(hours, wallClockAt(hours.timezone, at)))
        return { online: false, nextOpenAt: at };
    }
  }
  return { online: false, nextOpenAt: null };
}
