import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  dueMeasurement,
  periodEndOf,
  periodEnds,
  periodStartOf,
  previousPeriodEnd,
} from './periods.ts';

describe('reporting periods', () => {
  it.each([
    ['monthly', '2026-02-10', '2026-02-01', '2026-02-28', '2026-01-31'],
    ['monthly', '2024-02-29', '2024-02-01', '2024-02-29', '2024-01-31'],
    ['quarterly', '2026-05-15', '2026-04-01', '2026-06-30', '2026-03-31'],
    ['quarterly', '2026-01-01', '2026-01-01', '2026-03-31', '2025-12-31'],
    ['half_yearly', '2026-07-01', '2026-07-01', '2026-12-31', '2026-06-30'],
    ['yearly', '2026-03-03', '2026-01-01', '2026-12-31', '2025-12-31'],
  ] as const)(
    '%s period of %s runs %s … %s; the one before ends %s',
    (frequency, date, start, end, before) => {
      expect(periodStartOf(frequency, date)).toBe(start);
      expect(periodEndOf(frequency, date)).toBe(end);
      expect(previousPeriodEnd(frequency, date)).toBe(before);
    },
  );

  it('lists the period ends between two dates', () => {
    expect(periodEnds('quarterly', '2026-02-01', '2026-12-31')).toEqual([
      '2026-03-31',
      '2026-06-30',
      '2026-09-30',
      '2026-12-31',
    ]);
    expect(periodEnds('yearly', '2024-06-01', '2026-06-30')).toEqual(['2024-12-31', '2025-12-31']);
  });

  it('a measurement is due for the latest ended period without one, overdue after the grace period', () => {
    // Quarterly; Q3 2026 ended on 30 September.
    expect(dueMeasurement('quarterly', '2025-12-31', '2026-06-30', '2026-10-15')).toEqual({
      periodEnd: '2026-09-30',
      missing: 1,
      overdueFrom: '2026-10-30',
      overdue: false,
    });
    expect(dueMeasurement('quarterly', '2025-12-31', '2026-06-30', '2026-11-21')?.overdue).toBe(true);
    // A measurement dated anywhere in Q3 counts for Q3.
    expect(dueMeasurement('quarterly', '2025-12-31', '2026-08-15', '2026-11-21')).toBeNull();
    // Nothing is due for periods that end on or before the baseline.
    expect(dueMeasurement('yearly', '2025-12-31', null, '2026-06-30')).toBeNull();
    expect(dueMeasurement('yearly', '2025-12-31', null, '2026-12-31')?.periodEnd).toBe('2026-12-31');
    // Every period since the last covered one is missing; the oldest decides "overdue".
    expect(dueMeasurement('monthly', '2025-12-31', null, '2026-06-15')).toMatchObject({
      periodEnd: '2026-01-31',
      missing: 5,
      overdue: true,
    });
    // Without a baseline the latest ended period is due.
    expect(dueMeasurement('monthly', null, null, '2026-03-05')?.periodEnd).toBe('2026-02-28');
  });

  it('counts days between dates', () => {
    expect(daysBetween('2026-11-21', '2026-12-31')).toBe(40);
    expect(daysBetween('2026-12-31', '2026-11-21')).toBe(-40);
  });
});
