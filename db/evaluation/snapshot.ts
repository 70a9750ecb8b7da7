// Freezing an evaluation: the facts of its cluster as of the cut-off date, read from the
// workspace into the snapshot shape of shared/contract/snapshot.ts (rows as entered; measurements
// dated up to the cut-off; derived indicators' values as computed now). And the comparison of a
// stored snapshot with the live data, so the evaluation can say what changed after the freeze.
import { type EntityKind, entities } from '../../shared/contract/entities.ts';
import { SNAPSHOT_VERSION, type Snapshot } from '../../shared/contract/snapshot.ts';
import { localToday } from '../../shared/time/today.ts';
import { rowToDto } from '../backend/entity-store.ts';
import { derivedSeries } from '../monitoring/derived.ts';
import { storedPositions } from '../network/network.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

type Row = Record<string, unknown>;

function reader(db: SqliteDatabase) {
  /** The DTOs of `kind` that `where` selects, in id order. */
  return (kind: EntityKind, where: string, ...params: unknown[]): Row[] => {
    const { table } = entities[kind];
    return (db.prepare(`select * from "${table}" where ${where} order by 1`).all(...params) as Row[]).map(
      (row) => rowToDto(kind, row),
    );
  };
}

export interface FreezeScope {
  readonly clusterId: number;
  readonly strategyId: number | null;
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly cutoff: string;
}

/** The snapshot of one cluster as of the cut-off date. */
export function buildSnapshot(db: SqliteDatabase, scope: FreezeScope, takenAt: string): Snapshot {
  const read = reader(db);
  const { clusterId, cutoff } = scope;
  const cluster = read('cluster', 'id = ?', clusterId)[0];
  if (!cluster) throw new Error(`No cluster ${clusterId}`);
  const strategy =
    scope.strategyId === null
      ? null
      : (read('strategy', 'id = ? and cluster_id = ?', scope.strategyId, clusterId)[0] ?? null);
  const strategyId = strategy ? (strategy.id as number) : -1;

  const links = db
    .prepare(
      'select l.goal_id as goalId, l.indicator_id as indicatorId from indicator_goal l join goal g on g.id = l.goal_id where g.strategy_id = ? order by l.goal_id, l.indicator_id',
    )
    .all(strategyId) as { goalId: number; indicatorId: number }[];
  const goals = read('goal', 'strategy_id = ?', strategyId).map((g) => ({
    ...g,
    indicatorIds: links.filter((l) => l.goalId === g.id).map((l) => l.indicatorId),
  }));

  const pointsOf = (table: 'target' | 'measurement') => {
    const grouped = new Map<number, { date: string; value: number; note: string }[]>();
    const rows = db
      .prepare(
        `select indicator_id as id, date, value, note from "${table}" where indicator_id in (select id from indicator where cluster_id = ?) ${table === 'measurement' ? 'and date <= ?' : ''} order by indicator_id, date`,
      )
      .all(...(table === 'measurement' ? [clusterId, cutoff] : [clusterId])) as {
      id: number;
      date: string;
      value: number;
      note: string;
    }[];
    for (const { id, date, value, note } of rows) {
      const list = grouped.get(id) ?? [];
      list.push({ date, value, note });
      grouped.set(id, list);
    }
    return grouped;
  };
  const today = localToday(new Date(takenAt));
  const derivedUntil = today < cutoff ? today : cutoff;
  const targets = pointsOf('target');
  const measurements = pointsOf('measurement');
  const indicators = read('indicator', 'cluster_id = ?', clusterId).map((i) => {
    const id = i.id as number;
    const derived = i.derived as Parameters<typeof derivedSeries>[1]['derived'] | null;
    return {
      ...i,
      targets: (targets.get(id) ?? []).map(({ date, value }) => ({ date, value })),
      measurements: derived
        ? derivedSeries(
            db,
            {
              id,
              clusterId,
              derived,
              frequency: i.frequency as 'monthly',
              baselineDate: i.baselineDate as string | null,
            },
            // A period that has not ended when the snapshot is taken has no value yet.
            derivedUntil,
          ).map((m) => ({ ...m, note: '' }))
        : (measurements.get(id) ?? []),
    };
  });

  const conditions = read(
    'breakPointCondition',
    'break_point_id in (select id from break_point where strategy_id = ?)',
    strategyId,
  );
  const breakPoints = read('breakPoint', 'strategy_id = ?', strategyId).map((b) => ({
    ...b,
    conditions: conditions.filter((c) => c.breakPointId === b.id),
  }));
  const dependencies = db
    .prepare(
      'select milestone_id as m, depends_on_id as d from milestone_dependency where milestone_id in (select id from milestone where strategy_id = ?)',
    )
    .all(strategyId) as { m: number; d: number }[];
  const milestones = read('milestone', 'strategy_id = ?', strategyId).map((m) => ({
    ...m,
    dependsOn: dependencies.filter((x) => x.m === m.id).map((x) => x.d),
  }));

  const eventActors = db
    .prepare(
      'select event_id as e, actor_id as a from event_actor where event_id in (select id from event where cluster_id = ?)',
    )
    .all(clusterId) as { e: number; a: number }[];
  const budgetLines = read(
    'budgetLine',
    'funding_source_id in (select id from funding_source where cluster_id = ?)',
    clusterId,
  );
  const commitments = read(
    'commitment',
    'endorsement_id in (select id from endorsement where strategy_id = ?)',
    strategyId,
  );

  const snapshot = {
    version: SNAPSHOT_VERSION,
    takenAt,
    cutoff,
    periodStart: scope.periodStart,
    periodEnd: scope.periodEnd,
    cluster,
    strategy,
    fieldsOfAction: read('fieldOfAction', '1'),
    goals,
    indicators,
    breakPoints,
    milestones,
    actors: read('actor', 'cluster_id = ?', clusterId),
    relationshipTypes: read('relationshipType', '1'),
    relationships: read('relationship', 'cluster_id = ?', clusterId),
    events: read('event', 'cluster_id = ? and date <= ?', clusterId, cutoff).map((e) => ({
      ...e,
      actorIds: eventActors.filter((x) => x.e === e.id).map((x) => x.a),
    })),
    staff: read('staff', 'cluster_id = ?', clusterId),
    fundingSources: read('fundingSource', 'cluster_id = ?', clusterId).map((s) => ({
      ...s,
      budgetLines: budgetLines.filter((l) => l.fundingSourceId === s.id),
    })),
    financingPlan: read('financingPlan', 'cluster_id = ?', clusterId),
    networkPositions: storedPositions(db, clusterId).map(([actorId, x, y]) => ({ actorId, x, y })),
    expenditure: db
      .prepare(
        `select id, category, year, planned_cents as plannedCents, actual_cents as actualCents, note
         from expenditure_line where cluster_id = ? order by year, category, id`,
      )
      .all(clusterId),
    activityPlan: read('activityPlan', 'cluster_id = ?', clusterId),
    endorsements: read('endorsement', 'strategy_id = ?', strategyId).map((e) => ({
      ...e,
      commitments: commitments.filter((c) => c.endorsementId === e.id),
    })),
    changeLog: changeLog(db, scope),
  };
  return snapshot as unknown as Snapshot;
}

