// Migration 2: the whole domain of docs/domain.md. Frozen in time: never import app code here.
// Integrity lives in the schema: foreign keys with deliberate ON DELETE behaviour, CHECKs for
// enums, ranges and date order, UNIQUE where the domain demands it. Money is integer cents,
// shares are basis points, dates are ISO strings. An audit trigger on every table records
// before/after values per change (cascaded deletes included, so undo can restore them), and
// FTS5 triggers keep the search index in sync (both built by the frozen helpers/triggers-v1.ts).
import { auditTriggerSql, type SearchSpec, searchTriggerSql } from './helpers/triggers-v1.ts';
import type { Migration } from './migration.ts';

// `is`, not `=`: date() of a malformed string is null, and a null CHECK would pass.
const isoDate = (column: string) =>
  `(${column} is null or (length(${column}) = 10 and date(${column}) is ${column}))`;
const isoTime = (column: string) => `(${column} like '____-__-__T__:__:__%')`;
const stamps = `created_at text not null check ${isoTime('created_at')},
  updated_at text not null check (updated_at >= created_at)`;
const text = (column: string, max: number) =>
  `${column} text not null default '' check (length(${column}) <= ${max})`;
const title = (column: string, max: number) =>
  `${column} text not null check (length(trim(${column})) between 1 and ${max})`;

const actorSubtypes = {
  business: [
    'end_producer',
    'supplier',
    'service_provider',
    'business_association',
    'bank',
    'venture_capital',
    'business_angel',
    'social_partner',
    'chamber',
    'other',
  ],
  administration: ['state_body', 'municipal_body', 'economic_development_agency', 'planning', 'other'],
  research: ['university', 'research_institute', 'vocational_school', 'continuing_education', 'other'],
  culture: ['cultural', 'other'],
};
const groupSubtypePairs = Object.entries(actorSubtypes)
  .flatMap(([group, subtypes]) => subtypes.map((s) => `'${group}:${s}'`))
  .join(', ');

const fieldsOfAction = [
  'cooperation',
  'marketing',
  'events',
  'rnd_cooperation',
  'technology_transfer',
  'lobbying',
  'internationalisation',
  'branding',
  'market_development',
  'location_marketing',
  'startup_advice',
  'qualification',
  'monitoring_evaluation',
  'strategy_development',
];
const relationshipTypes = [
  'joint_rnd',
  'joint_marketing',
  'joint_distribution',
  'joint_training',
  'supply',
  'knowledge_exchange',
  'capital',
  'informal',
];

