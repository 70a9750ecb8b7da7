// Builds a large workspace for the benchmark: 10 clusters, 5,000 actors, 20,000 relationships,
// 2,000 indicators with 10 years of monthly data (240,000 measurements), 3,000 milestones; and
// per cluster the resources of ten years: 25 staff rows, 20 funding sources with their budget,
// expenditure by category, the financing plan, the activity profile, 1,000 events, 200
// commitments and a label self-assessment of 36 indicators assessed four times.
// Bulk path: prepared statements in one transaction, row auditing off.
import type { SqliteDatabase } from '../sqlite/connection.ts';

export interface LargeSpec {
  readonly clusters: number;
  readonly actorsPerCluster: number;
  readonly relationshipsPerCluster: number;
  readonly indicatorsPerCluster: number;
  readonly months: number;
  readonly milestonesPerCluster: number;
  readonly eventsPerCluster: number;
  readonly fundingSourcesPerCluster: number;
}

export const benchmarkSpec: LargeSpec = {
  clusters: 10,
  actorsPerCluster: 500,
  relationshipsPerCluster: 2000,
  indicatorsPerCluster: 200,
  months: 120,
  milestonesPerCluster: 300,
  eventsPerCluster: 1000,
  fundingSourcesPerCluster: 20,
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

    const resources = resourceStatements(db);
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
      generateResources(resources, spec, clusterId, strategyId, actorIds, rnd, stamp);
    }
    db.prepare('update audit_context set enabled = 1 where id = 1').run();
    db.prepare(
      "insert into audit_batch (at, user, label, kind) values (?, '', 'benchmark.generate', 'system')",
    ).run(stamp);
  })();
}

const fundingCategories = [
  'eu',
  'national',
  'state',
  'municipal',
  'member_fees',
  'private_sponsors',
  'project_revenue',
  'in_kind',
];
const expenditureCategories = [
  'personnel',
  'travel',
  'events',
  'communication',
  'external_services',
  'equipment',
  'overheads',
  'other',
];
const labelAreas = ['structure', 'management', 'financing', 'strategy_services', 'achievements'];
const roles = ['Clustermanagement', 'Projektmanagement', 'Kommunikation', 'Technologietransfer', 'Assistenz'];

function resourceStatements(db: SqliteDatabase) {
  return {
    staff: db.prepare(
      'insert into staff (cluster_id, name, role, fte, start_on, end_on) values (?, ?, ?, ?, ?, ?)',
    ),
    source: db.prepare('insert into funding_source (cluster_id, name, category) values (?, ?, ?)'),
    line: db.prepare(
      'insert into budget_line (funding_source_id, year, planned_cents, actual_cents) values (?, ?, ?, ?)',
    ),
    spending: db.prepare(
      'insert into expenditure_line (cluster_id, year, category, planned_cents, actual_cents) values (?, ?, ?, ?, ?)',
    ),
    plan: db.prepare('insert into financing_plan (cluster_id, year, public_share_bp) values (?, ?, ?)'),
    activity: db.prepare(
      'insert into activity_plan (cluster_id, field_of_action_id, year, planned_intensity, actual_intensity) values (?, ?, ?, ?, ?)',
    ),
    event: db.prepare(
      "insert into event (cluster_id, date, type, title, field_of_action_id, participants, created_at, updated_at) values (?, ?, 'workshop', ?, ?, ?, ?, ?)",
    ),
    endorsement: db.prepare(
      "insert into endorsement (strategy_id, actor_id, date, form) values (?, ?, '2016-03-01', 'letter_of_intent')",
    ),
    commitment: db.prepare(
      "insert into commitment (endorsement_id, kind, amount_cents, description) values (?, 'money', 100000, '')",
    ),
    indicator: db.prepare(
      'insert into label_indicator (cluster_id, area, code, title, comparator, threshold, sort_order) values (?, ?, ?, ?, ?, ?, ?)',
    ),
    assessment: db.prepare(
      'insert into label_assessment (cluster_id, assessed_on, title, created_at, updated_at) values (?, ?, ?, ?, ?)',
    ),
    result: db.prepare(
      'insert into label_result (label_assessment_id, label_indicator_id, value, evidence) values (?, ?, ?, ?)',
    ),
    fields: db.prepare('select id from field_of_action order by sort_order').pluck().all() as number[],
  };
}

