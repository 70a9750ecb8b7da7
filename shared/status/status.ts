// The status engine: pure, deterministic computations the dashboard, the reports and the tests
// share. Rules (documented for users in the help):
// - Planned trajectory: piecewise linear from the baseline through the targets (sorted by date);
//   before the baseline there is no plan, after the last target the plan holds its value.
// - Actual value at a date: periodic indicators — the latest measurement on or before the date;
//   cumulative indicators — baseline + the sum of the per-period measurements up to the date.
// - Deviation: how far the actual falls short of the plan, relative to the plan
//   (increase: (plan − actual) / |plan|; decrease: (actual − plan) / |plan|), compared at the
//   date of the latest measurement. ≤ at-risk tolerance: on track; ≤ off-track tolerance: at
//   risk; beyond: off track. Band indicators: inside the band on track; outside by at most the
//   off-track tolerance × band width at risk; beyond off track.
// - No measurement: no data. Latest measurement older than the frequency plus a grace period of
//   30 days: stale.
// - Trend: least squares over the latest measurements (the window: up to 8 points), projected to
//   a date; stated with its method and window.
// - Break-points: see breakPointStatus.
export type Frequency = 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
export type IndicatorStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data' | 'stale';

export interface StatusIndicator {
  readonly direction: 'increase' | 'decrease' | 'band';
  readonly aggregation: 'cumulative' | 'periodic';
  readonly frequency: Frequency;
  readonly toleranceAtRisk: number;
  readonly toleranceOffTrack: number;
  readonly bandLow: number | null;
  readonly bandHigh: number | null;
  readonly baselineDate: string | null;
  readonly baselineValue: number | null;
  readonly targets: readonly { readonly date: string; readonly value: number }[];
}

export interface Measurement {
  readonly date: string;
  readonly value: number;
}

const DAY = 86_400_000;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
/** Months in each reporting frequency's period. */
export const frequencyMonths: Record<Frequency, number> = {
  monthly: 1,
  quarterly: 3,
  half_yearly: 6,
  yearly: 12,
};
export const GRACE_DAYS = 30;
export const TREND_WINDOW = 8;

/** The plan's points: baseline, then targets by date. */
function planPoints(indicator: StatusIndicator): { t: number; v: number }[] {
  const points = [...indicator.targets]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((p) => ({ t: time(p.date), v: p.value }));
  if (indicator.baselineDate !== null && indicator.baselineValue !== null) {
    points.unshift({ t: time(indicator.baselineDate), v: indicator.baselineValue });
  }
  return points;
}

/** The planned value at a date (piecewise linear), or null before the plan starts. */
export function plannedValue(indicator: StatusIndicator, date: string): number | null {
  const points = planPoints(indicator);
  const at = time(date);
  if (points.length === 0 || at < points[0]!.t) return null;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (at <= b.t) return b.t === a.t ? b.v : a.v + ((b.v - a.v) * (at - a.t)) / (b.t - a.t);
  }
  return points[points.length - 1]!.v;
}

/** The measurements on or before a date, oldest first. */
function upTo(measurements: readonly Measurement[], date: string): readonly Measurement[] {
  let sorted = true;
  for (let i = 1; i < measurements.length && sorted; i++)
    sorted = measurements[i - 1]!.date <= measurements[i]!.date;
  if (!sorted) return measurements.filter((m) => m.date <= date).sort((a, b) => a.date.localeCompare(b.date));
  // Already in date order (as the database delivers them): cut at the date without copying.
  let end = measurements.length;
  while (end > 0 && measurements[end - 1]!.date > date) end--;
  return end === measurements.length ? measurements : measurements.slice(0, end);
}

/** The actual series up to a date, oldest first: running totals for cumulative indicators. */
export function actualSeries(
  indicator: StatusIndicator,
  measurements: readonly Measurement[],
  date: string,
): Measurement[] {
  let running = indicator.baselineValue ?? 0;
  return upTo(measurements, date).map((m) => {
    running = indicator.aggregation === 'cumulative' ? running + m.value : m.value;
    return { date: m.date, value: running };
  });
}