const tables = `
alter table cluster add column region text not null default '' check (length(region) <= 200);
alter table cluster add column country text not null default '' check (length(country) <= 100);
alter table cluster add column sector_group text check (sector_group in ('hightech', 'growth', 'ict', 'mature', 'other'));
alter table cluster add column life_cycle_stage text check (life_cycle_stage in ('emerging', 'developing', 'mature', 'transforming'));
alter table cluster add column founding_year integer check (founding_year between 1800 and 2200);
alter table cluster add column host_organisation text not null default '' check (length(host_organisation) <= 200);
alter table cluster add column legal_form text not null default '' check (length(legal_form) <= 100);
alter table cluster add column regional_strengths text not null default '[]' check (json_valid(regional_strengths) and json_type(regional_strengths) = 'array');
alter table cluster add column description text not null default '' check (length(description) <= 20000);

create table actor (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  ${title('name', 200)},
  actor_group text not null check (actor_group in ('business', 'administration', 'research', 'culture')),
  subtype text not null check (actor_group || ':' || subtype in (${groupSubtypePairs})),
  size text check (size in ('sme', 'large')),
  member_since text check ${isoDate('member_since')},
  member_until text check (${isoDate('member_until')} and (member_until is null or (member_since is not null and member_until >= member_since))),
  ${text('location', 200)},
  ${text('note', 20000)},
  ${stamps},
  unique (cluster_id, name collate nocase)
) strict;
create index actor_cluster on actor (cluster_id);

create table relationship_type (
  id integer primary key,
  key text unique check (key is null or key in (${relationshipTypes.map((k) => `'${k}'`).join(', ')})),
  ${text('name', 120)},
  check (key is not null or length(trim(name)) > 0)
) strict;

create table relationship (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  from_actor_id integer not null references actor (id) on delete cascade,
  to_actor_id integer not null references actor (id) on delete cascade,
  type_id integer not null references relationship_type (id) on delete restrict,
  started_on text check ${isoDate('started_on')},
  ended_on text check (${isoDate('ended_on')} and (ended_on is null or started_on is null or ended_on >= started_on)),
  ${text('note', 20000)},
  ${stamps},
  check (from_actor_id <> to_actor_id)
) strict;
create index relationship_cluster on relationship (cluster_id);
create index relationship_from on relationship (from_actor_id);
create index relationship_to on relationship (to_actor_id);

create table strategy (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  ${title('title', 200)},
  period_start text not null check ${isoDate('period_start')},
  period_end text not null check (${isoDate('period_end')} and period_end > period_start),
  ${text('vision', 20000)},
  ${text('mission', 20000)},
  ${stamps},
  unique (cluster_id, period_start)
) strict;

create table field_of_action (
  id integer primary key,
  key text unique check (key is null or key in (${fieldsOfAction.map((k) => `'${k}'`).join(', ')})),
  ${text('name', 120)},
  sort_order integer not null default 0,
  check (key is not null or length(trim(name)) > 0)
) strict;

create table goal (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  parent_id integer references goal (id) on delete cascade,
  ${title('title', 300)},
  ${text('description', 20000)},
  field_of_action_id integer references field_of_action (id) on delete set null,
  perspective text check (perspective in ('members_region', 'finance', 'processes_services', 'learning_development')),
  ${text('owner', 200)},
  priority integer check (priority between 1 and 3),
  ${text('rationale', 20000)},
  sort_order integer not null default 0,
  ${stamps},
  check (parent_id is null or parent_id <> id)
) strict;
create index goal_strategy on goal (strategy_id);
create index goal_parent on goal (parent_id);

create table indicator (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  ${title('name', 200)},
  ${text('definition', 20000)},
  ${text('unit', 40)},
  kind text not null check (kind in ('input', 'output', 'outcome', 'impact')),
  direction text not null check (direction in ('increase', 'decrease', 'band')),
  aggregation text not null check (aggregation in ('cumulative', 'periodic')),
  frequency text not null check (frequency in ('monthly', 'quarterly', 'half_yearly', 'yearly')),
  tolerance_at_risk real not null default 0.05 check (tolerance_at_risk >= 0 and tolerance_at_risk <= 10),
  tolerance_off_track real not null default 0.15 check (tolerance_off_track >= tolerance_at_risk and tolerance_off_track <= 10),
  band_low real,
  band_high real,
  baseline_date text check ${isoDate('baseline_date')},
  baseline_value real,
  decimals integer not null default 0 check (decimals between 0 and 6),
  ${text('data_source', 500)},
  ${text('owner', 200)},
  derived text check (derived in ('members', 'new_members', 'leaving_members', 'events', 'event_participants', 'sme_research_links', 'private_cofunding_share', 'management_fte')),
  ${stamps},
  check ((direction = 'band') = (band_low is not null and band_high is not null)),
  check (band_high is null or band_high >= band_low),
  check ((baseline_date is null) = (baseline_value is null)),
  unique (cluster_id, name collate nocase)
) strict;
create index indicator_cluster on indicator (cluster_id);

create table indicator_goal (
  indicator_id integer not null references indicator (id) on delete cascade,
  goal_id integer not null references goal (id) on delete cascade,
  primary key (indicator_id, goal_id)
) strict, without rowid;
create index indicator_goal_goal on indicator_goal (goal_id);

create table target (
  id integer primary key,
  indicator_id integer not null references indicator (id) on delete cascade,
  date text not null check ${isoDate('date')},
  value real not null,
  ${text('note', 2000)},
  unique (indicator_id, date)
) strict;

create table measurement (
  id integer primary key,
  indicator_id integer not null references indicator (id) on delete cascade,
  date text not null check ${isoDate('date')},
  period_start text check (${isoDate('period_start')} and (period_start is null or period_start <= date)),
  value real not null,
  ${text('note', 2000)},
  entered_by text not null default '',
  entered_at text not null check ${isoTime('entered_at')},
  unique (indicator_id, date)
) strict;

create table break_point (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  ${title('title', 300)},
  kind text not null check (kind in ('rule', 'qualitative')),
  check_date text not null check ${isoDate('check_date')},
  ${text('criterion', 20000)},
  consequence text check (consequence in ('revise_strategy', 'adjust_goals', 'reduce_funding', 'wind_down', 'other')),
  ${text('consequence_note', 20000)},
  ${stamps},
  check (kind = 'rule' or length(trim(criterion)) > 0)
) strict;
create index break_point_strategy on break_point (strategy_id);

create table break_point_condition (
  id integer primary key,
  break_point_id integer not null references break_point (id) on delete cascade,
  parent_id integer references break_point_condition (id) on delete cascade,
  node text not null check (node in ('all', 'any', 'compare')),
  indicator_id integer references indicator (id) on delete cascade,
  comparator text check (comparator in ('lt', 'le', 'gt', 'ge', 'eq')),
  threshold real,
  sort_order integer not null default 0,
  check ((node = 'compare') = (indicator_id is not null and comparator is not null and threshold is not null))
) strict;
create index break_point_condition_bp on break_point_condition (break_point_id);

create table milestone (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  goal_id integer references goal (id) on delete set null,
  ${title('title', 300)},
  due_date text not null check ${isoDate('due_date')},
  ${text('owner', 200)},
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'delayed', 'cancelled')),
  completed_on text check (${isoDate('completed_on')} and (completed_on is null or status = 'done')),
  ${text('evidence', 20000)},
  sort_order integer not null default 0,
  ${stamps}
) strict;
create index milestone_strategy on milestone (strategy_id);

create table milestone_dependency (
  milestone_id integer not null references milestone (id) on delete cascade,
  depends_on_id integer not null references milestone (id) on delete cascade,
  primary key (milestone_id, depends_on_id),
  check (milestone_id <> depends_on_id)
) strict, without rowid;

create table activity_plan (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  field_of_action_id integer not null references field_of_action (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  planned_intensity integer not null check (planned_intensity between 1 and 5),
  actual_intensity integer check (actual_intensity between 1 and 5),
  unique (cluster_id, field_of_action_id, year)
) strict;

create table event (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  date text not null check ${isoDate('date')},
  type text not null check (type in ('workshop', 'conference', 'networking', 'training', 'fair', 'delegation', 'other')),
  ${title('title', 300)},
  field_of_action_id integer references field_of_action (id) on delete set null,
  participants integer not null default 0 check (participants between 0 and 1000000),
  ${text('note', 20000)},
  ${stamps}
) strict;
create index event_cluster_date on event (cluster_id, date);

create table event_actor (
  event_id integer not null references event (id) on delete cascade,
  actor_id integer not null references actor (id) on delete cascade,
  primary key (event_id, actor_id)
) strict, without rowid;

create table staff (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  ${text('name', 200)},
  ${title('role', 200)},
  fte real not null check (fte > 0 and fte <= 10),
  start_on text not null check ${isoDate('start_on')},
  end_on text check (${isoDate('end_on')} and (end_on is null or end_on >= start_on))
) strict;

create table funding_source (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  ${title('name', 200)},
  category text not null check (category in ('eu', 'national', 'state', 'municipal', 'member_fees', 'private_sponsors', 'project_revenue', 'in_kind')),
  ${text('note', 2000)},
  unique (cluster_id, name collate nocase)
) strict;

create table budget_line (
  id integer primary key,
  funding_source_id integer not null references funding_source (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  planned_cents integer not null check (planned_cents between 0 and 100000000000000),
  actual_cents integer check (actual_cents between 0 and 100000000000000),
  unique (funding_source_id, year)
) strict;

create table financing_plan (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  public_share_bp integer not null check (public_share_bp between 0 and 10000),
  unique (cluster_id, year)
) strict;

create table endorsement (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  actor_id integer not null references actor (id) on delete cascade,
  date text not null check ${isoDate('date')},
  form text not null check (form in ('board_decision', 'letter_of_intent', 'cooperation_agreement')),
  ${text('note', 2000)},
  unique (strategy_id, actor_id)
) strict;

create table commitment (
  id integer primary key,
  endorsement_id integer not null references endorsement (id) on delete cascade,
  kind text not null check (kind in ('money', 'in_kind', 'staff_time')),
  amount_cents integer check (amount_cents between 0 and 100000000000000),
  hours real check (hours >= 0),
  ${text('description', 2000)},
  start_on text check ${isoDate('start_on')},
  end_on text check (${isoDate('end_on')} and (end_on is null or start_on is null or end_on >= start_on)),
  check (kind <> 'money' or amount_cents is not null),
  check (kind <> 'staff_time' or hours is not null)
) strict;

create table evaluation (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  strategy_id integer references strategy (id) on delete set null,
  ${title('title', 300)},
  period_start text not null check ${isoDate('period_start')},
  period_end text not null check (${isoDate('period_end')} and period_end >= period_start),
  cutoff_date text not null check (${isoDate('cutoff_date')} and cutoff_date >= period_start),
  meeting_date text check ${isoDate('meeting_date')},
  ${text('participants', 20000)},
  ${text('agenda', 20000)},
  status text not null default 'draft' check (status in ('draft', 'in_meeting', 'decided', 'locked')),
  locked_at text check (locked_at is null or ${isoTime('locked_at')}),
  ${stamps},
  check ((status = 'locked') = (locked_at is not null))
) strict;

create table evaluation_snapshot (
  evaluation_id integer primary key references evaluation (id) on delete cascade,
  taken_at text not null check ${isoTime('taken_at')},
  data text not null check (json_valid(data))
) strict;

create table assessment (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  subject_kind text not null check (subject_kind in ('goal', 'indicator', 'break_point', 'milestone', 'overall')),
  subject_id integer,
  verdict text check (verdict in ('achieved', 'partly_achieved', 'not_achieved', 'met', 'missed', 'not_assessable')),
  ${text('narrative', 20000)},
  check ((subject_kind = 'overall') = (subject_id is null)),
  unique (evaluation_id, subject_kind, subject_id)
) strict;

create table decision (
  id integer primary key,
  evaluation_id integer not null unique references evaluation (id) on delete cascade,
  outcome text not null check (outcome in ('continue', 'continue_with_adjustments', 'wind_down')),
  rationale text not null check (length(trim(rationale)) between 1 and 20000),
  decided_on text not null check ${isoDate('decided_on')},
  ${text('participants', 20000)},
  ${text('follow_up', 20000)}
) strict;

create table setting (
  key text primary key check (length(key) between 1 and 100),
  value text not null check (json_valid(value))
) strict, without rowid;

create table audit_batch (
  id integer primary key,
  at text not null check ${isoTime('at')},
  user text not null default '',
  label text not null default '',
  kind text not null check (kind in ('edit', 'undo', 'redo', 'import', 'system')),
  target_batch_id integer references audit_batch (id) on delete set null,
  undone integer not null default 0 check (undone in (0, 1)),
  redone integer not null default 0 check (redone in (0, 1))
) strict;

create table audit_log (
  id integer primary key,
  -- null: a change made outside the app (e.g. with the sqlite3 shell), logged all the same
  batch_id integer references audit_batch (id) on delete cascade,
  entity text not null,
  entity_id integer not null,
  action text not null check (action in ('insert', 'update', 'delete')),
  before text check (before is null or json_valid(before)),
  after text check (after is null or json_valid(after))
) strict;
create index audit_log_batch on audit_log (batch_id);
create index audit_log_entity on audit_log (entity, entity_id);

-- One row: the batch that triggers attribute changes to, and whether auditing is on (bulk
-- generation turns it off and records a single summary batch instead).
create table audit_context (
  id integer primary key check (id = 1),
  batch_id integer references audit_batch (id) on delete set null,
  enabled integer not null default 1 check (enabled in (0, 1))
) strict;
insert into audit_context (id, batch_id, enabled) values (1, null, 1);

insert into field_of_action (key, sort_order) values ${fieldsOfAction.map((k, i) => `('${k}', ${i + 1})`).join(', ')};
insert into relationship_type (key) values ${relationshipTypes.map((k) => `('${k}')`).join(', ')};

create virtual table search_index using fts5 (
  entity unindexed,
  entity_id unindexed,
  cluster_id unindexed,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);
`;

