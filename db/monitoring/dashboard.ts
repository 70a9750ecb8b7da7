// The dashboard of one cluster at an "as of" date: every status the status engine gives, read
// in a handful of queries (the indicators' inputs in three, see status-inputs.ts).
import type { Dashboard, DashboardIndicator, Timeline } from '../../shared/contract/monitoring.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import { daysBetween, dueMeasurement } from '../../shared/status/periods.ts';
import {
  actualSeries,
  breakPointStatus,
  type IndicatorData,
  indicatorStatus,
  type RuleNode,
  rollUp,
  TREND_WINDOW,
} from '../../shared/status/status.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';
import { loadRecentInputs, loadRuleInputs } from './status-inputs.ts';

/** How many points of the actual series a card's sparkline gets. */
const SPARK_POINTS = 12;
/** Milestones due within this many days count as upcoming. */
const UPCOMING_DAYS = 90;

export function buildDashboard(
  db: SqliteDatabase,
  q: QueryRunner,
  clusterId: number,
  asOf: string,
  strategyId?: number,
): Dashboard {
  const cluster = q.getSql('select id from cluster where id = ?', [clusterId]);
  if (!cluster) throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: String(clusterId) });
  const strategies = q.all(
    builder
      .selectFrom('strategy')
      .select(['id', 'title', 'period_start', 'period_end'])
      .where('cluster_id', '=', clusterId)
      .orderBy('period_start'),
  );
  // The strategy asked for, else the one in force at the date, else the latest begun, else the first.
  const strategy =
    strategies.find((s) => s.id === strategyId) ??
    strategies.find((s) => s.period_start <= asOf && asOf <= s.period_end) ??
    strategies.filter((s) => s.period_start <= asOf).at(-1) ??
    strategies[0] ??
    null;

  // The latest points of each indicator suffice for statuses, trends and sparklines.
  const inputs = loadRecentInputs(db, asOf, Math.max(SPARK_POINTS, TREND_WINDOW + 1), clusterId);
  const indicators: DashboardIndicator[] = inputs.map((input) => {
    const state = indicatorStatus(input.indicator, input.measurements, asOf);
    const series = actualSeries(input.indicator, input.measurements, asOf);
    const { indicator } = input;
    const plan = [
      ...(indicator.baselineDate !== null && indicator.baselineValue !== null
        ? [{ date: indicator.baselineDate, value: indicator.baselineValue }]
        : []),
      ...indicator.targets,
    ];
    const due = input.derived
      ? null
      : dueMeasurement(indicator.frequency, indicator.baselineDate, state.lastMeasurement, asOf);
    return {
      id: input.id,
      name: input.name,
      unit: input.unit,
      decimals: input.decimals,
      derived: input.derived,
      direction: indicator.direction,
      aggregation: indicator.aggregation,
      frequency: indicator.frequency,
      status: state.status,
      actual: state.actual,
      planned: state.planned,
      deviation: Number.isFinite(state.deviation) ? state.deviation : null,
      lastDate: state.lastMeasurement,
      series: series.slice(-SPARK_POINTS),
      plan,
      due: due ? { periodEnd: due.periodEnd, overdue: due.overdue } : null,
    };
  });
  const statusOf = new Map(indicators.map((i) => [i.id, i.status]));

  if (!strategy)
    return { asOf, clusterId, strategy: null, goals: [], indicators, breakPoints: [], milestones: [] };

  const goalRows = q.all(
    builder
      .selectFrom('goal')
      .select(['id', 'parent_id', 'title'])
      .where('strategy_id', '=', strategy.id)
      .orderBy('parent_id')
      .orderBy('sort_order'),
  );
  const linked = new Map<number, number[]>();
  for (const link of q.all(
    builder
      .selectFrom('indicator_goal')
      .innerJoin('goal', 'goal.id', 'indicator_goal.goal_id')
      .select(['indicator_goal.goal_id', 'indicator_goal.indicator_id'])
      .where('goal.strategy_id', '=', strategy.id),
  )) {
    const list = linked.get(link.goal_id) ?? [];
    list.push(link.indicator_id);
    linked.set(link.goal_id, list);
  }
  // A goal's status rolls up its own indicators and its objectives' indicators.
  const goals = goalRows.map((g) => {
    const own = linked.get(g.id) ?? [];
    const fromChildren = goalRows.filter((c) => c.parent_id === g.id).flatMap((c) => linked.get(c.id) ?? []);
    const ids = [...new Set([...own, ...fromChildren])];
    return {
      id: g.id,
      parentId: g.parent_id,
      title: g.title,
      status: rollUp(ids.map((i) => statusOf.get(i) ?? 'no_data')),
      indicatorIds: own,
    };
  });
  const strategyIndicators = new Set(goals.flatMap((g) => g.indicatorIds));

  const conditions = new Map<number, RuleNode[]>();
  for (const c of q.all(
    builder
      .selectFrom('break_point_condition')
      .innerJoin('break_point', 'break_point.id', 'break_point_condition.break_point_id')
      .select([
        'break_point_condition.id',
        'break_point_condition.break_point_id',
        'break_point_condition.parent_id',
        'break_point_condition.node',
        'break_point_condition.indicator_id',
        'break_point_condition.comparator',
        'break_point_condition.threshold',
      ])
      .where('break_point.strategy_id', '=', strategy.id),
  )) {
    const list = conditions.get(c.break_point_id) ?? [];
    list.push({
      id: c.id,
      parentId: c.parent_id,
      node: c.node as RuleNode['node'],
      indicatorId: c.indicator_id,
      comparator: c.comparator as RuleNode['comparator'],
      threshold: c.threshold,
    });
    conditions.set(c.break_point_id, list);
  }
  // Rules look at every measurement date up to the check date: the full series of their indicators.
  const data = new Map<number, IndicatorData>(loadRuleInputs(db, asOf, strategy.id).map((i) => [i.id, i]));
  const breakPoints = q
    .all(
      builder
        .selectFrom('break_point')
        .select(['id', 'title', 'kind', 'check_date'])
        .where('strategy_id', '=', strategy.id)
        .orderBy('check_date'),
    )
    .map((b) => ({
      id: b.id,
      title: b.title,
      kind: b.kind as 'rule' | 'qualitative',
      status: breakPointStatus(
        { kind: b.kind as 'rule' | 'qualitative', checkDate: b.check_date },
        conditions.get(b.id) ?? [],
        data,
        asOf,
      ),
      checkDate: b.check_date,
      daysToCheck: daysBetween(asOf, b.check_date),
    }));

  const milestones = q
    .all(
      builder
        .selectFrom('milestone')
        .select(['id', 'title', 'goal_id', 'due_date', 'status', 'completed_on'])
        .where('strategy_id', '=', strategy.id)
        .orderBy('due_date'),
    )
    .map((m) => {
      const open = m.status !== 'done' && m.status !== 'cancelled';
      const done = m.completed_on !== null && m.completed_on <= asOf;
      return {
        id: m.id,
        title: m.title,
        goalId: m.goal_id,
        dueDate: m.due_date,
        status: m.status as Dashboard['milestones'][number]['status'],
        overdue: open && !done && m.due_date < asOf,
        daysToDue: daysBetween(asOf, m.due_date),
        open: open && !done,
      };
    })
    .filter((m) => m.open && (m.overdue || m.daysToDue <= UPCOMING_DAYS))
    .map(({ open: _open, ...m }) => m);

  return {
    asOf,
    clusterId,
    strategy: {
      id: strategy.id,
      title: strategy.title,
      periodStart: strategy.period_start,
      periodEnd: strategy.period_end,
      status: rollUp([...strategyIndicators].map((i) => statusOf.get(i) ?? 'no_data')),
    },
    goals,
    indicators,
    breakPoints,
    milestones,
  };
}