/** The indicator's actual value at a date (see the rules above), or null without data. */
export function actualValue(
  indicator: StatusIndicator,
  measurements: readonly Measurement[],
  date: string,
): number | null {
  const known = upTo(measurements, date);
  if (known.length === 0) return null;
  if (indicator.aggregation === 'periodic') return known[known.length - 1]!.value;
  return (indicator.baselineValue ?? 0) + known.reduce((sum, m) => sum + m.value, 0);
}

export interface IndicatorState {
  readonly status: IndicatorStatus;
  readonly actual: number | null;
  readonly planned: number | null;
  /** Shortfall relative to the plan (positive = behind); null when not comparable. */
  readonly deviation: number | null;
  readonly lastMeasurement: string | null;
}

export function indicatorStatus(
  indicator: StatusIndicator,
  measurements: readonly Measurement[],
  date: string,
): IndicatorState {
  const known = upTo(measurements, date);
  const last = known[known.length - 1];
  if (!last)
    return {
      status: 'no_data',
      actual: null,
      planned: plannedValue(indicator, date),
      deviation: null,
      lastMeasurement: null,
    };
  const actual = actualValue(indicator, known, last.date)!;
  const planned = plannedValue(indicator, last.date);
  const staleAfter = new Date(time(last.date));
  staleAfter.setUTCMonth(staleAfter.getUTCMonth() + frequencyMonths[indicator.frequency]);
  const stale = time(date) > staleAfter.getTime() + GRACE_DAYS * DAY;
  const deviation = deviationOf(indicator, actual, planned);
  const base = { actual, planned, deviation, lastMeasurement: last.date };
  if (stale) return { status: 'stale', ...base };
  if (deviation === null) return { status: 'no_data', ...base };
  const onTrackUpTo = indicator.direction === 'band' ? 0 : indicator.toleranceAtRisk;
  const status: IndicatorStatus =
    deviation <= onTrackUpTo
      ? 'on_track'
      : deviation <= indicator.toleranceOffTrack
        ? 'at_risk'
        : 'off_track';
  return { status, ...base };
}

function deviationOf(indicator: StatusIndicator, actual: number, planned: number | null): number | null {
  if (indicator.direction === 'band') {
    if (indicator.bandLow === null || indicator.bandHigh === null) return null;
    const width = Math.max(indicator.bandHigh - indicator.bandLow, Number.EPSILON);
    const outside =
      actual < indicator.bandLow
        ? indicator.bandLow - actual
        : actual > indicator.bandHigh
          ? actual - indicator.bandHigh
          : 0;
    // Inside the band is on track; outside, the distance counts in band widths.
    return outside / width;
  }
  if (planned === null) return null;
  const shortfall = indicator.direction === 'increase' ? planned - actual : actual - planned;
  if (shortfall <= 0) return 0;
  return planned === 0 ? Number.POSITIVE_INFINITY : shortfall / Math.abs(planned);
}

export interface Trend {
  readonly value: number;
  readonly method: {
    readonly kind: 'leastSquares';
    readonly window: number;
    readonly from: string;
    readonly to: string;
  };
}

/** Least-squares projection of the actual series to `until`, from the latest measurements up to `asOf`. */
export function trend(
  indicator: StatusIndicator,
  measurements: readonly Measurement[],
  asOf: string,
  until: string,
): Trend | null {
  // The series the plan speaks of: running totals for cumulative indicators.
  const window = actualSeries(indicator, measurements, asOf)
    .slice(-TREND_WINDOW)
    .map((m) => ({ t: time(m.date) / DAY, v: m.value, date: m.date }));
  if (window.length < 2) return null;
  const n = window.length;
  const mt = window.reduce((s, p) => s + p.t, 0) / n;
  const mv = window.reduce((s, p) => s + p.v, 0) / n;
  const sxx = window.reduce((s, p) => s + (p.t - mt) ** 2, 0);
  const slope = sxx === 0 ? 0 : window.reduce((s, p) => s + (p.t - mt) * (p.v - mv), 0) / sxx;
  return {
    value: mv + slope * (time(until) / DAY - mt),
    method: { kind: 'leastSquares', window: n, from: window[0]!.date, to: window[n - 1]!.date },
  };
}