/** Every audited table with its columns, in schema order (the audit rows hold them as JSON). */
const audited: Record<string, readonly string[]> = {
  cluster: [
    'id',
    'name',
    'created_at',
    'updated_at',
    'region',
    'country',
    'sector_group',
    'life_cycle_stage',
    'founding_year',
    'host_organisation',
    'legal_form',
    'regional_strengths',
    'description',
  ],
  actor: [
    'id',
    'cluster_id',
    'name',
    'actor_group',
    'subtype',
    'size',
    'member_since',
    'member_until',
    'location',
    'note',
    'created_at',
    'updated_at',
  ],
  relationship_type: ['id', 'key', 'name'],
  relationship: [
    'id',
    'cluster_id',
    'from_actor_id',
    'to_actor_id',
    'type_id',
    'started_on',
    'ended_on',
    'note',
    'created_at',
    'updated_at',
  ],
  strategy: [
    'id',
    'cluster_id',
    'title',
    'period_start',
    'period_end',
    'vision',
    'mission',
    'created_at',
    'updated_at',
  ],
  field_of_action: ['id', 'key', 'name', 'sort_order'],
  goal: [
    'id',
    'strategy_id',
    'parent_id',
    'title',
    'description',
    'field_of_action_id',
    'perspective',
    'owner',
    'priority',
    'rationale',
    'sort_order',
    'created_at',
    'updated_at',
  ],
  indicator: [
    'id',
    'cluster_id',
    'name',
    'definition',
    'unit',
    'kind',
    'direction',
    'aggregation',
    'frequency',
    'tolerance_at_risk',
    'tolerance_off_track',
    'band_low',
    'band_high',
    'baseline_date',
    'baseline_value',
    'decimals',
    'data_source',
    'owner',
    'derived',
    'created_at',
    'updated_at',
  ],
  indicator_goal: ['indicator_id', 'goal_id'],
  target: ['id', 'indicator_id', 'date', 'value', 'note'],
  measurement: ['id', 'indicator_id', 'date', 'period_start', 'value', 'note', 'entered_by', 'entered_at'],
  break_point: [
    'id',
    'strategy_id',
    'title',
    'kind',
    'check_date',
    'criterion',
    'consequence',
    'consequence_note',
    'created_at',
    'updated_at',
  ],
  break_point_condition: [
    'id',
    'break_point_id',
    'parent_id',
    'node',
    'indicator_id',
    'comparator',
    'threshold',
    'sort_order',
  ],
  milestone: [
    'id',
    'strategy_id',
    'goal_id',
    'title',
    'due_date',
    'owner',
    'status',
    'completed_on',
    'evidence',
    'sort_order',
    'created_at',
    'updated_at',
  ],
  milestone_dependency: ['milestone_id', 'depends_on_id'],
  activity_plan: ['id', 'cluster_id', 'field_of_action_id', 'year', 'planned_intensity', 'actual_intensity'],
  event: [
    'id',
    'cluster_id',
    'date',
    'type',
    'title',
    'field_of_action_id',
    'participants',
    'note',
    'created_at',
    'updated_at',
  ],
  event_actor: ['event_id', 'actor_id'],
  staff: ['id', 'cluster_id', 'name', 'role', 'fte', 'start_on', 'end_on'],
  funding_source: ['id', 'cluster_id', 'name', 'category', 'note'],
  budget_line: ['id', 'funding_source_id', 'year', 'planned_cents', 'actual_cents'],
  financing_plan: ['id', 'cluster_id', 'year', 'public_share_bp'],
  endorsement: ['id', 'strategy_id', 'actor_id', 'date', 'form', 'note'],
  commitment: ['id', 'endorsement_id', 'kind', 'amount_cents', 'hours', 'description', 'start_on', 'end_on'],
  evaluation: [
    'id',
    'cluster_id',
    'strategy_id',
    'title',
    'period_start',
    'period_end',
    'cutoff_date',
    'meeting_date',
    'participants',
    'agenda',
    'status',
    'locked_at',
    'created_at',
    'updated_at',
  ],
  evaluation_snapshot: ['evaluation_id', 'taken_at', 'data'],
  assessment: ['id', 'evaluation_id', 'subject_kind', 'subject_id', 'verdict', 'narrative'],
  decision: ['id', 'evaluation_id', 'outcome', 'rationale', 'decided_on', 'participants', 'follow_up'],
  setting: ['key', 'value'],
};

