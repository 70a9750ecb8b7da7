// Read models that span tables: the explorer outline, full-text search and workspace settings.
import type { Outline, ProblemFacts, SearchHit, WorkspaceSettings } from '../../shared/contract/schemas.ts';
import { breakPointStatus, type RuleNode } from '../../shared/status/status.ts';
import { loadRuleInputs } from '../monitoring/status-inputs.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';

export function outline(q: QueryRunner): Outline {
  const clusters = q.all(builder.selectFrom('cluster').select(['id', 'name']).orderBy('name').orderBy('id'));
  const strategies = q.all(
    builder.selectFrom('strategy').select(['id', 'cluster_id', 'title']).orderBy('period_start'),
  );
  const goals = q.all(
    builder
      .selectFrom('goal')
      .select(['id', 'strategy_id', 'parent_id', 'title'])
      .orderBy('sort_order')
      .orderBy('id'),
  );
  const indicatorGoals = q.all(builder.selectFrom('indicator_goal').selectAll());
  const milestones = q.all(
    builder.selectFrom('milestone').select(['id', 'strategy_id', 'title']).orderBy('due_date').orderBy('id'),
  );
  const breakPoints = q.all(
    builder
      .selectFrom('break_point')
      .select(['id', 'strategy_id', 'title'])
      .orderBy('check_date')
      .orderBy('id'),
  );
  const indicators = q.all(
    builder.selectFrom('indicator').select(['id', 'cluster_id', 'name']).orderBy('name').orderBy('id'),
  );

  const group = <T, K>(items: readonly T[], key: (t: T) => K) => {
    const map = new Map<K, T[]>();
    for (const item of items) {
      const list = map.get(key(item));
      if (list) list.push(item);
      else map.set(key(item), [item]);
    }
    return map;
  };
  const goalsBy = group(goals, (g) => g.strategy_id);
  const linksBy = group(indicatorGoals, (l) => l.goal_id);
  const milestonesBy = group(milestones, (m) => m.strategy_id);
  const breakPointsBy = group(breakPoints, (b) => b.strategy_id);
  const strategiesBy = group(strategies, (s) => s.cluster_id);
  const indicatorsBy = group(indicators, (i) => i.cluster_id);

  return {
    clusters: clusters.map((c) => ({
      id: c.id,
      name: c.name,
      strategies: (strategiesBy.get(c.id) ?? []).map((s) => ({
        id: s.id,
        title: s.title,
        goals: (goalsBy.get(s.id) ?? []).map((g) => ({
          id: g.id,
          title: g.title,
          parentId: g.parent_id,
          indicatorIds: (linksBy.get(g.id) ?? []).map((l) => l.indicator_id),
        })),
        milestones: (milestonesBy.get(s.id) ?? []).map((m) => ({ id: m.id, title: m.title })),
        breakPoints: (breakPointsBy.get(s.id) ?? []).map((b) => ({ id: b.id, title: b.title })),
      })),
      indicators: (indicatorsBy.get(c.id) ?? []).map((i) => ({ id: i.id, title: i.name })),
    })),
  };
}

