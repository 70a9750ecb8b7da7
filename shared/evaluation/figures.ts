// What an evaluation shows, computed from its frozen snapshot with the status engine, as of the
// cut-off date: indicator statuses with actual, plan, deviation and trend; the pace needed to
// reach the next target (or a break-point's threshold) against the pace so far; break-point
// statuses; overdue milestones; goal roll-ups. Pure: the meeting screen, the minutes, the funder
// report and the tests compute the same figures from the same facts.
import type { Snapshot, SnapshotBreakPoint, SnapshotIndicator } from '../contract/snapshot.ts';
import {
  actualSeries,
  type BreakPointStatus,
  breakPointStatus,
  type IndicatorData,
  type IndicatorStatus,
  indicatorStatus,
  type Measurement,
  type RuleNode,
  rollUp,
  type StatusIndicator,
  type Trend,
  trend,
} from '../status/status.ts';

const DAY = 86_400_000;
const MONTH_DAYS = 365.25 / 12;
const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const monthsBetween = (from: string, to: string) => (time(to) - time(from)) / DAY / MONTH_DAYS;

export interface Pace {
  /** Change per month needed from the cut-off to reach `target` by `date`. */
  readonly needed: number;
  /** Change per month so far: the slope of the least-squares trend (null without a trend). */
  readonly soFar: number | null;
  readonly target: number;
  readonly date: string;
}

export interface IndicatorFigures {
  readonly id: number;
  readonly name: string;
  readonly unit: string;
  readonly decimals: number;
  readonly derived: string | null;
  readonly direction: StatusIndicator['direction'];
  readonly status: IndicatorStatus;
  readonly actual: number | null;
  readonly planned: number | null;
  readonly deviation: number | null;
  readonly lastMeasurement: string | null;
  /** The next target after the cut-off, else the last one. */
  readonly target: { readonly date: string; readonly value: number } | null;
  /** The trend projected to the target's date (or a year after the cut-off). */
  readonly trend: (Trend & { readonly until: string }) | null;
  /** For an indicator behind its plan: what it takes to reach the target in time. */
  readonly pace: Pace | null;
  /** The actual series (running totals for cumulative indicators) and the plan's points. */
  readonly series: readonly Measurement[];
  readonly plan: readonly Measurement[];
}

export interface BreakPointFigures {
  readonly id: number;
  readonly title: string;
  readonly kind: 'rule' | 'qualitative';
  readonly checkDate: string;
  readonly status: BreakPointStatus;
  readonly indicatorIds: readonly number[];
  /** For a rule break-point at risk on one indicator: what it takes to meet it by the check date. */
  readonly pace: Pace | null;
}

export interface MilestoneFigures {
  readonly id: number;
  readonly title: string;
  readonly goalId: number | null;
  readonly dueDate: string;
  readonly status: string;
  readonly completedOn: string | null;
  readonly overdue: boolean;
  /** Days past the due date at the cut-off (0 when not overdue). */
  readonly daysOverdue: number;
}

export interface GoalFigures {
  readonly id: number;
  readonly parentId: number | null;
  readonly title: string;
  readonly status: IndicatorStatus;
  readonly indicatorIds: readonly number[];
}

export interface EvaluationFigures {
  readonly cutoff: string;
  readonly strategyStatus: IndicatorStatus;
  readonly indicators: readonly IndicatorFigures[];
  readonly breakPoints: readonly BreakPointFigures[];
  readonly milestones: readonly MilestoneFigures[];
  readonly goals: readonly GoalFigures[];
}

export function statusIndicator(indicator: SnapshotIndicator): StatusIndicator {
  return {
    direction: indicator.direction,
    aggregation: indicator.aggregation,
    frequency: indicator.frequency,
    toleranceAtRisk: indicator.toleranceAtRisk,
    toleranceOffTrack: indicator.toleranceOffTrack,
    bandLow: indicator.bandLow,
    bandHigh: indicator.bandHigh,
    baselineDate: indicator.baselineDate,
    baselineValue: indicator.baselineValue,
    targets: indicator.targets,
  };
}

/** Slope of the trend per month (the change the least-squares line makes in a month). */
function slopePerMonth(indicator: StatusIndicator, measurements: readonly Measurement[], asOf: string) {
  const inAMonth = new Date(time(asOf) + MONTH_DAYS * DAY).toISOString().slice(0, 10);
  const now = trend(indicator, measurements, asOf, asOf);
  const later = trend(indicator, measurements, asOf, inAMonth);
  if (!now || !later) return null;
  return (later.value - now.value) / (monthsBetween(asOf, inAMonth) || 1);
}