export type Comparator = 'lt' | 'le' | 'gt' | 'ge' | 'eq';
export function compare(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case 'lt':
      return value < threshold;
    case 'le':
      return value <= threshold;
    case 'gt':
      return value > threshold;
    case 'ge':
      return value >= threshold;
    case 'eq':
      return Math.abs(value - threshold) < 1e-9;
  }
}

const severity: Record<IndicatorStatus, number> = {
  off_track: 4,
  at_risk: 3,
  stale: 2,
  on_track: 1,
  no_data: 0,
};

/**
 * Roll-up from indicators to a goal and from goals to the strategy: the worst status with data
 * (off track > at risk > stale > on track); no data only when nothing has data.
 */
export function rollUp(statuses: readonly IndicatorStatus[]): IndicatorStatus {
  return statuses.reduce<IndicatorStatus>(
    (worst, s) => (severity[s] > severity[worst] ? s : worst),
    'no_data',
  );
}

export type BreakPointStatus =
  | 'not_yet_due'
  | 'on_course'
  | 'at_risk'
  | 'met'
  | 'missed'
  | 'missed_no_evidence'
  | 'needs_assessment';

export interface RuleNode {
  readonly id: number;
  readonly parentId: number | null;
  readonly node: 'all' | 'any' | 'compare';
  readonly indicatorId: number | null;
  readonly comparator: Comparator | null;
  readonly threshold: number | null;
}

export interface IndicatorData {
  readonly indicator: StatusIndicator;
  readonly measurements: readonly Measurement[];
}

/** Evaluates the rule tree with the given values; null when a value is missing. Roots must all hold. */
export function evaluateRule(
  conditions: readonly RuleNode[],
  valueAt: (indicatorId: number) => number | null,
): boolean | null {
  const evaluate = (node: RuleNode): boolean | null => {
    if (node.node === 'compare') {
      if (node.indicatorId === null || node.comparator === null || node.threshold === null) return null;
      const value = valueAt(node.indicatorId);
      return value === null ? null : compare(value, node.comparator, node.threshold);
    }
    const results = conditions.filter((c) => c.parentId === node.id).map(evaluate);
    if (results.length === 0) return null;
    if (node.node === 'all') return results.includes(false) ? false : results.includes(null) ? null : true;
    return results.includes(true) ? true : results.includes(null) ? null : false;
  };
  const roots = conditions.filter((c) => c.parentId === null).map(evaluate);
  if (roots.length === 0) return null;
  return roots.includes(false) ? false : roots.includes(null) ? null : true;
}

/**
 * A break-point's status at a date. Qualitative: needs assessment. A rule met by the actual values
 * at any measurement date up to the check date is met, and stays met ("by the check date").
 * From the check date on, otherwise: missed — or missed for lack of evidence when no involved
 * indicator has data by then. Before it: the trend projected to the check date says on course or
 * at risk; without enough data for a trend it is not yet due.
 */
export function breakPointStatus(
  breakPoint: { readonly kind: 'rule' | 'qualitative'; readonly checkDate: string },
  conditions: readonly RuleNode[],
  data: ReadonlyMap<number, IndicatorData>,
  date: string,
): BreakPointStatus {
  if (breakPoint.kind === 'qualitative') return 'needs_assessment';
  const involved = [...new Set(conditions.flatMap((c) => (c.indicatorId === null ? [] : [c.indicatorId])))];
  const horizon = date < breakPoint.checkDate ? date : breakPoint.checkDate;
  const dates = [...new Set(involved.flatMap((id) => (data.get(id)?.measurements ?? []).map((m) => m.date)))]
    .filter((d) => d <= horizon)
    .sort();
  const actualAt = (at: string) => (id: number) => {
    const entry = data.get(id);
    return entry ? actualValue(entry.indicator, entry.measurements, at) : null;
  };
  if (dates.some((d) => evaluateRule(conditions, actualAt(d)) === true)) return 'met';
  if (date >= breakPoint.checkDate) return dates.length > 0 ? 'missed' : 'missed_no_evidence';
  const projected = evaluateRule(conditions, (id) => {
    const entry = data.get(id);
    return entry
      ? (trend(entry.indicator, entry.measurements, date, breakPoint.checkDate)?.value ?? null)
      : null;
  });
  return projected === null ? 'not_yet_due' : projected ? 'on_course' : 'at_risk';
}