/** What the Problems rules (shared/problems) need, in one round trip. */
export function problemFacts(q: QueryRunner, db: SqliteDatabase, today: string): ProblemFacts {
  const byKey = <T, K>(rows: readonly T[], key: (r: T) => K, value: (r: T) => number) => {
    const map = new Map<K, number[]>();
    for (const row of rows) {
      const list = map.get(key(row));
      if (list) list.push(value(row));
      else map.set(key(row), [value(row)]);
    }
    return map;
  };
  const assessed = new Set(
    db
      .prepare(
        "select subject_id from assessment where subject_kind = 'break_point' and verdict is not null and subject_id is not null",
      )
      .pluck()
      .all() as number[],
  );
  const links = byKey(
    q.all(builder.selectFrom('indicator_goal').selectAll()),
    (l) => l.goal_id,
    (l) => l.indicator_id,
  );
  const conditions = byKey(
    q.all(
      builder
        .selectFrom('break_point_condition')
        .select(['break_point_id', 'indicator_id'])
        .where('indicator_id', 'is not', null),
    ),
    (c) => c.break_point_id,
    (c) => c.indicator_id!,
  );
  const dependencies = byKey(
    q.all(builder.selectFrom('milestone_dependency').selectAll()),
    (d) => d.milestone_id,
    (d) => d.depends_on_id,
  );
  const endorsements = byKey(
    q.all(builder.selectFrom('endorsement').select(['strategy_id', 'id'])),
    (e) => e.strategy_id,
    (e) => e.id,
  );
  const targets = new Map<number, { date: string; value: number }[]>();
  for (const t of q.all(
    builder.selectFrom('target').select(['indicator_id', 'date', 'value']).orderBy('date'),
  )) {
    const list = targets.get(t.indicator_id);
    if (list) list.push({ date: t.date, value: t.value });
    else targets.set(t.indicator_id, [{ date: t.date, value: t.value }]);
  }
  // Monitoring facts: each indicator's latest measurement (from the unique index), and the
  // status of each rule break-point as of today (from the indicators its rule names).
  const lastMeasurement = new Map(
    q
      .allSql<{ indicator_id: number; last: string }>(
        'select indicator_id, max(date) as last from measurement group by indicator_id',
        [],
      )
      .map((r) => [r.indicator_id, r.last]),
  );
  const ruleData = new Map(loadRuleInputs(db, today).map((input) => [input.id, input]));
  const ruleNodes = new Map<number, RuleNode[]>();
  for (const c of q.allSql<{
    id: number;
    break_point_id: number;
    parent_id: number | null;
    node: RuleNode['node'];
    indicator_id: number | null;
    comparator: RuleNode['comparator'];
    threshold: number | null;
  }>('select * from break_point_condition', [])) {
    const list = ruleNodes.get(c.break_point_id) ?? [];
    list.push({
      id: c.id,
      parentId: c.parent_id,
      node: c.node,
      indicatorId: c.indicator_id,
      comparator: c.comparator,
      threshold: c.threshold,
    });
    ruleNodes.set(c.break_point_id, list);
  }
  return {
    today,
    strategies: q
      .all(builder.selectFrom('strategy').select(['id', 'cluster_id', 'title', 'period_start', 'period_end']))
      .map((s) => ({
        id: s.id,
        clusterId: s.cluster_id,
        title: s.title,
        periodStart: s.period_start,
        periodEnd: s.period_end,
        endorsements: endorsements.get(s.id)?.length ?? 0,
      })),
    goals: q.all(builder.selectFrom('goal').select(['id', 'strategy_id', 'parent_id', 'title'])).map((g) => ({
      id: g.id,
      strategyId: g.strategy_id,
      parentId: g.parent_id,
      title: g.title,
      indicatorIds: links.get(g.id) ?? [],
    })),
    indicators: q
      .all(
        builder
          .selectFrom('indicator')
          .select([
            'id',
            'cluster_id',
            'name',
            'direction',
            'frequency',
            'baseline_date',
            'baseline_value',
            'band_low',
            'band_high',
            'owner',
            'derived',
          ]),
      )
      .map((i) => ({
        id: i.id,
        clusterId: i.cluster_id,
        name: i.name,
        direction: i.direction as ProblemFacts['indicators'][number]['direction'],
        frequency: i.frequency as ProblemFacts['indicators'][number]['frequency'],
        baselineDate: i.baseline_date,
        baselineValue: i.baseline_value,
        bandLow: i.band_low,
        bandHigh: i.band_high,
        owner: i.owner,
        derived: i.derived,
        targets: targets.get(i.id) ?? [],
        lastMeasurement: lastMeasurement.get(i.id) ?? null,
      })),
    breakPoints: q
      .all(
        builder
          .selectFrom('break_point')
          .select(['id', 'strategy_id', 'title', 'kind', 'check_date', 'consequence']),
      )
      .map((b) => ({
        id: b.id,
        strategyId: b.strategy_id,
        title: b.title,
        kind: b.kind as 'rule' | 'qualitative',
        checkDate: b.check_date,
        consequence: b.consequence,
        indicatorIds: conditions.get(b.id) ?? [],
        status: breakPointStatus(
          { kind: b.kind as 'rule' | 'qualitative', checkDate: b.check_date },
          ruleNodes.get(b.id) ?? [],
          ruleData,
          today,
        ),
        assessed: assessed.has(b.id),
      })),
    milestones: q
      .all(builder.selectFrom('milestone').select(['id', 'strategy_id', 'title', 'due_date', 'status']))
      .map((m) => ({
        id: m.id,
        strategyId: m.strategy_id,
        title: m.title,
        dueDate: m.due_date,
        status: m.status,
        dependsOn: dependencies.get(m.id) ?? [],
      })),
  };
}

/** Turns what the user typed into an FTS5 query of quoted prefix terms (no syntax errors). */
export function ftsQuery(text: string): string | null {
  const terms = text
    .split(/[\s"\p{Cc}]+/u)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${t.replace(/"/g, '""')}"*`).join(' ');
}

export function search(db: SqliteDatabase, text: string, limit: number): SearchHit[] {
  const match = ftsQuery(text);
  if (!match) return [];
  const rows = db
    .prepare(
      `select entity, entity_id as id, cluster_id as clusterId, title,
              snippet(search_index, 4, '«', '»', '…', 12) as snippet
       from search_index where search_index match ? order by rank limit ?`,
    )
    .all(match, limit) as SearchHit[];
  return rows.map((r) => ({
    ...r,
    clusterId: r.clusterId ?? null,
    title: r.title ?? '',
    snippet: (r.snippet ?? '').trim(),
  }));
}

export const defaultSettings: WorkspaceSettings = { userName: '', backupDays: 7, backupWeeks: 4 };

export function readSettings(db: SqliteDatabase): WorkspaceSettings {
  const rows = db.prepare('select key, value from setting').all() as { key: string; value: string }[];
  const stored = Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)]));
  return {
    ...defaultSettings,
    ...Object.fromEntries(Object.entries(stored).filter(([k]) => k in defaultSettings)),
  };
}

export function writeSettings(db: SqliteDatabase, patch: Partial<WorkspaceSettings>): void {
  const upsert = db.prepare(
    'insert into setting (key, value) values (?, ?) on conflict (key) do update set value = excluded.value',
  );
  for (const [key, value] of Object.entries(patch))
    if (value !== undefined) upsert.run(key, JSON.stringify(value));
}
