import { type BusinessHours, PublicConfig } from '@helpdock/sdk/schemas';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ManualClock, ReferenceServer } from '../src/index.js';
import { openState } from '../src/store/availability.js';
import { call, demoServer, isEnvelope, login } from './helpers.js';

const weekdays = (open: string, close: string): BusinessHours['days'] => ({
  mon: [[open, close]],
  tue: [[open, close]],
  wed: [[open, close]],
  thu: [[open, close]],
  fri: [[open, close]],
});

const at = (timestamp: string) => Date.parse(timestamp);
const next = (hours: BusinessHours | null, now: string) => {
  const state = openState(hours, at(now));
  return {
    online: state.online,
    next: state.nextOpenAt === null ? null : new Date(state.nextOpenAt).toISOString(),
  };
};

describe('opening hours (store)', () => {
  const berlin: BusinessHours = { timezone: 'Europe/Berlin', days: weekdays('09:00', '17:30') };

  it('is always open without business hours', () => {
    expect(next(null, '2026-02-01T03:00:00Z')).toEqual({ online: true, next: null });
  });

  it('is open inside a range in the business’s time zone, closed at its end', () => {
    // Monday 2 Feb 2026, 08:00 UTC is 09:00 in Berlin (CET, UTC+1).
    expect(next(berlin, '2026-02-02T08:00:00Z')).toEqual({ online: true, next: null });
    expect(next(berlin, '2026-02-02T07:59:00Z')).toEqual({ online: false, next: '2026-02-02T08:00:00.000Z' });
    expect(next(berlin, '2026-02-02T16:30:00Z')).toEqual({ online: false, next: '2026-02-03T08:00:00.000Z' });
  });

  it('skips closed days: Friday evening opens on Monday', () => {
    expect(next(berlin, '2026-02-06T18:00:00Z')).toEqual({ online: false, next: '2026-02-09T08:00:00.000Z' });
  });

  it('follows daylight saving time: the same wall-clock hour is another UTC hour in summer', () => {
    // Friday 27 March (CET) → Monday 30 March (CEST, UTC+2).
    expect(next(berlin, '2026-03-27T17:00:00Z')).toEqual({ online: false, next: '2026-03-30T07:00:00.000Z' });
    // New York: Friday 6 March (EST) → Monday 9 March (EDT, clocks moved on Sunday 8 March).
    const newYork: BusinessHours = { timezone: 'America/New_York', days: weekdays('09:00', '17:00') };
    expect(next(newYork, '2026-03-06T23:00:00Z')).toEqual({
      online: false,
      next: '2026-03-09T13:00:00.000Z',
    });
    expect(next(newYork, '2026-03-09T13:30:00Z').online).toBe(true);
  });

  it('opens when the clocks jump over an opening time, and at the first of a doubled hour', () => {
    // Berlin skips 02:00–03:00 on Sunday 29 March 2026: an opening at 02:30 happens at 03:00 CEST.
    const night: BusinessHours = { timezone: 'Europe/Berlin', days: { sun: [['02:30', '06:00']] } };
    expect(next(night, '2026-03-28T12:00:00Z')).toEqual({ online: false, next: '2026-03-29T01:00:00.000Z' });
    // 02:30 happens twice on Sunday 25 October 2026: the first time (CEST) counts.
    expect(next(night, '2026-10-24T12:00:00Z')).toEqual({ online: false, next: '2026-10-25T00:30:00.000Z' });
  });

  it('never opens when no day has a range; 24:00 closes at midnight', () => {
    expect(next({ timezone: 'UTC', days: {} }, '2026-02-02T10:00:00Z')).toEqual({
      online: false,
      next: null,
    });
    const late: BusinessHours = { timezone: 'UTC', days: { mon: [['20:00', '24:00']] } };
    expect(next(late, '2026-02-02T23:59:00Z').online).toBe(true);
    expect(next(late, '2026-02-03T00:00:00Z')).toEqual({ online: false, next: '2026-02-09T20:00:00.000Z' });
  });
});