/**
 * The period's changes to this cluster's items, by action: batches from the start of the period
 * to the cut-off that touched a row belonging to the cluster (its own rows, its strategy's and
 * its indicators'), with how many rows each changed.
 */
function changeLog(db: SqliteDatabase, scope: FreezeScope): Snapshot['changeLog'] {
  const belongs = `(
      (l.entity = 'cluster' and l.entity_id = :cluster)
      or (l.entity in ('actor', 'indicator', 'event', 'staff', 'funding_source', 'financing_plan', 'activity_plan', 'relationship', 'evaluation')
          and coalesce(json_extract(l.after, '$.cluster_id'), json_extract(l.before, '$.cluster_id')) = :cluster)
      or (l.entity in ('strategy') and coalesce(json_extract(l.after, '$.cluster_id'), json_extract(l.before, '$.cluster_id')) = :cluster)
      or (l.entity in ('goal', 'milestone', 'break_point', 'endorsement')
          and coalesce(json_extract(l.after, '$.strategy_id'), json_extract(l.before, '$.strategy_id')) = :strategy)
      or (l.entity in ('measurement', 'target')
          and coalesce(json_extract(l.after, '$.indicator_id'), json_extract(l.before, '$.indicator_id'))
              in (select id from indicator where cluster_id = :cluster)))`;
  return db
    .prepare(
      `select b.at, b.user, b.label, b.kind, b.reason, count(*) as changes
       from audit_batch b join audit_log l on l.batch_id = b.id
       where b.at >= :from and b.at < :to and ${belongs}
       group by b.id order by b.at, b.id`,
    )
    .all({
      cluster: scope.clusterId,
      strategy: scope.strategyId ?? -1,
      from: `${scope.periodStart}T00:00:00`,
      to: `${scope.cutoff}T99`,
    }) as Snapshot['changeLog'];
}