export function indicatorFigures(indicator: SnapshotIndicator, cutoff: string): IndicatorFigures {
  const input = statusIndicator(indicator);
  const measurements = indicator.measurements.filter((m) => m.date <= cutoff);
  const state = indicatorStatus(input, measurements, cutoff);
  const targets = [...indicator.targets].sort((a, b) => a.date.localeCompare(b.date));
  const target = targets.find((t) => t.date > cutoff) ?? targets[targets.length - 1] ?? null;
  const until =
    target && target.date > cutoff ? target.date : `${Number(cutoff.slice(0, 4)) + 1}${cutoff.slice(4)}`;
  const projected = trend(input, measurements, cutoff, until);
  const behind = state.status === 'at_risk' || state.status === 'off_track';
  const pace =
    behind && target && target.date > cutoff && state.actual !== null && indicator.direction !== 'band'
      ? {
          needed: (target.value - state.actual) / monthsBetween(cutoff, target.date),
          soFar: slopePerMonth(input, measurements, cutoff),
          target: target.value,
          date: target.date,
        }
      : null;
  const plan = [
    ...(indicator.baselineDate !== null && indicator.baselineValue !== null
      ? [{ date: indicator.baselineDate, value: indicator.baselineValue }]
      : []),
    ...targets,
  ];
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    decimals: indicator.decimals,
    derived: indicator.derived,
    direction: indicator.direction,
    status: state.status,
    actual: state.actual,
    planned: state.planned,
    deviation: state.deviation,
    lastMeasurement: state.lastMeasurement,
    target,
    trend: projected ? { ...projected, until } : null,
    pace,
    series: actualSeries(input, measurements, cutoff),
    plan,
  };
}

function ruleNodes(breakPoint: SnapshotBreakPoint): RuleNode[] {
  return breakPoint.conditions.map((c) => ({
    id: c.id,
    parentId: c.parentId,
    node: c.node,
    indicatorId: c.indicatorId,
    comparator: c.comparator,
    threshold: c.threshold,
  }));
}

export function breakPointFigures(
  breakPoint: SnapshotBreakPoint,
  data: ReadonlyMap<number, IndicatorData>,
  cutoff: string,
): BreakPointFigures {
  const conditions = ruleNodes(breakPoint);
  const status = breakPointStatus(breakPoint, conditions, data, cutoff);
  const compares = conditions.filter((c) => c.node === 'compare' && c.indicatorId !== null);
  const indicatorIds = [...new Set(compares.map((c) => c.indicatorId!))];
  let pace: Pace | null = null;
  const single = compares.length === 1 ? compares[0]! : null;
  if (status === 'at_risk' && single && single.threshold !== null && breakPoint.checkDate > cutoff) {
    const entry = data.get(single.indicatorId!);
    const series = entry ? actualSeries(entry.indicator, entry.measurements, cutoff) : [];
    const actual = series[series.length - 1]?.value;
    if (entry && actual !== undefined) {
      pace = {
        needed: (single.threshold - actual) / monthsBetween(cutoff, breakPoint.checkDate),
        soFar: slopePerMonth(entry.indicator, entry.measurements, cutoff),
        target: single.threshold,
        date: breakPoint.checkDate,
      };
    }
  }
  return {
    id: breakPoint.id,
    title: breakPoint.title,
    kind: breakPoint.kind,
    checkDate: breakPoint.checkDate,
    status,
    indicatorIds,
    pace,
  };
}

export function evaluationFigures(snapshot: Snapshot): EvaluationFigures {
  const { cutoff } = snapshot;
  const indicators = snapshot.indicators.map((i) => indicatorFigures(i, cutoff));
  const data = new Map<number, IndicatorData>(
    snapshot.indicators.map((i) => [
      i.id,
      { indicator: statusIndicator(i), measurements: i.measurements.filter((m) => m.date <= cutoff) },
    ]),
  );
  const statusOf = new Map(indicators.map((i) => [i.id, i.status]));
  const goals = snapshot.goals.map((g) => {
    const own = g.indicatorIds.map((id) => statusOf.get(id) ?? 'no_data');
    const children = snapshot.goals
      .filter((c) => c.parentId === g.id)
      .flatMap((c) => c.indicatorIds.map((id) => statusOf.get(id) ?? 'no_data'));
    return {
      id: g.id,
      parentId: g.parentId,
      title: g.title,
      status: rollUp([...own, ...children]),
      indicatorIds: g.indicatorIds,
    };
  });
  const milestones = snapshot.milestones.map((m) => {
    const open = m.status !== 'done' && m.status !== 'cancelled';
    const overdue = open && m.dueDate < cutoff;
    return {
      id: m.id,
      title: m.title,
      goalId: m.goalId,
      dueDate: m.dueDate,
      status: m.status,
      completedOn: m.completedOn,
      overdue,
      daysOverdue: overdue ? Math.round((time(cutoff) - time(m.dueDate)) / DAY) : 0,
    };
  });
  return {
    cutoff,
    strategyStatus: rollUp(goals.filter((g) => g.parentId === null).map((g) => g.status)),
    indicators,
    breakPoints: snapshot.breakPoints.map((b) => breakPointFigures(b, data, cutoff)),
    milestones,
    goals,
  };
}