describe('availability in the config (HTTP)', () => {
  let reference: ReferenceServer;
  let clock: ManualClock;
  let admin: string;

  beforeEach(async () => {
    ({ reference, clock } = demoServer());
    admin = await login(reference, 'admin@acme.test');
  });

  const put = (json: unknown) =>
    call(reference, '/api/support/config', { method: 'PUT', json, token: admin });
  const publicConfig = async (headers: Record<string, string> = {}) => {
    const result = await call(reference, '/api/support/public/config', { headers });
    return { ...result, config: result.status === 200 ? PublicConfig.parse(result.body) : undefined };
  };

  it('is always open without business hours, with the reply time set', async () => {
    const config = await call(reference, '/api/support/config', { token: admin });
    expect(config.body).toMatchObject({ BUSINESS_HOURS: null, AWAY_MESSAGE: null, REPLY_TIME: 'minutes' });
    expect((await publicConfig()).config).toMatchObject({
      availability: { online: true, next_open_at: null, reply_time: 'minutes' },
      away_message: null,
    });
  });

  it('seeds the demo’s second tenant with Berlin office hours: away on a Sunday', async () => {
    const globex = await publicConfig({ 'X-Site-Key': 'pk_globex_demo' });
    expect(globex.config?.availability).toEqual({
      online: false,
      next_open_at: '2026-02-02T08:00:00.000Z',
      reply_time: 'hours',
    });
    expect(globex.config?.away_message).toMatch(/out of the office/);
  });

  it('says when support is away, with the away message and the next opening, on the server clock', async () => {
    const saved = await put({
      BUSINESS_HOURS: { timezone: 'Europe/Berlin', days: weekdays('09:00', '17:30') },
      AWAY_MESSAGE: 'We are away: leave a message and we answer in the morning.',
      REPLY_TIME: 'minutes',
    });
    expect(saved.status).toBe(200);
    expect(saved.body.BUSINESS_HOURS.days.mon).toEqual([['09:00', '17:30']]);
    // The demo clock starts on Sunday 1 Feb 2026, 10:00 UTC: closed until Monday 09:00 Berlin time.
    const away = await publicConfig();
    expect(away.config).toEqual({
      whatsapp_number: '15555550100',
      support_bubble_enabled: true,
      availability: { online: false, next_open_at: '2026-02-02T08:00:00.000Z', reply_time: 'minutes' },
      away_message: 'We are away: leave a message and we answer in the morning.',
    });
    clock.set(Date.parse('2026-02-02T09:00:00Z'));
    const open = await publicConfig();
    expect(open.config?.availability).toEqual({ online: true, next_open_at: null, reply_time: 'minutes' });
    expect(open.config?.away_message).toBeNull();
  });

  it('revalidates: 304 while availability holds, a new ETag once it changes', async () => {
    await put({ BUSINESS_HOURS: { timezone: 'Europe/Berlin', days: weekdays('09:00', '17:30') } });
    const first = await publicConfig();
    const etag = first.headers.get('etag') ?? '';
    expect(first.headers.get('cache-control')).toMatch(/max-age/);
    clock.advance(60 * 60_000);
    expect((await publicConfig({ 'If-None-Match': etag })).status).toBe(304);
    clock.set(Date.parse('2026-02-02T08:00:00Z'));
    const opened = await publicConfig({ 'If-None-Match': etag });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('etag')).not.toBe(etag);
  });

  it('rejects bad business hours, away messages and reply times with 422 naming the field', async () => {
    const cases: [unknown, string][] = [
      [{ BUSINESS_HOURS: { timezone: 'Mars/Olympus', days: {} } }, 'BUSINESS_HOURS.timezone'],
      [
        { BUSINESS_HOURS: { timezone: 'UTC', days: { mon: [['25:00', '26:00']] } } },
        'BUSINESS_HOURS.days.mon.0.0',
      ],
      [
        { BUSINESS_HOURS: { timezone: 'UTC', days: { mon: [['9:00', '17:00']] } } },
        'BUSINESS_HOURS.days.mon.0.0',
      ],
      [
        { BUSINESS_HOURS: { timezone: 'UTC', days: { mon: [['17:00', '09:00']] } } },
        'BUSINESS_HOURS.days.mon.0',
      ],
      [
        {
          BUSINESS_HOURS: {
            timezone: 'UTC',
            days: {
              tue: [
                ['09:00', '13:00'],
                ['12:00', '17:00'],
              ],
            },
          },
        },
        'BUSINESS_HOURS.days.tue.1',
      ],
      [{ BUSINESS_HOURS: { timezone: 'UTC', days: { monday: [] } } }, 'BUSINESS_HOURS.days.monday'],
      [{ BUSINESS_HOURS: { timezone: 'UTC' } }, 'BUSINESS_HOURS.days'],
      [{ BUSINESS_HOURS: 'weekdays' }, 'BUSINESS_HOURS'],
      [{ AWAY_MESSAGE: 'x'.repeat(501) }, 'AWAY_MESSAGE'],
      [{ REPLY_TIME: 'weeks' }, 'REPLY_TIME'],
    ];
    for (const [json, path] of cases) {
      const result = await put(json);
      expect([path, result.status]).toEqual([path, 422]);
      expect(isEnvelope(result, 'validation_error')).toBe(true);
      expect(result.body.error.details.map((d: { path: string }) => d.path)).toContain(path);
    }
    const unchanged = await call(reference, '/api/support/config', { token: admin });
    expect(unchanged.body.BUSINESS_HOURS).toBeNull();
  });

  it('clears business hours and the away message with null', async () => {
    await put({ BUSINESS_HOURS: { timezone: 'UTC', days: {} }, AWAY_MESSAGE: 'Back soon' });
    expect((await publicConfig()).config?.away_message).toBe('Back soon');
    const cleared = await put({ BUSINESS_HOURS: null, AWAY_MESSAGE: null });
    expect(cleared.body).toMatchObject({ BUSINESS_HOURS: null, AWAY_MESSAGE: null });
    expect((await publicConfig()).config?.availability.online).toBe(true);
  });
});