function generateResources(
  s: ReturnType<typeof resourceStatements>,
  spec: LargeSpec,
  clusterId: number,
  strategyId: number,
  actorIds: readonly number[],
  rnd: () => number,
  stamp: string,
): void {
  const years = Array.from({ length: 10 }, (_, i) => 2016 + i);
  for (let i = 0; i < 25; i++) {
    const start = years[i % 10]!;
    s.staff.run(
      clusterId,
      `Person ${i + 1}`,
      roles[i % roles.length],
      0.5 + (i % 3) * 0.25,
      `${start}-01-01`,
      i % 4 === 0 ? `${start + 2}-12-31` : null,
    );
  }
  for (let f = 0; f < spec.fundingSourcesPerCluster; f++) {
    const category = fundingCategories[f % fundingCategories.length]!;
    const sourceId = Number(s.source.run(clusterId, `Quelle ${f + 1}`, category).lastInsertRowid);
    const isPublic = f % fundingCategories.length < 4;
    years.forEach((year, y) => {
      const planned = Math.round((isPublic ? 60_000 - 4_000 * y : 20_000 + 3_000 * y) * 100);
      s.line.run(sourceId, year, planned, y < 9 ? Math.round(planned * (0.8 + rnd() * 0.3)) : null);
    });
  }
  years.forEach((year, y) => {
    s.plan.run(clusterId, year, 8000 - y * 400);
    for (const category of expenditureCategories) {
      const planned = 100_000_00 + Math.round(rnd() * 50_000_00);
      s.spending.run(clusterId, year, category, planned, y < 9 ? Math.round(planned * 0.95) : null);
    }
    s.fields.forEach((fieldId, i) => {
      s.activity.run(clusterId, fieldId, year, 1 + ((i + y) % 5), y < 9 ? 1 + ((i + y + 1) % 5) : null);
    });
  });
  for (let e = 0; e < spec.eventsPerCluster; e++) {
    const date = new Date(Date.UTC(2016, 0, 1 + Math.floor((e * 3650) / spec.eventsPerCluster)))
      .toISOString()
      .slice(0, 10);
    s.event.run(
      clusterId,
      date,
      `Veranstaltung ${e + 1}`,
      s.fields[e % s.fields.length]!,
      20 + (e % 50),
      stamp,
      stamp,
    );
  }
  for (const actorId of actorIds.slice(0, 200)) {
    const endorsementId = Number(s.endorsement.run(strategyId, actorId).lastInsertRowid);
    s.commitment.run(endorsementId);
  }
  const indicatorIds: number[] = [];
  for (let i = 0; i < 36; i++) {
    const yesNo = i % 4 === 0;
    indicatorIds.push(
      Number(
        s.indicator.run(
          clusterId,
          labelAreas[i % 5],
          `${1 + (i % 5)}.${i + 1}`,
          `Indikator ${i + 1}`,
          yesNo ? 'yes' : 'ge',
          yesNo ? null : 10,
          i,
        ).lastInsertRowid,
      ),
    );
  }
  for (let a = 0; a < 4; a++) {
    const assessmentId = Number(
      s.assessment.run(clusterId, `${2019 + 2 * a}-06-01`, `Selbstbewertung ${a + 1}`, stamp, stamp)
        .lastInsertRowid,
    );
    indicatorIds.forEach((id, i) => {
      s.result.run(assessmentId, id, i % 4 === 0 ? (i + a) % 2 : 5 + a * 2 + (i % 4), 'Nachweis');
    });
  }
}
