// Builds a large workspace for the benchmark: 10 clusters, 5,000 actors, 20,000 relationships,
// 2,000 indicators with 10 years of monthly data (240,000 measurements), 3,000 milestones.
// Bulk path: prepared statements in one transaction, row auditing off.
import type { SqliteDatabase } from '../sqlite/connection.ts';

export interface LargeSpec {
  readonly clusters: number;
  readonly actorsPerCluster: number;
  readonly relationshipsPerCluster: number;
  readonly indicatorsPerCluster: number;
  readonly months: number;
  readonly milestonesPerCluster: number;
}

export const benchmarkSpec: LargeSpec = {
  clusters: 10,
  actorsPerCluster: 500,
  relationshipsPerCluster: 2000,
  indicatorsPerCluster: 200,
  months: 120,
  milestonesPerCluster: 300,
};

export function generateLarge(db: SqliteDatabase, spec: LargeSpec = benchmarkSpec): void {
  const stamp = '2026-01-01T00:00:00.000Z';
  const groups = [
    ['business', 'supplier'],
    ['business', 'end_producer'],
    ['research', 'university'],
    ['administration', 'municipal_body'],
    ['culture', 'cultural'],
  ] as const;
  db.transaction(() => {
    db.prepare('update audit_context set enabled = 0 where id = 1').run();
    const cluster = db.prepare(
      'insert into cluster (name, region, created_at, updated_at) values (?, ?, ?, ?)',
    );
    const actor = db.prepare(
      'insert into actor (cluster_id, name, actor_group, subtype, size, member_since, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const relationship = db.prepare(
      'insert into relationship (cluster_id, from_actor_id, to_actor_id, type_id, started_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)',
    );
    const strategy = db.prepare(
      'insert into strategy (cluster_id, title, period_start, period_end, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
    );
    const goal = db.prepare(
      'insert into goal (strategy_id, parent_id, title, sort_order, created_at, updated_at) values (?, ?, ?, ?, ?, ?)',
    );
    const indicator = db.prepare(
      `insert into indicator (cluster_id, name, kind, direction, aggregation, frequency, baseline_date, baseline_value, created_at, updated_at)
       values (?, ?, 'output', 'increase', 'periodic', 'monthly', '2015-12-31', 100, ?, ?)`,
    );
    const link = db.prepare('insert into indicator_goal (indicator_id, goal_id) values (?, ?)');
    const target = db.prepare('insert into target (indicator_id, date, value) values (?, ?, ?)');
    const measurement = db.prepare(
      "insert into measurement (indicator_id, date, period_start, value, entered_by, entered_at) values (?, ?, ?, ?, 'bench', ?)",
    );
    const milestone = db.prepare(
      'insert into milestone (strategy_id, goal_id, title, due_date, status, sort_order, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const months = Array.from({ length: spec.months }, (_, m) => {
      const end = new Date(Date.UTC(2016, m + 1, 0));
      const start = new Date(Date.UTC(2016, m, 1));
      return [end.toISOString().slice(0, 10), start.toISOString().slice(0, 10)] as const;
    });
    let seed = 7;
    const rnd = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };

    for (let c = 0; c < spec.clusters; c++) {
      const clusterId = Number(
        cluster.run(`Cluster ${c + 1}`, `Region ${c + 1}`, stamp, stamp).lastInsertRowid,
      );
      const actorIds: number[] = [];
      for (let a = 0; a < spec.actorsPerCluster; a++) {
        const [group, subtype] = groups[a % groups.length]!;
        actorIds.push(
          Number(
            actor.run(
              clusterId,
              `Akteur ${c + 1}-${a + 1}`,
              group,
              subtype,
              group === 'business' ? 'sme' : null,
              '2016-01-01',
              stamp,
              stamp,
            ).lastInsertRowid,
          ),
        );
      }
      for (let r = 0; r < spec.relationshipsPerCluster; r++) {
        const from = actorIds[Math.floor(rnd() * actorIds.length)]!;
        let to = actorIds[Math.floor(rnd() * actorIds.length)]!;
        if (to === from) to = actorIds[(actorIds.indexOf(from) + 1) % actorIds.length]!;
        relationship.run(clusterId, from, to, 1 + (r % 8), '2018-01-01', stamp, stamp);
      }
      const strategyId = Number(
        strategy.run(clusterId, `Strategie ${c + 1}`, '2016-01-01', '2025-12-31', stamp, stamp)
          .lastInsertRowid,
      );
      const goalIds: number[] = [];
      for (let g = 0; g < 4; g++) {
        const parent = Number(goal.run(strategyId, null, `Ziel ${g + 1}`, g, stamp, stamp).lastInsertRowid);
        for (let o = 0; o < 4; o++)
          goalIds.push(
            Number(
              goal.run(strategyId, parent, `Teilziel ${g + 1}.${o + 1}`, o, stamp, stamp).lastInsertRowid,
            ),
          );
      }
      for (let i = 0; i < spec.indicatorsPerCluster; i++) {
        const indicatorId = Number(
          indicator.run(clusterId, `Indikator ${c + 1}-${i + 1}`, stamp, stamp).lastInsertRowid,
        );
        link.run(indicatorId, goalIds[i % goalIds.length]!);
        for (let y = 0; y < 10; y++) target.run(indicatorId, `${2016 + y}-12-31`, 100 + (y + 1) * 10);
        // Variety for the status engine: three in five keep to the plan (+10 a year), one falls
        // behind by about a tenth (at risk), one by about a quarter (off track).
        const slope = [1, 1, 1, 0.63, 0.4][i % 5]!;
        months.forEach(([end, start], m) => {
          measurement.run(
            indicatorId,
            end,
            start,
            Math.round((100 + slope * m + rnd() * 10) * 10) / 10,
            stamp,
          );
        });
      }
      for (let m = 0; m < spec.milestonesPerCluster; m++) {
        const due = new Date(Date.UTC(2016, 0, 1 + m * 12)).toISOString().slice(0, 10);
        milestone.run(
          strategyId,
          goalIds[m % goalIds.length]!,
          `Meilenstein ${c + 1}-${m + 1}`,
          due,
          m % 3 === 0 ? 'done' : 'planned',
          m,
          stamp,
          stamp,
        );
      }
    }
    db.prepare('update audit_context set enabled = 1 where id = 1').run();
    db.prepare(
      "insert into audit_batch (at, user, label, kind) values (?, '', 'benchmark.generate', 'system')",
    ).run(stamp);
  })();
}
