// Reporting periods: when a measurement of an indicator is due. Periods follow the calendar
// (months; quarters ending in March, June, September, December; half-years ending in June and
// December; years ending on 31 December). A measurement is dated on its period's last day; it
// counts for the period it falls into.
import { type Frequency, frequencyMonths, GRACE_DAYS } from './status.ts';

const months = frequencyMonths;
const DAY = 86_400_000;

function iso(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** The last day of the period that contains `date`. */
export function periodEndOf(frequency: Frequency, date: string): string {
  const step = months[frequency];
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  const endMonth = Math.floor(month / step) * step + step; // exclusive
  return iso(year, endMonth, 0);
}

/** The first day of the period that ends on (or contains) `date`. */
export function periodStartOf(frequency: Frequency, date: string): string {
  const step = months[frequency];
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1;
  return iso(year, Math.floor(month / step) * step, 1);
}

/** The end of the period before the one that contains `date`. */
export function previousPeriodEnd(frequency: Frequency, date: string): string {
  return iso(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1 - ((Number(date.slice(5, 7)) - 1) % months[frequency]),
    0,
  );
}

/**
 * Every period end from the period containing `from` up to `to` (inclusive), oldest first. The
 * loop counts months, not strings: how many periods there are follows from the two dates alone
 * (ISO strings of different lengths, such as years 9999 and 10000, do not sort as dates do).
 */
export function periodEnds(frequency: Frequency, from: string, to: string): string[] {
  const step = months[frequency];
  const count = periodsBetween(frequency, from, to);
  const first = monthIndex(periodEndOf(frequency, from));
  const ends: string[] = [];
  for (let i = 0; i < count; i++) {
    const m = first + i * step;
    const end = iso(Math.floor(m / 12), (m % 12) + 1, 0);
    if (end <= to) ends.push(end);
  }
  return ends;
}

/** Months since year 0 of a date's month (0 = January of year 0). */
function monthIndex(date: string): number {
  return Number(date.slice(0, -6)) * 12 + Number(date.slice(-5, -3)) - 1;
}

/** How many periods end between the period containing `from` and `to`'s period (inclusive); 0 if none. */
function periodsBetween(frequency: Frequency, from: string, to: string): number {
  const step = months[frequency];
  const span = monthIndex(periodEndOf(frequency, to)) - monthIndex(periodEndOf(frequency, from));
  return span < 0 ? 0 : Math.floor(span / step) + 1;
}

export interface DueMeasurement {
  /** The oldest period end without a measurement. */
  readonly periodEnd: string;
  /** How many ended periods lack a measurement. */
  readonly missing: number;
  /** The date from which it counts as overdue (that period's end + the grace period). */
  readonly overdueFrom: string;
  readonly overdue: boolean;
}

/**
 * What is due as of a date: the periods that have ended since the last one covered (by the
 * latest measurement, else by the baseline). Null when nothing is due. Overdue once the oldest
 * of them ended more than the grace period ago.
 */
export function dueMeasurement(
  frequency: Frequency,
  baselineDate: string | null,
  lastMeasurement: string | null,
  asOf: string,
): DueMeasurement | null {
  const lastEnded = periodEndOf(frequency, asOf) === asOf ? asOf : previousPeriodEnd(frequency, asOf);
  const covered = lastMeasurement ?? baselineDate;
  const firstMissing =
    covered === null ? lastEnded : nextPeriodEnd(frequency, periodEndOf(frequency, covered));
  if (firstMissing > lastEnded) return null;
  const overdueFrom = new Date(Date.parse(`${firstMissing}T00:00:00Z`) + GRACE_DAYS * DAY)
    .toISOString()
    .slice(0, 10);
  return {
    periodEnd: firstMissing,
    missing: periodsBetween(frequency, firstMissing, lastEnded),
    overdueFrom,
    overdue: asOf >= overdueFrom,
  };
}

function nextPeriodEnd(frequency: Frequency, end: string): string {
  const next = new Date(`${end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return periodEndOf(frequency, next.toISOString().slice(0, 10));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}