export interface SnapshotChange {
  readonly entity: 'measurement' | 'target' | 'indicator' | 'breakPoint' | 'milestone' | 'goal';
  readonly id: number;
  /** The item's name (the indicator for measurements and targets). */
  readonly name: string;
  /** What changed: a date for values, a field name otherwise. */
  readonly detail: string;
  readonly before: string | number | null;
  readonly after: string | number | null;
}

/**
 * What differs between the frozen snapshot and the live data as of the same cut-off: values
 * added, changed or removed (by indicator and date), targets, and the fields of indicators,
 * break-points, milestones and goals that the figures depend on.
 */
export function diffSnapshots(frozen: Snapshot, live: Snapshot): SnapshotChange[] {
  const changes: SnapshotChange[] = [];
  const liveIndicators = new Map(live.indicators.map((i) => [i.id, i]));
  for (const before of frozen.indicators) {
    const after = liveIndicators.get(before.id);
    if (!after) {
      changes.push({
        entity: 'indicator',
        id: before.id,
        name: before.name,
        detail: 'deleted',
        before: before.name,
        after: null,
      });
      continue;
    }
    for (const [entity, a, b] of [
      ['measurement', before.measurements, after.measurements],
      ['target', before.targets, after.targets],
    ] as const) {
      const was = new Map(a.map((m) => [m.date, m.value]));
      const is = new Map(b.map((m) => [m.date, m.value]));
      for (const date of [...new Set([...was.keys(), ...is.keys()])].sort()) {
        const x = was.get(date) ?? null;
        const y = is.get(date) ?? null;
        if (x !== y)
          changes.push({ entity, id: before.id, name: before.name, detail: date, before: x, after: y });
      }
    }
    for (const field of [
      'baselineDate',
      'baselineValue',
      'toleranceAtRisk',
      'toleranceOffTrack',
      'bandLow',
      'bandHigh',
      'direction',
      'aggregation',
    ] as const) {
      if (before[field] !== after[field])
        changes.push({
          entity: 'indicator',
          id: before.id,
          name: before.name,
          detail: field,
          before: before[field],
          after: after[field],
        });
    }
  }
  for (const added of live.indicators.filter((i) => !frozen.indicators.some((f) => f.id === i.id))) {
    changes.push({
      entity: 'indicator',
      id: added.id,
      name: added.name,
      detail: 'added',
      before: null,
      after: added.name,
    });
  }
  const compare = <T extends { id: number }>(
    entity: SnapshotChange['entity'],
    a: readonly T[],
    b: readonly T[],
    name: (x: T) => string,
    fields: readonly (keyof T & string)[],
  ) => {
    const after = new Map(b.map((x) => [x.id, x]));
    for (const x of a) {
      const y = after.get(x.id);
      if (!y) {
        changes.push({ entity, id: x.id, name: name(x), detail: 'deleted', before: name(x), after: null });
        continue;
      }
      for (const field of fields) {
        const p = JSON.stringify(x[field] ?? null);
        const q = JSON.stringify(y[field] ?? null);
        if (p !== q)
          changes.push({
            entity,
            id: x.id,
            name: name(y),
            detail: field,
            before: scalar(x[field]),
            after: scalar(y[field]),
          });
      }
    }
    for (const y of b)
      if (!a.some((x) => x.id === y.id))
        changes.push({ entity, id: y.id, name: name(y), detail: 'added', before: null, after: name(y) });
  };
  compare('breakPoint', frozen.breakPoints, live.breakPoints, (b) => b.title, [
    'checkDate',
    'kind',
    'conditions',
    'consequence',
  ]);
  compare('milestone', frozen.milestones, live.milestones, (m) => m.title, [
    'dueDate',
    'status',
    'completedOn',
  ]);
  compare('goal', frozen.goals, live.goals, (g) => g.title, ['parentId', 'indicatorIds']);
  return changes;
}

function scalar(value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return JSON.stringify(value);
}
