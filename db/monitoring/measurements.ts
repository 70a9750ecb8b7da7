// Measurements in bulk: what the grid shows and saves, and the prepared statements imports use.
// Values are keyed by (indicator, date), the table's unique key, so saving a value for a date
// that has one replaces it. The audit triggers record every row, so one call stays one entry in
// the Activity panel and one undo step.
import type {
  MeasurementChange,
  MeasurementPage,
  MeasurementPageInput,
  MeasurementRow,
} from '../../shared/contract/monitoring.ts';
import { ApiFailure, type ValidationIssue } from '../../shared/contract/result.ts';
import type { Frequency } from '../../shared/status/status.ts';
import { localToday } from '../../shared/time/today.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { type DerivedKind, derivedSeries } from './derived.ts';

export interface IndicatorRef {
  readonly id: number;
  readonly name: string;
  readonly derived: string | null;
}

/** The indicators of a cluster, by id. */
export function clusterIndicators(db: SqliteDatabase, clusterId: number): Map<number, IndicatorRef> {
  const rows = db
    .prepare('select id, name, derived from indicator where cluster_id = ? order by id')
    .all(clusterId) as IndicatorRef[];
  return new Map(rows.map((r) => [r.id, r]));
}

export function listMeasurements(
  db: SqliteDatabase,
  clusterId: number,
  indicatorId: number | undefined,
  now: string,
): MeasurementRow[] {
  const select = `select m.id, m.indicator_id as indicatorId, m.date, m.value, m.note,
      m.entered_by as enteredBy, m.entered_at as enteredAt from measurement m`;
  if (indicatorId !== undefined) {
    const indicator = db
      .prepare(
        'select id, cluster_id, derived, frequency, baseline_date from indicator where id = ? and cluster_id = ?',
      )
      .get(indicatorId, clusterId) as
      | {
          id: number;
          cluster_id: number;
          derived: DerivedKind | null;
          frequency: Frequency;
          baseline_date: string | null;
        }
      | undefined;
    if (indicator?.derived) {
      // Computed from the workspace (derived.ts): shown, never stored or typed.
      return derivedSeries(
        db,
        {
          id: indicator.id,
          clusterId: indicator.cluster_id,
          derived: indicator.derived,
          frequency: indicator.frequency,
          baselineDate: indicator.baseline_date,
        },
        localToday(new Date(now)),
      ).map((m, i) => ({
        id: i + 1,
        indicatorId,
        date: m.date,
        value: m.value,
        note: '',
        enteredBy: '',
        enteredAt: now,
      }));
    }
    return db
      .prepare(
        `${select} join indicator i on i.id = m.indicator_id where i.cluster_id = ? and m.indicator_id = ? order by m.date`,
      )
      .all(clusterId, indicatorId) as MeasurementRow[];
  }
  return db
    .prepare(
      `${select} where m.indicator_id in (select id from indicator where cluster_id = ?) order by m.indicator_id, m.date`,
    )
    .all(clusterId) as MeasurementRow[];
}

const pageColumns = `m.id, m.indicator_id as indicatorId, m.date, m.value, m.note,
    m.entered_by as enteredBy, m.entered_at as enteredAt`;

/**
 * One window of the grid's rows and their total. The order (indicator, date) is the unique
 * index's, so a page is an index range: SQLite steps over the skipped entries without sorting
 * anything. A window in the back half is read from the other end (the offset counted from the
 * end, the rows reversed), so no page steps over more than half the rows.
 */
export function pageMeasurements(
  db: SqliteDatabase,
  { clusterId, indicatorId, order = 'asc', offset, limit }: MeasurementPageInput,
  now: string,
): MeasurementPage {
  if (!db.prepare('select 1 from cluster where id = ?').get(clusterId))
    throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
  if (indicatorId !== undefined) {
    const indicator = db
      .prepare('select derived from indicator where id = ? and cluster_id = ?')
      .get(indicatorId, clusterId) as { derived: string | null } | undefined;
    if (!indicator) throw new ApiFailure({ kind: 'notFound', entity: 'indicator', id: indicatorId });
    if (indicator.derived) {
      // A derived series is computed whole (a few hundred points at most): sliced, not paged.
      const series = listMeasurements(db, clusterId, indicatorId, now);
      if (order === 'desc') series.reverse();
      return { total: series.length, rows: series.slice(offset, offset + limit) };
    }
  }
  const scope = indicatorId === undefined ? 'cluster' : 'indicator';
  const args = [indicatorId ?? clusterId];
  const total = countMeasurements(db, scope, args[0]!);
  const count = Math.max(0, Math.min(limit, total - offset));
  if (count === 0) return { total, rows: [] };
  const fromEnd = offset > total / 2;
  const rows = db
    .prepare(measurementPageSql(scope, (order === 'desc') !== fromEnd ? 'desc' : 'asc'))
    .all(...args, count, fromEnd ? total - offset - count : offset) as MeasurementRow[];
  return { total, rows: fromEnd ? rows.reverse() : rows };
}

