// What the status engine needs for every indicator of a workspace (or one cluster), read in three
// queries rather than two per indicator: the rows, their targets, their measurements.
import type { Measurement, StatusIndicator } from '../../shared/status/status.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

export interface StatusInput {
  readonly id: number;
  readonly clusterId: number;
  readonly name: string;
  readonly indicator: StatusIndicator;
  readonly measurements: readonly Measurement[];
}

interface IndicatorRow {
  id: number;
  cluster_id: number;
  name: string;
  direction: StatusIndicator['direction'];
  aggregation: StatusIndicator['aggregation'];
  frequency: StatusIndicator['frequency'];
  tolerance_at_risk: number;
  tolerance_off_track: number;
  band_low: number | null;
  band_high: number | null;
  baseline_date: string | null;
  baseline_value: number | null;
}

type Point = { indicator_id: number; date: string; value: number };

function byIndicator(rows: Point[]): Map<number, Measurement[]> {
  const grouped = new Map<number, Measurement[]>();
  for (const row of rows) {
    const list = grouped.get(row.indicator_id);
    if (list) list.push({ date: row.date, value: row.value });
    else grouped.set(row.indicator_id, [{ date: row.date, value: row.value }]);
  }
  return grouped;
}

export function loadStatusInputs(db: SqliteDatabase, clusterId?: number): StatusInput[] {
  return clusterId === undefined
    ? load(db, null, [])
    : load(db, 'select "id" from "indicator" where "cluster_id" = ?', [clusterId]);
}

/** The inputs of the indicators that break-point rules name (what break-point statuses need). */
export function loadRuleInputs(db: SqliteDatabase): StatusInput[] {
  return load(db, 'select "indicator_id" from "break_point_condition" where "indicator_id" is not null', []);
}

/** Loads all indicators, or those whose id the `ids` subquery selects. */
function load(db: SqliteDatabase, ids: string | null, args: unknown[]): StatusInput[] {
  const indicators = db
    .prepare(`select * from "indicator" ${ids === null ? '' : `where "id" in (${ids})`} order by "id"`)
    .all(...args) as IndicatorRow[];
  // Ordered by (indicator_id, date): the unique index on measurement gives this order without a sort.
  const points = (table: string) =>
    byIndicator(
      db
        .prepare(
          `select "indicator_id", "date", "value" from "${table}" ${ids === null ? '' : `where "indicator_id" in (${ids})`} order by "indicator_id", "date"`,
        )
        .all(...args) as Point[],
    );
  const targets = points('target');
  const measurements = points('measurement');
  return indicators.map((r) => ({
    id: r.id,
    clusterId: r.cluster_id,
    name: r.name,
    indicator: {
      direction: r.direction,
      aggregation: r.aggregation,
      frequency: r.frequency,
      toleranceAtRisk: r.tolerance_at_risk,
      toleranceOffTrack: r.tolerance_off_track,
      bandLow: r.band_low,
      bandHigh: r.band_high,
      baselineDate: r.baseline_date,
      baselineValue: r.baseline_value,
      targets: targets.get(r.id) ?? [],
    },
    measurements: measurements.get(r.id) ?? [],
  }));
}
