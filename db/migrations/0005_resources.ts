// Migration 5: resources and activities (issue 14). Frozen in time: never import app code here.
// Adds what the domain tables of migration 2 lack for the finance, activity and label views:
//   expenditure_line           planned and actual expenditure of a cluster by category and year
//   benchmark_set / _value     activity-profile benchmarks (intensity 1–5 per field of action);
//                              the indicative default sets after the 2006/07 survey ship as rows
//                              with a key (their names are translated), users add their own
//   activity_benchmark_choice  which set a cluster's activity profile is compared with
//   label_indicator            the ESCA/EUCLES self-assessment's indicators (area, threshold, weight)
//   label_assessment / _result a dated self-assessment and the value and evidence per indicator
// Money is integer cents, intensities lie in 1–5, as in migration 2. Every new table gets audit
// triggers from the frozen helper, so undo restores every column.
import { rebuildAuditTriggers } from './helpers/triggers-v1.ts';
import type { Migration } from './migration.ts';

const isoDate = (column: string) =>
  `(${column} is null or (length(${column}) = 10 and date(${column}) is ${column}))`;
const isoTime = (column: string) => `(${column} like '____-__-__T__:__:__%')`;
const text = (column: string, max: number) =>
  `${column} text not null default '' check (length(${column}) <= ${max})`;
const title = (column: string, max: number) =>
  `${column} text not null check (length(trim(${column})) between 1 and ${max})`;
const cents = (column: string, nullable: boolean) =>
  `${column} integer${nullable ? '' : ' not null'} check (${column} between 0 and 100000000000000)`;

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
const quoted = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * The indicative default sets, read from the survey of 40 cluster managers (2006/07), which
 * reports only which activities are done daily, regularly or rarely, by sector group and staff
 * size. Scale: 5 daily, 4 regularly, 3 periodically, 2 rarely, 1 not at all; x.5 where the
 * survey says "daily or regularly" or "rarely or periodically".
 */
const surveyAll: Record<string, number> = {
  cooperation: 5, // daily in all sector groups, whatever the staff size
  marketing: 4.5, // daily or regularly
  events: 5, // daily in all sector groups, whatever the staff size
  rnd_cooperation: 4.5, // daily or regularly
  technology_transfer: 3, // ranks high only in mature industries
  lobbying: 4, // "similarly often" as the daily and regular tasks
  internationalisation: 4, // "similarly often"
  branding: 3.5, // part of the common repertoire, no frequency reported
  market_development: 2, // ranks low everywhere
  location_marketing: 2.5, // attracting companies: rarely or periodically
  startup_advice: 2.5, // rarely or periodically
  qualification: 2.5, // rarely or periodically
  monitoring_evaluation: 2, // "a task for the future"
  strategy_development: 3, // increasingly applied
};
const builtInSets: Record<string, Record<string, number>> = {
  survey_all: surveyAll,
  // ICT is the one sector group that already monitors.
  survey_ict: { ...surveyAll, monitoring_evaluation: 4 },
  // Mature industries count technology transfer among their frequent tasks.
  survey_mature: { ...surveyAll, technology_transfer: 4.5 },
  // The fewer the staff, the more internationalisation, start-up advice and qualification are deferred.
  survey_small_team: { ...surveyAll, internationalisation: 3, startup_advice: 1.5, qualification: 1.5 },
  survey_large_team: { ...surveyAll, internationalisation: 4.5, startup_advice: 3, qualification: 3.5 },
};

const tables = `
create table expenditure_line (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  category text not null check (category in (${quoted(expenditureCategories)})),
  ${cents('planned_cents', false)},
  ${cents('actual_cents', true)},
  ${text('note', 2000)},
  unique (cluster_id, category, year)
) strict;

create table benchmark_set (
  id integer primary key,
  key text unique check (key is null or key in (${quoted(Object.keys(builtInSets))})),
  ${text('name', 200)},
  ${text('source', 2000)},
  indicative integer not null default 0 check (indicative in (0, 1)),
  check (key is not null or length(trim(name)) > 0)
) strict;
create unique index benchmark_set_name on benchmark_set (name collate nocase) where key is null;

create table benchmark_value (
  id integer primary key,
  benchmark_set_id integer not null references benchmark_set (id) on delete cascade,
  field_of_action_id integer not null references field_of_action (id) on delete cascade,
  intensity real not null check (intensity between 1 and 5),
  unique (benchmark_set_id, field_of_action_id)
) strict;

create table activity_benchmark_choice (
  id integer primary key,
  cluster_id integer not null unique references cluster (id) on delete cascade,
  benchmark_set_id integer not null references benchmark_set (id) on delete cascade
) strict;
create index activity_benchmark_choice_set on activity_benchmark_choice (benchmark_set_id);

create table label_indicator (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  area text not null check (area in (${quoted(labelAreas)})),
  ${text('code', 20)},
  ${title('title', 300)},
  ${text('description', 2000)},
  ${text('unit', 40)},
  comparator text not null check (comparator in ('ge', 'le', 'yes')),
  threshold real,
  weight real not null default 1 check (weight > 0 and weight <= 100),
  indicative integer not null default 0 check (indicative in (0, 1)),
  sort_order integer not null default 0,
  check ((comparator = 'yes') = (threshold is null)),
  unique (cluster_id, title collate nocase)
) strict;
create index label_indicator_cluster on label_indicator (cluster_id);

create table label_assessment (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  assessed_on text not null check ${isoDate('assessed_on')},
  ${title('title', 200)},
  ${text('note', 20000)},
  created_at text not null check ${isoTime('created_at')},
  updated_at text not null check (updated_at >= created_at),
  unique (cluster_id, assessed_on)
) strict;

create table label_result (
  id integer primary key,
  label_assessment_id integer not null references label_assessment (id) on delete cascade,
  label_indicator_id integer not null references label_indicator (id) on delete cascade,
  value real,
  ${text('evidence', 5000)},
  unique (label_assessment_id, label_indicator_id)
) strict;
create index label_result_indicator on label_result (label_indicator_id);
`;

const newTables = [
  'expenditure_line',
  'benchmark_set',
  'benchmark_value',
  'activity_benchmark_choice',
  'label_indicator',
  'label_assessment',
  'label_result',
];

export const migration0005: Migration = {
  version: 5,
  name: 'resources',
  up: (db) => {
    db.exec(tables);
    // The built-in sets go in before the triggers exist: they are part of the schema, not an edit.
    const insertSet = db.prepare('insert into benchmark_set (key, indicative) values (?, 1)');
    const insertValue = db.prepare(
      `insert into benchmark_value (benchmark_set_id, field_of_action_id, intensity)
       select ?, id, ? from field_of_action where key = ?`,
    );
    for (const [key, values] of Object.entries(builtInSets)) {
      const setId = Number(insertSet.run(key).lastInsertRowid);
      for (const [field, intensity] of Object.entries(values)) insertValue.run(setId, intensity, field);
    }
    for (const table of newTables) rebuildAuditTriggers(db, table);
  },
};
