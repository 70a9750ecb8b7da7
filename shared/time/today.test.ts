import { afterEach, describe, expect, it, vi } from 'vitest';
import { localToday, localYear } from './today.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('localToday', () => {
  it.each([
    // 23:30 in Berlin (UTC+2 in summer) is still the same day in UTC…
    ['Europe/Berlin', '2026-06-30T21:30:00Z', '2026-06-30'],
    // …but 00:30 in Berlin is the previous day in UTC: the local date wins.
    ['Europe/Berlin', '2026-06-30T22:30:00Z', '2026-07-01'],
    // 23:30 on New Year's Eve in Tokyo is 14:30 UTC; 00:30 on 1 January is still 31 December in UTC.
    ['Asia/Tokyo', '2026-12-31T14:30:00Z', '2026-12-31'],
    ['Asia/Tokyo', '2026-12-31T15:30:00Z', '2027-01-01'],
    // West of UTC it is the other way round: 23:30 in New York is already tomorrow in UTC.
    ['America/New_York', '2027-01-01T04:30:00Z', '2026-12-31'],
  ])('in %s at %s is %s', (zone, instant, expected) => {
    vi.stubEnv('TZ', zone);
    const now = new Date(instant);
    expect(localToday(now)).toBe(expected);
    expect(localYear(now)).toBe(Number(expected.slice(0, 4)));
  });
});