export function buildTimeline(q: QueryRunner, strategyId: number): Timeline {
  const strategy = q.get(
    builder
      .selectFrom('strategy')
      .select(['id', 'title', 'period_start', 'period_end'])
      .where('id', '=', strategyId),
  );
  if (!strategy) throw new ApiFailure({ kind: 'notFound', entity: 'strategy', id: String(strategyId) });
  return {
    strategy: {
      id: strategy.id,
      title: strategy.title,
      periodStart: strategy.period_start,
      periodEnd: strategy.period_end,
    },
    goals: q
      .all(
        builder
          .selectFrom('goal')
          .select(['id', 'parent_id', 'title'])
          .where('strategy_id', '=', strategyId)
          .orderBy('parent_id')
          .orderBy('sort_order'),
      )
      .map((g) => ({ id: g.id, parentId: g.parent_id, title: g.title })),
    milestones: q
      .all(
        builder
          .selectFrom('milestone')
          .select(['id', 'title', 'goal_id', 'due_date', 'status', 'completed_on'])
          .where('strategy_id', '=', strategyId)
          .orderBy('due_date')
          .orderBy('id'),
      )
      .map((m) => ({
        id: m.id,
        title: m.title,
        goalId: m.goal_id,
        dueDate: m.due_date,
        status: m.status as Timeline['milestones'][number]['status'],
        completedOn: m.completed_on,
      })),
    dependencies: q
      .all(
        builder
          .selectFrom('milestone_dependency')
          .innerJoin('milestone', 'milestone.id', 'milestone_dependency.milestone_id')
          .select(['milestone_dependency.milestone_id', 'milestone_dependency.depends_on_id'])
          .where('milestone.strategy_id', '=', strategyId),
      )
      .map((d) => ({ milestoneId: d.milestone_id, dependsOnId: d.depends_on_id })),
  };
}