/**
 * The last totals counted, valid while nothing was written: a grid reads block after block of
 * the same 100,000 rows, and counting them is most of a page's cost. The key changes with every
 * row this connection writes (total_changes, triggers included) and every commit of another
 * connection (data_version).
 */
const counted = new WeakMap<SqliteDatabase, { key: string; totals: Map<string, number> }>();

function countMeasurements(db: SqliteDatabase, scope: keyof typeof scopes, id: number): number {
  const key = db
    .prepare("select total_changes() || ':' || (select data_version from pragma_data_version)")
    .pluck()
    .get() as string;
  let cache = counted.get(db);
  if (cache?.key !== key) {
    cache = { key, totals: new Map() };
    counted.set(db, cache);
  }
  let total = cache.totals.get(`${scope}:${id}`);
  if (total === undefined) {
    total = db.prepare(measurementCountSql(scope)).pluck().get(id) as number;
    cache.totals.set(`${scope}:${id}`, total);
  }
  return total;
}

const scopes = {
  cluster: 'm.indicator_id in (select id from indicator where cluster_id = ?)',
  indicator: 'm.indicator_id = ?',
} as const;

/** How many measurements a page counts from (the cluster's, or one indicator's). */
export const measurementCountSql = (scope: keyof typeof scopes) =>
  `select count(*) from measurement m where ${scopes[scope]}`;

/** One page in the unique index's order (indicator, date): an index range, never a sort. */
export const measurementPageSql = (scope: keyof typeof scopes, direction: 'asc' | 'desc') =>
  `select ${pageColumns} from measurement m where ${scopes[scope]}
   order by m.indicator_id ${direction}, m.date ${direction} limit ? offset ?`;

export interface MeasurementValue {
  readonly indicatorId: number;
  readonly date: string;
  readonly value: number;
  readonly note: string;
}

/** Writes values with one prepared statement (insert, or replace the value of the same date). */
export function upsertMeasurements(
  db: SqliteDatabase,
  rows: readonly MeasurementValue[],
  user: string,
  at: string,
): number {
  const statement = db.prepare(
    `insert into measurement (indicator_id, date, value, note, entered_by, entered_at)
     values (?, ?, ?, ?, ?, ?)
     on conflict (indicator_id, date) do update set value = excluded.value, note = excluded.note,
       entered_by = excluded.entered_by, entered_at = excluded.entered_at
     where value is not excluded.value or note is not excluded.note`,
  );
  let changed = 0;
  for (const row of rows) {
    changed += statement.run(row.indicatorId, row.date, row.value, row.note, user, at).changes;
  }
  return changed;
}

/** Applies the grid's changes: each sets or removes the value of one indicator at one date. */
export function saveMeasurements(
  db: SqliteDatabase,
  clusterId: number,
  changes: readonly MeasurementChange[],
  user: string,
  at: string,
): { saved: number; removed: number } {
  const indicators = clusterIndicators(db, clusterId);
  const issues: ValidationIssue[] = [];
  changes.forEach((change, index) => {
    const indicator = indicators.get(change.indicatorId);
    if (!indicator) issues.push({ path: ['changes', index, 'indicatorId'], code: 'unknownReference' });
    else if (indicator.derived !== null)
      issues.push({ path: ['changes', index, 'value'], code: 'inconsistent', params: { reason: 'derived' } });
  });
  if (issues.length > 0) throw new ApiFailure({ kind: 'validation', issues });
  const existingNote = db.prepare('select note from measurement where indicator_id = ? and date = ?').pluck();
  const remove = db.prepare('delete from measurement where indicator_id = ? and date = ?');
  let removed = 0;
  const values: MeasurementValue[] = [];
  for (const change of changes) {
    if (change.value === null) {
      removed += remove.run(change.indicatorId, change.date).changes;
    } else {
      const note =
        change.note ?? (existingNote.get(change.indicatorId, change.date) as string | undefined) ?? '';
      values.push({ indicatorId: change.indicatorId, date: change.date, value: change.value, note });
    }
  }
  return { saved: upsertMeasurements(db, values, user, at), removed };
}