/** FTS rows are keyed by entity code × 2^40 + id, so updates and deletes find them by rowid. */
const searchable: Record<string, SearchSpec> = {
  cluster: { code: 1, cluster: 'new.id', title: 'new.name', body: "new.region || ' ' || new.description" },
  actor: { code: 2, cluster: 'new.cluster_id', title: 'new.name', body: "new.location || ' ' || new.note" },
  strategy: {
    code: 3,
    cluster: 'new.cluster_id',
    title: 'new.title',
    body: "new.vision || ' ' || new.mission",
  },
  goal: {
    code: 4,
    cluster: '(select cluster_id from strategy where id = new.strategy_id)',
    title: 'new.title',
    body: "new.description || ' ' || new.rationale",
  },
  indicator: {
    code: 5,
    cluster: 'new.cluster_id',
    title: 'new.name',
    body: "new.definition || ' ' || new.data_source",
  },
  milestone: {
    code: 6,
    cluster: '(select cluster_id from strategy where id = new.strategy_id)',
    title: 'new.title',
    body: 'new.evidence',
  },
  break_point: {
    code: 7,
    cluster: '(select cluster_id from strategy where id = new.strategy_id)',
    title: 'new.title',
    body: "new.criterion || ' ' || new.consequence_note",
  },
  event: { code: 8, cluster: 'new.cluster_id', title: 'new.title', body: 'new.note' },
  measurement: {
    code: 9,
    cluster: '(select cluster_id from indicator where id = new.indicator_id)',
    title: "''",
    body: 'new.note',
    when: "new.note <> ''",
  },
  evaluation: {
    code: 10,
    cluster: 'new.cluster_id',
    title: 'new.title',
    body: "new.agenda || ' ' || new.participants",
  },
};

export const migration0002: Migration = {
  version: 2,
  name: 'domain',
  up: (db) => {
    db.exec(tables);
    // Link tables log their first column as entity_id; setting has no integer key and logs 0.
    for (const [table, columns] of Object.entries(audited)) {
      db.exec(auditTriggerSql(table, columns, table === 'setting' ? null : columns[0]));
    }
    for (const [table, spec] of Object.entries(searchable)) db.exec(searchTriggerSql(table, spec));
    db.exec(`insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
      select 1099511627776 + id, 'cluster', id, id, name, region || ' ' || description from cluster;`);
  },
};
