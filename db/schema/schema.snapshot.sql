CREATE INDEX activity_benchmark_choice_set on activity_benchmark_choice (benchmark_set_id);

CREATE INDEX actor_cluster on actor (cluster_id);

CREATE INDEX adjustment_evaluation on adjustment (evaluation_id);

CREATE INDEX agenda_item_evaluation on agenda_item (evaluation_id, sort_order);

CREATE INDEX audit_log_batch on audit_log (batch_id);

CREATE INDEX audit_log_entity on audit_log (entity, entity_id);

CREATE UNIQUE INDEX benchmark_set_name on benchmark_set (name collate nocase) where key is null;

CREATE INDEX break_point_condition_bp on break_point_condition (break_point_id);

CREATE INDEX break_point_strategy on break_point (strategy_id);

CREATE INDEX endorsement_actor on endorsement (actor_id);

CREATE INDEX evaluation_participant_evaluation on evaluation_participant (evaluation_id);

CREATE INDEX event_actor_actor on event_actor (actor_id);

CREATE INDEX event_cluster_date on event (cluster_id, date);

CREATE INDEX evidence_assessment on evidence (assessment_id);

CREATE INDEX follow_up_evaluation on follow_up (evaluation_id);

CREATE INDEX goal_parent on goal (parent_id);

CREATE INDEX goal_strategy on goal (strategy_id);

CREATE INDEX indicator_cluster on indicator (cluster_id);

CREATE INDEX indicator_goal_goal on indicator_goal (goal_id);

CREATE INDEX label_indicator_cluster on label_indicator (cluster_id);

CREATE INDEX label_result_indicator on label_result (label_indicator_id);

CREATE INDEX milestone_strategy on milestone (strategy_id);

CREATE INDEX relationship_cluster on relationship (cluster_id);

CREATE INDEX relationship_from on relationship (from_actor_id);

CREATE INDEX relationship_to on relationship (to_actor_id);

CREATE INDEX report_evaluation on report (evaluation_id, produced_at);

CREATE INDEX resolution_evaluation on resolution (evaluation_id);

CREATE TABLE activity_benchmark_choice (
  id integer primary key,
  cluster_id integer not null unique references cluster (id) on delete cascade,
  benchmark_set_id integer not null references benchmark_set (id) on delete cascade
) strict;

CREATE TABLE activity_plan (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  field_of_action_id integer not null references field_of_action (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  planned_intensity integer not null check (planned_intensity between 1 and 5),
  actual_intensity integer check (actual_intensity between 1 and 5),
  unique (cluster_id, field_of_action_id, year)
) strict;

CREATE TABLE actor (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  name text not null check (length(trim(name)) between 1 and 200),
  actor_group text not null check (actor_group in ('business', 'administration', 'research', 'culture')),
  subtype text not null check (actor_group || ':' || subtype in ('business:end_producer', 'business:supplier', 'business:service_provider', 'business:business_association', 'business:bank', 'business:venture_capital', 'business:business_angel', 'business:social_partner', 'business:chamber', 'business:other', 'administration:state_body', 'administration:municipal_body', 'administration:economic_development_agency', 'administration:planning', 'administration:other', 'research:university', 'research:research_institute', 'research:vocational_school', 'research:continuing_education', 'research:other', 'culture:cultural', 'culture:other')),
  size text check (size in ('sme', 'large')),
  member_since text check (member_since is null or (length(member_since) = 10 and date(member_since) is member_since)),
  member_until text check ((member_until is null or (length(member_until) = 10 and date(member_until) is member_until)) and (member_until is null or (member_since is not null and member_until >= member_since))),
  location text not null default '' check (length(location) <= 200),
  note text not null default '' check (length(note) <= 20000),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at),
  unique (cluster_id, name collate nocase)
) strict;

CREATE TABLE adjustment (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  description text not null check (length(trim(description)) between 1 and 5000),
  indicator_id integer references indicator (id) on delete set null,
  target_date text check (target_date is null or (length(target_date) = 10 and date(target_date) is target_date)),
  target_value real,
  applied_at text check (applied_at is null or (applied_at like '____-__-__T__:__:__%')),
  check ((target_date is null) = (target_value is null)),
  check (target_date is null or indicator_id is not null)
) strict;

CREATE TABLE agenda_item (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  sort_order integer not null default 0,
  kind text not null check (kind in ('break_point', 'indicator', 'milestone', 'overall', 'decision', 'other')),
  subject_id integer,
  title text not null check (length(trim(title)) between 1 and 300),
  reason text not null default '{}' check (json_valid(reason)),
  origin text not null default 'added' check (origin in ('generated', 'added')),
  planned_minutes integer check (planned_minutes between 0 and 600),
  actual_seconds integer check (actual_seconds >= 0),
  minutes text not null default '' check (length(minutes) <= 20000),
  check ((kind in ('overall', 'decision', 'other')) = (subject_id is null))
) strict;

CREATE TABLE assessment (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  subject_kind text not null check (subject_kind in ('goal', 'indicator', 'break_point', 'milestone', 'overall')),
  subject_id integer,
  verdict text check (verdict in ('achieved', 'partly_achieved', 'not_achieved', 'met', 'missed', 'not_assessable')),
  narrative text not null default '' check (length(narrative) <= 20000),
  check ((subject_kind = 'overall') = (subject_id is null)),
  unique (evaluation_id, subject_kind, subject_id)
) strict;

CREATE TABLE attachment (
  sha256 text primary key check (length(sha256) = 64),
  bytes integer not null check (bytes between 0 and 20971520),
  content blob not null
) strict, without rowid;

CREATE TABLE audit_batch (
  id integer primary key,
  at text not null check (at like '____-__-__T__:__:__%'),
  user text not null default '',
  label text not null default '',
  kind text not null check (kind in ('edit', 'undo', 'redo', 'import', 'system')),
  target_batch_id integer references audit_batch (id) on delete set null,
  undone integer not null default 0 check (undone in (0, 1)),
  redone integer not null default 0 check (redone in (0, 1))
, reason text not null default '') strict;

CREATE TABLE audit_context (
  id integer primary key check (id = 1),
  batch_id integer references audit_batch (id) on delete set null,
  enabled integer not null default 1 check (enabled in (0, 1))
) strict;

CREATE TABLE audit_log (
  id integer primary key,
  -- null: a change made outside the app (e.g. with the sqlite3 shell), logged all the same
  batch_id integer references audit_batch (id) on delete cascade,
  entity text not null,
  entity_id integer not null,
  action text not null check (action in ('insert', 'update', 'delete')),
  before text check (before is null or json_valid(before)),
  after text check (after is null or json_valid(after))
) strict;

CREATE TABLE benchmark_set (
  id integer primary key,
  key text unique check (key is null or key in ('survey_all', 'survey_ict', 'survey_mature', 'survey_small_team', 'survey_large_team')),
  name text not null default '' check (length(name) <= 200),
  source text not null default '' check (length(source) <= 2000),
  indicative integer not null default 0 check (indicative in (0, 1)),
  check (key is not null or length(trim(name)) > 0)
) strict;

CREATE TABLE benchmark_value (
  id integer primary key,
  benchmark_set_id integer not null references benchmark_set (id) on delete cascade,
  field_of_action_id integer not null references field_of_action (id) on delete cascade,
  intensity real not null check (intensity between 1 and 5),
  unique (benchmark_set_id, field_of_action_id)
) strict;

CREATE TABLE break_point (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  title text not null check (length(trim(title)) between 1 and 300),
  kind text not null check (kind in ('rule', 'qualitative')),
  check_date text not null check (check_date is null or (length(check_date) = 10 and date(check_date) is check_date)),
  criterion text not null default '' check (length(criterion) <= 20000),
  consequence text check (consequence in ('revise_strategy', 'adjust_goals', 'reduce_funding', 'wind_down', 'other')),
  consequence_note text not null default '' check (length(consequence_note) <= 20000),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at),
  check (kind = 'rule' or length(trim(criterion)) > 0)
) strict;

CREATE TABLE break_point_condition (
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

CREATE TABLE budget_line (
  id integer primary key,
  funding_source_id integer not null references funding_source (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  planned_cents integer not null check (planned_cents between 0 and 100000000000000),
  actual_cents integer check (actual_cents between 0 and 100000000000000),
  unique (funding_source_id, year)
) strict;

CREATE TABLE cluster (
        id integer primary key,
        name text not null collate nocase unique check (length(trim(name)) between 1 and 120),
        created_at text not null check (created_at like '____-__-__T__:__:__%'),
        updated_at text not null check (updated_at >= created_at)
      , region text not null default '' check (length(region) <= 200), country text not null default '' check (length(country) <= 100), sector_group text check (sector_group in ('hightech', 'growth', 'ict', 'mature', 'other')), life_cycle_stage text check (life_cycle_stage in ('emerging', 'developing', 'mature', 'transforming')), founding_year integer check (founding_year between 1800 and 2200), host_organisation text not null default '' check (length(host_organisation) <= 200), legal_form text not null default '' check (length(legal_form) <= 100), regional_strengths text not null default '[]' check (json_valid(regional_strengths) and json_type(regional_strengths) = 'array'), description text not null default '' check (length(description) <= 20000), report_accent text not null default '#1d5b8f'
  check (report_accent glob '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]'), report_footer text not null default '' check (length(report_footer) <= 200), report_logo text references attachment (sha256), report_logo_type text not null default ''
  check (report_logo_type in ('', 'image/png', 'image/jpeg', 'image/svg+xml')
    and (report_logo is null) = (report_logo_type = ''))) strict;

CREATE TABLE commitment (
  id integer primary key,
  endorsement_id integer not null references endorsement (id) on delete cascade,
  kind text not null check (kind in ('money', 'in_kind', 'staff_time')),
  amount_cents integer check (amount_cents between 0 and 100000000000000),
  hours real check (hours >= 0),
  description text not null default '' check (length(description) <= 2000),
  start_on text check (start_on is null or (length(start_on) = 10 and date(start_on) is start_on)),
  end_on text check ((end_on is null or (length(end_on) = 10 and date(end_on) is end_on)) and (end_on is null or start_on is null or end_on >= start_on)),
  check (kind <> 'money' or amount_cents is not null),
  check (kind <> 'staff_time' or hours is not null)
) strict;

CREATE TABLE decision (
  id integer primary key,
  evaluation_id integer not null unique references evaluation (id) on delete cascade,
  outcome text not null check (outcome in ('continue', 'continue_with_adjustments', 'wind_down')),
  rationale text not null check (length(trim(rationale)) between 1 and 20000),
  decided_on text not null check (decided_on is null or (length(decided_on) = 10 and date(decided_on) is decided_on)),
  participants text not null default '' check (length(participants) <= 20000)) strict;

CREATE TABLE endorsement (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  actor_id integer not null references actor (id) on delete cascade,
  date text not null check (date is null or (length(date) = 10 and date(date) is date)),
  form text not null check (form in ('board_decision', 'letter_of_intent', 'cooperation_agreement')),
  note text not null default '' check (length(note) <= 2000),
  unique (strategy_id, actor_id)
) strict;

CREATE TABLE evaluation (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  strategy_id integer references strategy (id) on delete set null,
  title text not null check (length(trim(title)) between 1 and 300),
  period_start text not null check (period_start is null or (length(period_start) = 10 and date(period_start) is period_start)),
  period_end text not null check ((period_end is null or (length(period_end) = 10 and date(period_end) is period_end)) and period_end >= period_start),
  cutoff_date text not null check ((cutoff_date is null or (length(cutoff_date) = 10 and date(cutoff_date) is cutoff_date)) and cutoff_date >= period_start),
  meeting_date text check (meeting_date is null or (length(meeting_date) = 10 and date(meeting_date) is meeting_date)),
  status text not null default 'draft' check (status in ('draft', 'in_meeting', 'decided', 'locked')),
  locked_at text check (locked_at is null or (locked_at like '____-__-__T__:__:__%')),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at), language text not null default 'de' check (language in ('de', 'en')),
  check ((status = 'locked') = (locked_at is not null))
) strict;

CREATE TABLE evaluation_participant (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  actor_id integer references actor (id) on delete set null,
  name text not null check (length(trim(name)) between 1 and 200),
  organisation text not null default '' check (length(organisation) <= 200),
  role text not null default '' check (length(role) <= 200),
  attendance text not null default 'invited' check (attendance in ('invited', 'present', 'apologised')),
  sort_order integer not null default 0
) strict;

CREATE TABLE evaluation_snapshot (
  evaluation_id integer primary key references evaluation (id) on delete cascade,
  taken_at text not null check (taken_at like '____-__-__T__:__:__%'),
  data text not null check (json_valid(data))
) strict;

CREATE TABLE event (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  date text not null check (date is null or (length(date) = 10 and date(date) is date)),
  type text not null check (type in ('workshop', 'conference', 'networking', 'training', 'fair', 'delegation', 'other')),
  title text not null check (length(trim(title)) between 1 and 300),
  field_of_action_id integer references field_of_action (id) on delete set null,
  participants integer not null default 0 check (participants between 0 and 1000000),
  note text not null default '' check (length(note) <= 20000),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at)
) strict;

CREATE TABLE event_actor (
  event_id integer not null references event (id) on delete cascade,
  actor_id integer not null references actor (id) on delete cascade,
  primary key (event_id, actor_id)
) strict, without rowid;

CREATE TABLE evidence (
  id integer primary key,
  assessment_id integer not null references assessment (id) on delete cascade,
  kind text not null check (kind in ('note', 'link', 'file')),
  text text not null default '' check (length(text) <= 20000),
  url text not null default '' check (length(url) <= 2000),
  file_name text not null default '' check (length(file_name) <= 255),
  mime_type text not null default '' check (length(mime_type) <= 200),
  attachment text references attachment (sha256),
  check ((kind = 'file') = (attachment is not null)),
  check (kind <> 'link' or url like 'http%' or url like 'file:%'),
  check (kind <> 'note' or length(trim(text)) > 0)
) strict;

CREATE TABLE expenditure_line (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  category text not null check (category in ('personnel', 'travel', 'events', 'communication', 'external_services', 'equipment', 'overheads', 'other')),
  planned_cents integer not null check (planned_cents between 0 and 100000000000000),
  actual_cents integer check (actual_cents between 0 and 100000000000000),
  note text not null default '' check (length(note) <= 2000),
  unique (cluster_id, category, year)
) strict;

CREATE TABLE field_of_action (
  id integer primary key,
  key text unique check (key is null or key in ('cooperation', 'marketing', 'events', 'rnd_cooperation', 'technology_transfer', 'lobbying', 'internationalisation', 'branding', 'market_development', 'location_marketing', 'startup_advice', 'qualification', 'monitoring_evaluation', 'strategy_development')),
  name text not null default '' check (length(name) <= 120),
  sort_order integer not null default 0,
  check (key is not null or length(trim(name)) > 0)
) strict;

CREATE TABLE financing_plan (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  year integer not null check (year between 1900 and 2200),
  public_share_bp integer not null check (public_share_bp between 0 and 10000),
  unique (cluster_id, year)
) strict;

CREATE TABLE follow_up (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  title text not null check (length(trim(title)) between 1 and 300),
  owner text not null check (length(trim(owner)) between 1 and 200),
  due_date text not null check (due_date is null or (length(due_date) = 10 and date(due_date) is due_date)),
  goal_id integer references goal (id) on delete set null,
  milestone_id integer references milestone (id) on delete set null
) strict;

CREATE TABLE funding_source (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  name text not null check (length(trim(name)) between 1 and 200),
  category text not null check (category in ('eu', 'national', 'state', 'municipal', 'member_fees', 'private_sponsors', 'project_revenue', 'in_kind')),
  note text not null default '' check (length(note) <= 2000),
  unique (cluster_id, name collate nocase)
) strict;

CREATE TABLE goal (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  parent_id integer references goal (id) on delete cascade,
  title text not null check (length(trim(title)) between 1 and 300),
  description text not null default '' check (length(description) <= 20000),
  field_of_action_id integer references field_of_action (id) on delete set null,
  perspective text check (perspective in ('members_region', 'finance', 'processes_services', 'learning_development')),
  owner text not null default '' check (length(owner) <= 200),
  priority integer check (priority between 1 and 3),
  rationale text not null default '' check (length(rationale) <= 20000),
  sort_order integer not null default 0,
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at),
  check (parent_id is null or parent_id <> id)
) strict;

CREATE TABLE indicator (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  name text not null check (length(trim(name)) between 1 and 200),
  definition text not null default '' check (length(definition) <= 20000),
  unit text not null default '' check (length(unit) <= 40),
  kind text not null check (kind in ('input', 'output', 'outcome', 'impact')),
  direction text not null check (direction in ('increase', 'decrease', 'band')),
  aggregation text not null check (aggregation in ('cumulative', 'periodic')),
  frequency text not null check (frequency in ('monthly', 'quarterly', 'half_yearly', 'yearly')),
  tolerance_at_risk real not null default 0.05 check (tolerance_at_risk >= 0 and tolerance_at_risk <= 10),
  tolerance_off_track real not null default 0.15 check (tolerance_off_track >= tolerance_at_risk and tolerance_off_track <= 10),
  band_low real,
  band_high real,
  baseline_date text check (baseline_date is null or (length(baseline_date) = 10 and date(baseline_date) is baseline_date)),
  baseline_value real,
  decimals integer not null default 0 check (decimals between 0 and 6),
  data_source text not null default '' check (length(data_source) <= 500),
  owner text not null default '' check (length(owner) <= 200),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at), derived text check (derived in ('members', 'new_members', 'leaving_members', 'events', 'event_participants', 'sme_research_links', 'private_cofunding_share', 'management_fte', 'members_business', 'members_administration', 'members_research', 'members_culture', 'relationships_per_actor', 'network_density', 'sme_research_share', 'isolated_members', 'top_broker_share', 'communities')),
  check ((direction = 'band') = (band_low is not null and band_high is not null)),
  check (band_high is null or band_high >= band_low),
  check ((baseline_date is null) = (baseline_value is null)),
  unique (cluster_id, name collate nocase)
) strict;

CREATE TABLE indicator_goal (
  indicator_id integer not null references indicator (id) on delete cascade,
  goal_id integer not null references goal (id) on delete cascade,
  primary key (indicator_id, goal_id)
) strict, without rowid;

CREATE TABLE label_assessment (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  assessed_on text not null check (assessed_on is null or (length(assessed_on) = 10 and date(assessed_on) is assessed_on)),
  title text not null check (length(trim(title)) between 1 and 200),
  note text not null default '' check (length(note) <= 20000),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at),
  unique (cluster_id, assessed_on)
) strict;

CREATE TABLE label_indicator (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  area text not null check (area in ('structure', 'management', 'financing', 'strategy_services', 'achievements')),
  code text not null default '' check (length(code) <= 20),
  title text not null check (length(trim(title)) between 1 and 300),
  description text not null default '' check (length(description) <= 2000),
  unit text not null default '' check (length(unit) <= 40),
  comparator text not null check (comparator in ('ge', 'le', 'yes')),
  threshold real,
  weight real not null default 1 check (weight > 0 and weight <= 100),
  indicative integer not null default 0 check (indicative in (0, 1)),
  sort_order integer not null default 0,
  check ((comparator = 'yes') = (threshold is null)),
  unique (cluster_id, title collate nocase)
) strict;

CREATE TABLE label_result (
  id integer primary key,
  label_assessment_id integer not null references label_assessment (id) on delete cascade,
  label_indicator_id integer not null references label_indicator (id) on delete cascade,
  value real,
  evidence text not null default '' check (length(evidence) <= 5000),
  unique (label_assessment_id, label_indicator_id)
) strict;

CREATE TABLE measurement (
  id integer primary key,
  indicator_id integer not null references indicator (id) on delete cascade,
  date text not null check (date is null or (length(date) = 10 and date(date) is date)),
  period_start text check ((period_start is null or (length(period_start) = 10 and date(period_start) is period_start)) and (period_start is null or period_start <= date)),
  value real not null,
  note text not null default '' check (length(note) <= 2000),
  entered_by text not null default '',
  entered_at text not null check (entered_at like '____-__-__T__:__:__%'),
  unique (indicator_id, date)
) strict;

CREATE TABLE milestone (
  id integer primary key,
  strategy_id integer not null references strategy (id) on delete cascade,
  goal_id integer references goal (id) on delete set null,
  title text not null check (length(trim(title)) between 1 and 300),
  due_date text not null check (due_date is null or (length(due_date) = 10 and date(due_date) is due_date)),
  owner text not null default '' check (length(owner) <= 200),
  status text not null default 'planned' check (status in ('planned', 'in_progress', 'done', 'delayed', 'cancelled')),
  completed_on text check ((completed_on is null or (length(completed_on) = 10 and date(completed_on) is completed_on)) and (completed_on is null or status = 'done')),
  evidence text not null default '' check (length(evidence) <= 20000),
  sort_order integer not null default 0,
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at)
) strict;

CREATE TABLE milestone_dependency (
  milestone_id integer not null references milestone (id) on delete cascade,
  depends_on_id integer not null references milestone (id) on delete cascade,
  primary key (milestone_id, depends_on_id),
  check (milestone_id <> depends_on_id)
) strict, without rowid;

CREATE TABLE network_position (
  actor_id integer primary key references actor (id) on delete cascade,
  x real not null check (x between -1e9 and 1e9),
  y real not null check (y between -1e9 and 1e9)
) strict;

CREATE TABLE relationship (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  from_actor_id integer not null references actor (id) on delete cascade,
  to_actor_id integer not null references actor (id) on delete cascade,
  type_id integer not null references relationship_type (id) on delete restrict,
  started_on text check (started_on is null or (length(started_on) = 10 and date(started_on) is started_on)),
  ended_on text check ((ended_on is null or (length(ended_on) = 10 and date(ended_on) is ended_on)) and (ended_on is null or started_on is null or ended_on >= started_on)),
  note text not null default '' check (length(note) <= 20000),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at),
  check (from_actor_id <> to_actor_id)
) strict;

CREATE TABLE relationship_type (
  id integer primary key,
  key text unique check (key is null or key in ('joint_rnd', 'joint_marketing', 'joint_distribution', 'joint_training', 'supply', 'knowledge_exchange', 'capital', 'informal')),
  name text not null default '' check (length(name) <= 120),
  check (key is not null or length(trim(name)) > 0)
) strict;

CREATE TABLE report (
  id integer primary key,
  evaluation_id integer not null references evaluation (id),
  language text not null check (language in ('de', 'en')),
  variant text not null check (variant in ('standard', 'verwendungsnachweis', 'minutes')),
  format text not null check (format in ('pdf', 'docx', 'xlsx')),
  file_name text not null check (length(trim(file_name)) between 1 and 255),
  sha256 text not null references attachment (sha256),
  bytes integer not null check (bytes >= 0),
  pages integer check (pages is null or pages >= 1),
  produced_at text not null check (produced_at like '____-__-__T__:__:__%'),
  produced_by text not null default '' check (length(produced_by) <= 200),
  model_version integer not null,
  -- The design it was produced with, so a reproduction looks the same after the design changed.
  accent text not null,
  footer text not null default '',
  logo text references attachment (sha256),
  logo_type text not null default ''
) strict;

CREATE TABLE report_narrative (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  language text not null check (language in ('de', 'en')),
  key text not null check (length(key) between 1 and 100),
  text text not null check (length(text) between 1 and 20000),
  unique (evaluation_id, language, key)
) strict;

CREATE TABLE resolution (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  agenda_item_id integer references agenda_item (id) on delete set null,
  motion text not null check (length(trim(motion)) between 1 and 5000),
  result text not null check (result in ('adopted', 'rejected')),
  votes_for integer check (votes_for between 0 and 10000),
  votes_against integer check (votes_against between 0 and 10000),
  abstentions integer check (abstentions between 0 and 10000)
) strict;

CREATE VIRTUAL TABLE search_index using fts5 (
  entity unindexed,
  entity_id unindexed,
  cluster_id unindexed,
  title,
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TABLE 'search_index_config'(k PRIMARY KEY, v) WITHOUT ROWID;

CREATE TABLE 'search_index_content'(id INTEGER PRIMARY KEY, c0, c1, c2, c3, c4);

CREATE TABLE 'search_index_data'(id INTEGER PRIMARY KEY, block BLOB);

CREATE TABLE 'search_index_docsize'(id INTEGER PRIMARY KEY, sz BLOB);

CREATE TABLE 'search_index_idx'(segid, term, pgno, PRIMARY KEY(segid, term)) WITHOUT ROWID;

CREATE TABLE setting (
  key text primary key check (length(key) between 1 and 100),
  value text not null check (json_valid(value))
) strict, without rowid;

CREATE TABLE staff (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  name text not null default '' check (length(name) <= 200),
  role text not null check (length(trim(role)) between 1 and 200),
  fte real not null check (fte > 0 and fte <= 10),
  start_on text not null check (start_on is null or (length(start_on) = 10 and date(start_on) is start_on)),
  end_on text check ((end_on is null or (length(end_on) = 10 and date(end_on) is end_on)) and (end_on is null or end_on >= start_on))
) strict;

CREATE TABLE strategy (
  id integer primary key,
  cluster_id integer not null references cluster (id) on delete cascade,
  title text not null check (length(trim(title)) between 1 and 200),
  period_start text not null check (period_start is null or (length(period_start) = 10 and date(period_start) is period_start)),
  period_end text not null check ((period_end is null or (length(period_end) = 10 and date(period_end) is period_end)) and period_end > period_start),
  vision text not null default '' check (length(vision) <= 20000),
  mission text not null default '' check (length(mission) <= 20000),
  created_at text not null check (created_at like '____-__-__T__:__:__%'),
  updated_at text not null check (updated_at >= created_at),
  unique (cluster_id, period_start)
) strict;

CREATE TABLE target (
  id integer primary key,
  indicator_id integer not null references indicator (id) on delete cascade,
  date text not null check (date is null or (length(date) = 10 and date(date) is date)),
  value real not null,
  note text not null default '' check (length(note) <= 2000),
  unique (indicator_id, date)
) strict;

CREATE TRIGGER audit_activity_benchmark_choice_delete after delete on activity_benchmark_choice when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'activity_benchmark_choice', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'benchmark_set_id', old.benchmark_set_id), null);
end;

CREATE TRIGGER audit_activity_benchmark_choice_insert after insert on activity_benchmark_choice when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'activity_benchmark_choice', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'benchmark_set_id', new.benchmark_set_id));
end;

CREATE TRIGGER audit_activity_benchmark_choice_update after update on activity_benchmark_choice when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'activity_benchmark_choice', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'benchmark_set_id', old.benchmark_set_id), json_object('id', new.id, 'cluster_id', new.cluster_id, 'benchmark_set_id', new.benchmark_set_id));
end;

CREATE TRIGGER audit_activity_plan_delete after delete on activity_plan when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'activity_plan', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'field_of_action_id', old.field_of_action_id, 'year', old.year, 'planned_intensity', old.planned_intensity, 'actual_intensity', old.actual_intensity), null);
end;

CREATE TRIGGER audit_activity_plan_insert after insert on activity_plan when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'activity_plan', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'field_of_action_id', new.field_of_action_id, 'year', new.year, 'planned_intensity', new.planned_intensity, 'actual_intensity', new.actual_intensity));
end;

CREATE TRIGGER audit_activity_plan_update after update on activity_plan when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'activity_plan', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'field_of_action_id', old.field_of_action_id, 'year', old.year, 'planned_intensity', old.planned_intensity, 'actual_intensity', old.actual_intensity), json_object('id', new.id, 'cluster_id', new.cluster_id, 'field_of_action_id', new.field_of_action_id, 'year', new.year, 'planned_intensity', new.planned_intensity, 'actual_intensity', new.actual_intensity));
end;

CREATE TRIGGER audit_actor_delete after delete on actor when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'actor', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'actor_group', old.actor_group, 'subtype', old.subtype, 'size', old.size, 'member_since', old.member_since, 'member_until', old.member_until, 'location', old.location, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_actor_insert after insert on actor when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'actor', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'actor_group', new.actor_group, 'subtype', new.subtype, 'size', new.size, 'member_since', new.member_since, 'member_until', new.member_until, 'location', new.location, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_actor_update after update on actor when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'actor', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'actor_group', old.actor_group, 'subtype', old.subtype, 'size', old.size, 'member_since', old.member_since, 'member_until', old.member_until, 'location', old.location, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'actor_group', new.actor_group, 'subtype', new.subtype, 'size', new.size, 'member_since', new.member_since, 'member_until', new.member_until, 'location', new.location, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_adjustment_delete after delete on adjustment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'adjustment', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'description', old.description, 'indicator_id', old.indicator_id, 'target_date', old.target_date, 'target_value', old.target_value, 'applied_at', old.applied_at), null);
end;

CREATE TRIGGER audit_adjustment_insert after insert on adjustment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'adjustment', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'description', new.description, 'indicator_id', new.indicator_id, 'target_date', new.target_date, 'target_value', new.target_value, 'applied_at', new.applied_at));
end;

CREATE TRIGGER audit_adjustment_update after update on adjustment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'adjustment', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'description', old.description, 'indicator_id', old.indicator_id, 'target_date', old.target_date, 'target_value', old.target_value, 'applied_at', old.applied_at), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'description', new.description, 'indicator_id', new.indicator_id, 'target_date', new.target_date, 'target_value', new.target_value, 'applied_at', new.applied_at));
end;

CREATE TRIGGER audit_agenda_item_delete after delete on agenda_item when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'agenda_item', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'sort_order', old.sort_order, 'kind', old.kind, 'subject_id', old.subject_id, 'title', old.title, 'reason', old.reason, 'origin', old.origin, 'planned_minutes', old.planned_minutes, 'actual_seconds', old.actual_seconds, 'minutes', old.minutes), null);
end;

CREATE TRIGGER audit_agenda_item_insert after insert on agenda_item when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'agenda_item', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'sort_order', new.sort_order, 'kind', new.kind, 'subject_id', new.subject_id, 'title', new.title, 'reason', new.reason, 'origin', new.origin, 'planned_minutes', new.planned_minutes, 'actual_seconds', new.actual_seconds, 'minutes', new.minutes));
end;

CREATE TRIGGER audit_agenda_item_update after update on agenda_item when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'agenda_item', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'sort_order', old.sort_order, 'kind', old.kind, 'subject_id', old.subject_id, 'title', old.title, 'reason', old.reason, 'origin', old.origin, 'planned_minutes', old.planned_minutes, 'actual_seconds', old.actual_seconds, 'minutes', old.minutes), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'sort_order', new.sort_order, 'kind', new.kind, 'subject_id', new.subject_id, 'title', new.title, 'reason', new.reason, 'origin', new.origin, 'planned_minutes', new.planned_minutes, 'actual_seconds', new.actual_seconds, 'minutes', new.minutes));
end;

CREATE TRIGGER audit_assessment_delete after delete on assessment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'assessment', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'subject_kind', old.subject_kind, 'subject_id', old.subject_id, 'verdict', old.verdict, 'narrative', old.narrative), null);
end;

CREATE TRIGGER audit_assessment_insert after insert on assessment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'assessment', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'subject_kind', new.subject_kind, 'subject_id', new.subject_id, 'verdict', new.verdict, 'narrative', new.narrative));
end;

CREATE TRIGGER audit_assessment_update after update on assessment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'assessment', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'subject_kind', old.subject_kind, 'subject_id', old.subject_id, 'verdict', old.verdict, 'narrative', old.narrative), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'subject_kind', new.subject_kind, 'subject_id', new.subject_id, 'verdict', new.verdict, 'narrative', new.narrative));
end;

CREATE TRIGGER audit_benchmark_set_delete after delete on benchmark_set when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'benchmark_set', old.id, 'delete', json_object('id', old.id, 'key', old.key, 'name', old.name, 'source', old.source, 'indicative', old.indicative), null);
end;

CREATE TRIGGER audit_benchmark_set_insert after insert on benchmark_set when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'benchmark_set', new.id, 'insert', null, json_object('id', new.id, 'key', new.key, 'name', new.name, 'source', new.source, 'indicative', new.indicative));
end;

CREATE TRIGGER audit_benchmark_set_update after update on benchmark_set when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'benchmark_set', new.id, 'update', json_object('id', old.id, 'key', old.key, 'name', old.name, 'source', old.source, 'indicative', old.indicative), json_object('id', new.id, 'key', new.key, 'name', new.name, 'source', new.source, 'indicative', new.indicative));
end;

CREATE TRIGGER audit_benchmark_value_delete after delete on benchmark_value when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'benchmark_value', old.id, 'delete', json_object('id', old.id, 'benchmark_set_id', old.benchmark_set_id, 'field_of_action_id', old.field_of_action_id, 'intensity', old.intensity), null);
end;

CREATE TRIGGER audit_benchmark_value_insert after insert on benchmark_value when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'benchmark_value', new.id, 'insert', null, json_object('id', new.id, 'benchmark_set_id', new.benchmark_set_id, 'field_of_action_id', new.field_of_action_id, 'intensity', new.intensity));
end;

CREATE TRIGGER audit_benchmark_value_update after update on benchmark_value when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'benchmark_value', new.id, 'update', json_object('id', old.id, 'benchmark_set_id', old.benchmark_set_id, 'field_of_action_id', old.field_of_action_id, 'intensity', old.intensity), json_object('id', new.id, 'benchmark_set_id', new.benchmark_set_id, 'field_of_action_id', new.field_of_action_id, 'intensity', new.intensity));
end;

CREATE TRIGGER audit_break_point_condition_delete after delete on break_point_condition when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'break_point_condition', old.id, 'delete', json_object('id', old.id, 'break_point_id', old.break_point_id, 'parent_id', old.parent_id, 'node', old.node, 'indicator_id', old.indicator_id, 'comparator', old.comparator, 'threshold', old.threshold, 'sort_order', old.sort_order), null);
end;

CREATE TRIGGER audit_break_point_condition_insert after insert on break_point_condition when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'break_point_condition', new.id, 'insert', null, json_object('id', new.id, 'break_point_id', new.break_point_id, 'parent_id', new.parent_id, 'node', new.node, 'indicator_id', new.indicator_id, 'comparator', new.comparator, 'threshold', new.threshold, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_break_point_condition_update after update on break_point_condition when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'break_point_condition', new.id, 'update', json_object('id', old.id, 'break_point_id', old.break_point_id, 'parent_id', old.parent_id, 'node', old.node, 'indicator_id', old.indicator_id, 'comparator', old.comparator, 'threshold', old.threshold, 'sort_order', old.sort_order), json_object('id', new.id, 'break_point_id', new.break_point_id, 'parent_id', new.parent_id, 'node', new.node, 'indicator_id', new.indicator_id, 'comparator', new.comparator, 'threshold', new.threshold, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_break_point_delete after delete on break_point when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'break_point', old.id, 'delete', json_object('id', old.id, 'strategy_id', old.strategy_id, 'title', old.title, 'kind', old.kind, 'check_date', old.check_date, 'criterion', old.criterion, 'consequence', old.consequence, 'consequence_note', old.consequence_note, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_break_point_insert after insert on break_point when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'break_point', new.id, 'insert', null, json_object('id', new.id, 'strategy_id', new.strategy_id, 'title', new.title, 'kind', new.kind, 'check_date', new.check_date, 'criterion', new.criterion, 'consequence', new.consequence, 'consequence_note', new.consequence_note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_break_point_update after update on break_point when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'break_point', new.id, 'update', json_object('id', old.id, 'strategy_id', old.strategy_id, 'title', old.title, 'kind', old.kind, 'check_date', old.check_date, 'criterion', old.criterion, 'consequence', old.consequence, 'consequence_note', old.consequence_note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'strategy_id', new.strategy_id, 'title', new.title, 'kind', new.kind, 'check_date', new.check_date, 'criterion', new.criterion, 'consequence', new.consequence, 'consequence_note', new.consequence_note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_budget_line_delete after delete on budget_line when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'budget_line', old.id, 'delete', json_object('id', old.id, 'funding_source_id', old.funding_source_id, 'year', old.year, 'planned_cents', old.planned_cents, 'actual_cents', old.actual_cents), null);
end;

CREATE TRIGGER audit_budget_line_insert after insert on budget_line when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'budget_line', new.id, 'insert', null, json_object('id', new.id, 'funding_source_id', new.funding_source_id, 'year', new.year, 'planned_cents', new.planned_cents, 'actual_cents', new.actual_cents));
end;

CREATE TRIGGER audit_budget_line_update after update on budget_line when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'budget_line', new.id, 'update', json_object('id', old.id, 'funding_source_id', old.funding_source_id, 'year', old.year, 'planned_cents', old.planned_cents, 'actual_cents', old.actual_cents), json_object('id', new.id, 'funding_source_id', new.funding_source_id, 'year', new.year, 'planned_cents', new.planned_cents, 'actual_cents', new.actual_cents));
end;

CREATE TRIGGER audit_cluster_delete after delete on cluster when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'cluster', old.id, 'delete', json_object('id', old.id, 'name', old.name, 'created_at', old.created_at, 'updated_at', old.updated_at, 'region', old.region, 'country', old.country, 'sector_group', old.sector_group, 'life_cycle_stage', old.life_cycle_stage, 'founding_year', old.founding_year, 'host_organisation', old.host_organisation, 'legal_form', old.legal_form, 'regional_strengths', old.regional_strengths, 'description', old.description, 'report_accent', old.report_accent, 'report_footer', old.report_footer, 'report_logo', old.report_logo, 'report_logo_type', old.report_logo_type), null);
end;

CREATE TRIGGER audit_cluster_insert after insert on cluster when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'cluster', new.id, 'insert', null, json_object('id', new.id, 'name', new.name, 'created_at', new.created_at, 'updated_at', new.updated_at, 'region', new.region, 'country', new.country, 'sector_group', new.sector_group, 'life_cycle_stage', new.life_cycle_stage, 'founding_year', new.founding_year, 'host_organisation', new.host_organisation, 'legal_form', new.legal_form, 'regional_strengths', new.regional_strengths, 'description', new.description, 'report_accent', new.report_accent, 'report_footer', new.report_footer, 'report_logo', new.report_logo, 'report_logo_type', new.report_logo_type));
end;

CREATE TRIGGER audit_cluster_update after update on cluster when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'cluster', new.id, 'update', json_object('id', old.id, 'name', old.name, 'created_at', old.created_at, 'updated_at', old.updated_at, 'region', old.region, 'country', old.country, 'sector_group', old.sector_group, 'life_cycle_stage', old.life_cycle_stage, 'founding_year', old.founding_year, 'host_organisation', old.host_organisation, 'legal_form', old.legal_form, 'regional_strengths', old.regional_strengths, 'description', old.description, 'report_accent', old.report_accent, 'report_footer', old.report_footer, 'report_logo', old.report_logo, 'report_logo_type', old.report_logo_type), json_object('id', new.id, 'name', new.name, 'created_at', new.created_at, 'updated_at', new.updated_at, 'region', new.region, 'country', new.country, 'sector_group', new.sector_group, 'life_cycle_stage', new.life_cycle_stage, 'founding_year', new.founding_year, 'host_organisation', new.host_organisation, 'legal_form', new.legal_form, 'regional_strengths', new.regional_strengths, 'description', new.description, 'report_accent', new.report_accent, 'report_footer', new.report_footer, 'report_logo', new.report_logo, 'report_logo_type', new.report_logo_type));
end;

CREATE TRIGGER audit_commitment_delete after delete on commitment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'commitment', old.id, 'delete', json_object('id', old.id, 'endorsement_id', old.endorsement_id, 'kind', old.kind, 'amount_cents', old.amount_cents, 'hours', old.hours, 'description', old.description, 'start_on', old.start_on, 'end_on', old.end_on), null);
end;

CREATE TRIGGER audit_commitment_insert after insert on commitment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'commitment', new.id, 'insert', null, json_object('id', new.id, 'endorsement_id', new.endorsement_id, 'kind', new.kind, 'amount_cents', new.amount_cents, 'hours', new.hours, 'description', new.description, 'start_on', new.start_on, 'end_on', new.end_on));
end;

CREATE TRIGGER audit_commitment_update after update on commitment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'commitment', new.id, 'update', json_object('id', old.id, 'endorsement_id', old.endorsement_id, 'kind', old.kind, 'amount_cents', old.amount_cents, 'hours', old.hours, 'description', old.description, 'start_on', old.start_on, 'end_on', old.end_on), json_object('id', new.id, 'endorsement_id', new.endorsement_id, 'kind', new.kind, 'amount_cents', new.amount_cents, 'hours', new.hours, 'description', new.description, 'start_on', new.start_on, 'end_on', new.end_on));
end;

CREATE TRIGGER audit_decision_delete after delete on decision when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'decision', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'outcome', old.outcome, 'rationale', old.rationale, 'decided_on', old.decided_on, 'participants', old.participants), null);
end;

CREATE TRIGGER audit_decision_insert after insert on decision when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'decision', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'outcome', new.outcome, 'rationale', new.rationale, 'decided_on', new.decided_on, 'participants', new.participants));
end;

CREATE TRIGGER audit_decision_update after update on decision when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'decision', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'outcome', old.outcome, 'rationale', old.rationale, 'decided_on', old.decided_on, 'participants', old.participants), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'outcome', new.outcome, 'rationale', new.rationale, 'decided_on', new.decided_on, 'participants', new.participants));
end;

CREATE TRIGGER audit_endorsement_delete after delete on endorsement when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'endorsement', old.id, 'delete', json_object('id', old.id, 'strategy_id', old.strategy_id, 'actor_id', old.actor_id, 'date', old.date, 'form', old.form, 'note', old.note), null);
end;

CREATE TRIGGER audit_endorsement_insert after insert on endorsement when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'endorsement', new.id, 'insert', null, json_object('id', new.id, 'strategy_id', new.strategy_id, 'actor_id', new.actor_id, 'date', new.date, 'form', new.form, 'note', new.note));
end;

CREATE TRIGGER audit_endorsement_update after update on endorsement when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'endorsement', new.id, 'update', json_object('id', old.id, 'strategy_id', old.strategy_id, 'actor_id', old.actor_id, 'date', old.date, 'form', old.form, 'note', old.note), json_object('id', new.id, 'strategy_id', new.strategy_id, 'actor_id', new.actor_id, 'date', new.date, 'form', new.form, 'note', new.note));
end;

CREATE TRIGGER audit_evaluation_delete after delete on evaluation when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'strategy_id', old.strategy_id, 'title', old.title, 'period_start', old.period_start, 'period_end', old.period_end, 'cutoff_date', old.cutoff_date, 'meeting_date', old.meeting_date, 'status', old.status, 'locked_at', old.locked_at, 'created_at', old.created_at, 'updated_at', old.updated_at, 'language', old.language), null);
end;

CREATE TRIGGER audit_evaluation_insert after insert on evaluation when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'strategy_id', new.strategy_id, 'title', new.title, 'period_start', new.period_start, 'period_end', new.period_end, 'cutoff_date', new.cutoff_date, 'meeting_date', new.meeting_date, 'status', new.status, 'locked_at', new.locked_at, 'created_at', new.created_at, 'updated_at', new.updated_at, 'language', new.language));
end;

CREATE TRIGGER audit_evaluation_participant_delete after delete on evaluation_participant when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation_participant', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'actor_id', old.actor_id, 'name', old.name, 'organisation', old.organisation, 'role', old.role, 'attendance', old.attendance, 'sort_order', old.sort_order), null);
end;

CREATE TRIGGER audit_evaluation_participant_insert after insert on evaluation_participant when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation_participant', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'actor_id', new.actor_id, 'name', new.name, 'organisation', new.organisation, 'role', new.role, 'attendance', new.attendance, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_evaluation_participant_update after update on evaluation_participant when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation_participant', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'actor_id', old.actor_id, 'name', old.name, 'organisation', old.organisation, 'role', old.role, 'attendance', old.attendance, 'sort_order', old.sort_order), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'actor_id', new.actor_id, 'name', new.name, 'organisation', new.organisation, 'role', new.role, 'attendance', new.attendance, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_evaluation_snapshot_delete after delete on evaluation_snapshot when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation_snapshot', old.evaluation_id, 'delete', json_object('evaluation_id', old.evaluation_id, 'taken_at', old.taken_at, 'data', old.data), null);
end;

CREATE TRIGGER audit_evaluation_snapshot_insert after insert on evaluation_snapshot when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation_snapshot', new.evaluation_id, 'insert', null, json_object('evaluation_id', new.evaluation_id, 'taken_at', new.taken_at, 'data', new.data));
end;

CREATE TRIGGER audit_evaluation_snapshot_update after update on evaluation_snapshot when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation_snapshot', new.evaluation_id, 'update', json_object('evaluation_id', old.evaluation_id, 'taken_at', old.taken_at, 'data', old.data), json_object('evaluation_id', new.evaluation_id, 'taken_at', new.taken_at, 'data', new.data));
end;

CREATE TRIGGER audit_evaluation_update after update on evaluation when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evaluation', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'strategy_id', old.strategy_id, 'title', old.title, 'period_start', old.period_start, 'period_end', old.period_end, 'cutoff_date', old.cutoff_date, 'meeting_date', old.meeting_date, 'status', old.status, 'locked_at', old.locked_at, 'created_at', old.created_at, 'updated_at', old.updated_at, 'language', old.language), json_object('id', new.id, 'cluster_id', new.cluster_id, 'strategy_id', new.strategy_id, 'title', new.title, 'period_start', new.period_start, 'period_end', new.period_end, 'cutoff_date', new.cutoff_date, 'meeting_date', new.meeting_date, 'status', new.status, 'locked_at', new.locked_at, 'created_at', new.created_at, 'updated_at', new.updated_at, 'language', new.language));
end;

CREATE TRIGGER audit_event_actor_delete after delete on event_actor when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'event_actor', old.event_id, 'delete', json_object('event_id', old.event_id, 'actor_id', old.actor_id), null);
end;

CREATE TRIGGER audit_event_actor_insert after insert on event_actor when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'event_actor', new.event_id, 'insert', null, json_object('event_id', new.event_id, 'actor_id', new.actor_id));
end;

CREATE TRIGGER audit_event_actor_update after update on event_actor when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'event_actor', new.event_id, 'update', json_object('event_id', old.event_id, 'actor_id', old.actor_id), json_object('event_id', new.event_id, 'actor_id', new.actor_id));
end;

CREATE TRIGGER audit_event_delete after delete on event when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'event', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'date', old.date, 'type', old.type, 'title', old.title, 'field_of_action_id', old.field_of_action_id, 'participants', old.participants, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_event_insert after insert on event when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'event', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'date', new.date, 'type', new.type, 'title', new.title, 'field_of_action_id', new.field_of_action_id, 'participants', new.participants, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_event_update after update on event when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'event', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'date', old.date, 'type', old.type, 'title', old.title, 'field_of_action_id', old.field_of_action_id, 'participants', old.participants, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'cluster_id', new.cluster_id, 'date', new.date, 'type', new.type, 'title', new.title, 'field_of_action_id', new.field_of_action_id, 'participants', new.participants, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_evidence_delete after delete on evidence when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evidence', old.id, 'delete', json_object('id', old.id, 'assessment_id', old.assessment_id, 'kind', old.kind, 'text', old.text, 'url', old.url, 'file_name', old.file_name, 'mime_type', old.mime_type, 'attachment', old.attachment), null);
end;

CREATE TRIGGER audit_evidence_insert after insert on evidence when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evidence', new.id, 'insert', null, json_object('id', new.id, 'assessment_id', new.assessment_id, 'kind', new.kind, 'text', new.text, 'url', new.url, 'file_name', new.file_name, 'mime_type', new.mime_type, 'attachment', new.attachment));
end;

CREATE TRIGGER audit_evidence_update after update on evidence when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'evidence', new.id, 'update', json_object('id', old.id, 'assessment_id', old.assessment_id, 'kind', old.kind, 'text', old.text, 'url', old.url, 'file_name', old.file_name, 'mime_type', old.mime_type, 'attachment', old.attachment), json_object('id', new.id, 'assessment_id', new.assessment_id, 'kind', new.kind, 'text', new.text, 'url', new.url, 'file_name', new.file_name, 'mime_type', new.mime_type, 'attachment', new.attachment));
end;

CREATE TRIGGER audit_expenditure_line_delete after delete on expenditure_line when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'expenditure_line', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'year', old.year, 'category', old.category, 'planned_cents', old.planned_cents, 'actual_cents', old.actual_cents, 'note', old.note), null);
end;

CREATE TRIGGER audit_expenditure_line_insert after insert on expenditure_line when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'expenditure_line', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'year', new.year, 'category', new.category, 'planned_cents', new.planned_cents, 'actual_cents', new.actual_cents, 'note', new.note));
end;

CREATE TRIGGER audit_expenditure_line_update after update on expenditure_line when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'expenditure_line', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'year', old.year, 'category', old.category, 'planned_cents', old.planned_cents, 'actual_cents', old.actual_cents, 'note', old.note), json_object('id', new.id, 'cluster_id', new.cluster_id, 'year', new.year, 'category', new.category, 'planned_cents', new.planned_cents, 'actual_cents', new.actual_cents, 'note', new.note));
end;

CREATE TRIGGER audit_field_of_action_delete after delete on field_of_action when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'field_of_action', old.id, 'delete', json_object('id', old.id, 'key', old.key, 'name', old.name, 'sort_order', old.sort_order), null);
end;

CREATE TRIGGER audit_field_of_action_insert after insert on field_of_action when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'field_of_action', new.id, 'insert', null, json_object('id', new.id, 'key', new.key, 'name', new.name, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_field_of_action_update after update on field_of_action when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'field_of_action', new.id, 'update', json_object('id', old.id, 'key', old.key, 'name', old.name, 'sort_order', old.sort_order), json_object('id', new.id, 'key', new.key, 'name', new.name, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_financing_plan_delete after delete on financing_plan when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'financing_plan', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'year', old.year, 'public_share_bp', old.public_share_bp), null);
end;

CREATE TRIGGER audit_financing_plan_insert after insert on financing_plan when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'financing_plan', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'year', new.year, 'public_share_bp', new.public_share_bp));
end;

CREATE TRIGGER audit_financing_plan_update after update on financing_plan when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'financing_plan', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'year', old.year, 'public_share_bp', old.public_share_bp), json_object('id', new.id, 'cluster_id', new.cluster_id, 'year', new.year, 'public_share_bp', new.public_share_bp));
end;

CREATE TRIGGER audit_follow_up_delete after delete on follow_up when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'follow_up', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'title', old.title, 'owner', old.owner, 'due_date', old.due_date, 'goal_id', old.goal_id, 'milestone_id', old.milestone_id), null);
end;

CREATE TRIGGER audit_follow_up_insert after insert on follow_up when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'follow_up', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'title', new.title, 'owner', new.owner, 'due_date', new.due_date, 'goal_id', new.goal_id, 'milestone_id', new.milestone_id));
end;

CREATE TRIGGER audit_follow_up_update after update on follow_up when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'follow_up', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'title', old.title, 'owner', old.owner, 'due_date', old.due_date, 'goal_id', old.goal_id, 'milestone_id', old.milestone_id), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'title', new.title, 'owner', new.owner, 'due_date', new.due_date, 'goal_id', new.goal_id, 'milestone_id', new.milestone_id));
end;

CREATE TRIGGER audit_funding_source_delete after delete on funding_source when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'funding_source', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'category', old.category, 'note', old.note), null);
end;

CREATE TRIGGER audit_funding_source_insert after insert on funding_source when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'funding_source', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'category', new.category, 'note', new.note));
end;

CREATE TRIGGER audit_funding_source_update after update on funding_source when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'funding_source', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'category', old.category, 'note', old.note), json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'category', new.category, 'note', new.note));
end;

CREATE TRIGGER audit_goal_delete after delete on goal when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'goal', old.id, 'delete', json_object('id', old.id, 'strategy_id', old.strategy_id, 'parent_id', old.parent_id, 'title', old.title, 'description', old.description, 'field_of_action_id', old.field_of_action_id, 'perspective', old.perspective, 'owner', old.owner, 'priority', old.priority, 'rationale', old.rationale, 'sort_order', old.sort_order, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_goal_insert after insert on goal when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'goal', new.id, 'insert', null, json_object('id', new.id, 'strategy_id', new.strategy_id, 'parent_id', new.parent_id, 'title', new.title, 'description', new.description, 'field_of_action_id', new.field_of_action_id, 'perspective', new.perspective, 'owner', new.owner, 'priority', new.priority, 'rationale', new.rationale, 'sort_order', new.sort_order, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_goal_update after update on goal when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'goal', new.id, 'update', json_object('id', old.id, 'strategy_id', old.strategy_id, 'parent_id', old.parent_id, 'title', old.title, 'description', old.description, 'field_of_action_id', old.field_of_action_id, 'perspective', old.perspective, 'owner', old.owner, 'priority', old.priority, 'rationale', old.rationale, 'sort_order', old.sort_order, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'strategy_id', new.strategy_id, 'parent_id', new.parent_id, 'title', new.title, 'description', new.description, 'field_of_action_id', new.field_of_action_id, 'perspective', new.perspective, 'owner', new.owner, 'priority', new.priority, 'rationale', new.rationale, 'sort_order', new.sort_order, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_indicator_delete after delete on indicator when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'indicator', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'definition', old.definition, 'unit', old.unit, 'kind', old.kind, 'direction', old.direction, 'aggregation', old.aggregation, 'frequency', old.frequency, 'tolerance_at_risk', old.tolerance_at_risk, 'tolerance_off_track', old.tolerance_off_track, 'band_low', old.band_low, 'band_high', old.band_high, 'baseline_date', old.baseline_date, 'baseline_value', old.baseline_value, 'decimals', old.decimals, 'data_source', old.data_source, 'owner', old.owner, 'created_at', old.created_at, 'updated_at', old.updated_at, 'derived', old.derived), null);
end;

CREATE TRIGGER audit_indicator_goal_delete after delete on indicator_goal when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'indicator_goal', old.indicator_id, 'delete', json_object('indicator_id', old.indicator_id, 'goal_id', old.goal_id), null);
end;

CREATE TRIGGER audit_indicator_goal_insert after insert on indicator_goal when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'indicator_goal', new.indicator_id, 'insert', null, json_object('indicator_id', new.indicator_id, 'goal_id', new.goal_id));
end;

CREATE TRIGGER audit_indicator_goal_update after update on indicator_goal when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'indicator_goal', new.indicator_id, 'update', json_object('indicator_id', old.indicator_id, 'goal_id', old.goal_id), json_object('indicator_id', new.indicator_id, 'goal_id', new.goal_id));
end;

CREATE TRIGGER audit_indicator_insert after insert on indicator when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'indicator', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'definition', new.definition, 'unit', new.unit, 'kind', new.kind, 'direction', new.direction, 'aggregation', new.aggregation, 'frequency', new.frequency, 'tolerance_at_risk', new.tolerance_at_risk, 'tolerance_off_track', new.tolerance_off_track, 'band_low', new.band_low, 'band_high', new.band_high, 'baseline_date', new.baseline_date, 'baseline_value', new.baseline_value, 'decimals', new.decimals, 'data_source', new.data_source, 'owner', new.owner, 'created_at', new.created_at, 'updated_at', new.updated_at, 'derived', new.derived));
end;

CREATE TRIGGER audit_indicator_update after update on indicator when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'indicator', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'definition', old.definition, 'unit', old.unit, 'kind', old.kind, 'direction', old.direction, 'aggregation', old.aggregation, 'frequency', old.frequency, 'tolerance_at_risk', old.tolerance_at_risk, 'tolerance_off_track', old.tolerance_off_track, 'band_low', old.band_low, 'band_high', old.band_high, 'baseline_date', old.baseline_date, 'baseline_value', old.baseline_value, 'decimals', old.decimals, 'data_source', old.data_source, 'owner', old.owner, 'created_at', old.created_at, 'updated_at', old.updated_at, 'derived', old.derived), json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'definition', new.definition, 'unit', new.unit, 'kind', new.kind, 'direction', new.direction, 'aggregation', new.aggregation, 'frequency', new.frequency, 'tolerance_at_risk', new.tolerance_at_risk, 'tolerance_off_track', new.tolerance_off_track, 'band_low', new.band_low, 'band_high', new.band_high, 'baseline_date', new.baseline_date, 'baseline_value', new.baseline_value, 'decimals', new.decimals, 'data_source', new.data_source, 'owner', new.owner, 'created_at', new.created_at, 'updated_at', new.updated_at, 'derived', new.derived));
end;

CREATE TRIGGER audit_label_assessment_delete after delete on label_assessment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_assessment', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'assessed_on', old.assessed_on, 'title', old.title, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_label_assessment_insert after insert on label_assessment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_assessment', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'assessed_on', new.assessed_on, 'title', new.title, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_label_assessment_update after update on label_assessment when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_assessment', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'assessed_on', old.assessed_on, 'title', old.title, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'cluster_id', new.cluster_id, 'assessed_on', new.assessed_on, 'title', new.title, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_label_indicator_delete after delete on label_indicator when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_indicator', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'area', old.area, 'code', old.code, 'title', old.title, 'description', old.description, 'unit', old.unit, 'comparator', old.comparator, 'threshold', old.threshold, 'weight', old.weight, 'indicative', old.indicative, 'sort_order', old.sort_order), null);
end;

CREATE TRIGGER audit_label_indicator_insert after insert on label_indicator when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_indicator', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'area', new.area, 'code', new.code, 'title', new.title, 'description', new.description, 'unit', new.unit, 'comparator', new.comparator, 'threshold', new.threshold, 'weight', new.weight, 'indicative', new.indicative, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_label_indicator_update after update on label_indicator when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_indicator', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'area', old.area, 'code', old.code, 'title', old.title, 'description', old.description, 'unit', old.unit, 'comparator', old.comparator, 'threshold', old.threshold, 'weight', old.weight, 'indicative', old.indicative, 'sort_order', old.sort_order), json_object('id', new.id, 'cluster_id', new.cluster_id, 'area', new.area, 'code', new.code, 'title', new.title, 'description', new.description, 'unit', new.unit, 'comparator', new.comparator, 'threshold', new.threshold, 'weight', new.weight, 'indicative', new.indicative, 'sort_order', new.sort_order));
end;

CREATE TRIGGER audit_label_result_delete after delete on label_result when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_result', old.id, 'delete', json_object('id', old.id, 'label_assessment_id', old.label_assessment_id, 'label_indicator_id', old.label_indicator_id, 'value', old.value, 'evidence', old.evidence), null);
end;

CREATE TRIGGER audit_label_result_insert after insert on label_result when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_result', new.id, 'insert', null, json_object('id', new.id, 'label_assessment_id', new.label_assessment_id, 'label_indicator_id', new.label_indicator_id, 'value', new.value, 'evidence', new.evidence));
end;

CREATE TRIGGER audit_label_result_update after update on label_result when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'label_result', new.id, 'update', json_object('id', old.id, 'label_assessment_id', old.label_assessment_id, 'label_indicator_id', old.label_indicator_id, 'value', old.value, 'evidence', old.evidence), json_object('id', new.id, 'label_assessment_id', new.label_assessment_id, 'label_indicator_id', new.label_indicator_id, 'value', new.value, 'evidence', new.evidence));
end;

CREATE TRIGGER audit_measurement_delete after delete on measurement when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'measurement', old.id, 'delete', json_object('id', old.id, 'indicator_id', old.indicator_id, 'date', old.date, 'period_start', old.period_start, 'value', old.value, 'note', old.note, 'entered_by', old.entered_by, 'entered_at', old.entered_at), null);
end;

CREATE TRIGGER audit_measurement_insert after insert on measurement when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'measurement', new.id, 'insert', null, json_object('id', new.id, 'indicator_id', new.indicator_id, 'date', new.date, 'period_start', new.period_start, 'value', new.value, 'note', new.note, 'entered_by', new.entered_by, 'entered_at', new.entered_at));
end;

CREATE TRIGGER audit_measurement_update after update on measurement when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'measurement', new.id, 'update', json_object('id', old.id, 'indicator_id', old.indicator_id, 'date', old.date, 'period_start', old.period_start, 'value', old.value, 'note', old.note, 'entered_by', old.entered_by, 'entered_at', old.entered_at), json_object('id', new.id, 'indicator_id', new.indicator_id, 'date', new.date, 'period_start', new.period_start, 'value', new.value, 'note', new.note, 'entered_by', new.entered_by, 'entered_at', new.entered_at));
end;

CREATE TRIGGER audit_milestone_delete after delete on milestone when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'milestone', old.id, 'delete', json_object('id', old.id, 'strategy_id', old.strategy_id, 'goal_id', old.goal_id, 'title', old.title, 'due_date', old.due_date, 'owner', old.owner, 'status', old.status, 'completed_on', old.completed_on, 'evidence', old.evidence, 'sort_order', old.sort_order, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_milestone_dependency_delete after delete on milestone_dependency when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'milestone_dependency', old.milestone_id, 'delete', json_object('milestone_id', old.milestone_id, 'depends_on_id', old.depends_on_id), null);
end;

CREATE TRIGGER audit_milestone_dependency_insert after insert on milestone_dependency when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'milestone_dependency', new.milestone_id, 'insert', null, json_object('milestone_id', new.milestone_id, 'depends_on_id', new.depends_on_id));
end;

CREATE TRIGGER audit_milestone_dependency_update after update on milestone_dependency when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'milestone_dependency', new.milestone_id, 'update', json_object('milestone_id', old.milestone_id, 'depends_on_id', old.depends_on_id), json_object('milestone_id', new.milestone_id, 'depends_on_id', new.depends_on_id));
end;

CREATE TRIGGER audit_milestone_insert after insert on milestone when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'milestone', new.id, 'insert', null, json_object('id', new.id, 'strategy_id', new.strategy_id, 'goal_id', new.goal_id, 'title', new.title, 'due_date', new.due_date, 'owner', new.owner, 'status', new.status, 'completed_on', new.completed_on, 'evidence', new.evidence, 'sort_order', new.sort_order, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_milestone_update after update on milestone when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'milestone', new.id, 'update', json_object('id', old.id, 'strategy_id', old.strategy_id, 'goal_id', old.goal_id, 'title', old.title, 'due_date', old.due_date, 'owner', old.owner, 'status', old.status, 'completed_on', old.completed_on, 'evidence', old.evidence, 'sort_order', old.sort_order, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'strategy_id', new.strategy_id, 'goal_id', new.goal_id, 'title', new.title, 'due_date', new.due_date, 'owner', new.owner, 'status', new.status, 'completed_on', new.completed_on, 'evidence', new.evidence, 'sort_order', new.sort_order, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_relationship_delete after delete on relationship when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'relationship', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'from_actor_id', old.from_actor_id, 'to_actor_id', old.to_actor_id, 'type_id', old.type_id, 'started_on', old.started_on, 'ended_on', old.ended_on, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_relationship_insert after insert on relationship when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'relationship', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'from_actor_id', new.from_actor_id, 'to_actor_id', new.to_actor_id, 'type_id', new.type_id, 'started_on', new.started_on, 'ended_on', new.ended_on, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_relationship_type_delete after delete on relationship_type when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'relationship_type', old.id, 'delete', json_object('id', old.id, 'key', old.key, 'name', old.name), null);
end;

CREATE TRIGGER audit_relationship_type_insert after insert on relationship_type when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'relationship_type', new.id, 'insert', null, json_object('id', new.id, 'key', new.key, 'name', new.name));
end;

CREATE TRIGGER audit_relationship_type_update after update on relationship_type when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'relationship_type', new.id, 'update', json_object('id', old.id, 'key', old.key, 'name', old.name), json_object('id', new.id, 'key', new.key, 'name', new.name));
end;

CREATE TRIGGER audit_relationship_update after update on relationship when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'relationship', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'from_actor_id', old.from_actor_id, 'to_actor_id', old.to_actor_id, 'type_id', old.type_id, 'started_on', old.started_on, 'ended_on', old.ended_on, 'note', old.note, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'cluster_id', new.cluster_id, 'from_actor_id', new.from_actor_id, 'to_actor_id', new.to_actor_id, 'type_id', new.type_id, 'started_on', new.started_on, 'ended_on', new.ended_on, 'note', new.note, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_report_narrative_delete after delete on report_narrative when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'report_narrative', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'language', old.language, 'key', old.key, 'text', old.text), null);
end;

CREATE TRIGGER audit_report_narrative_insert after insert on report_narrative when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'report_narrative', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'language', new.language, 'key', new.key, 'text', new.text));
end;

CREATE TRIGGER audit_report_narrative_update after update on report_narrative when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'report_narrative', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'language', old.language, 'key', old.key, 'text', old.text), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'language', new.language, 'key', new.key, 'text', new.text));
end;

CREATE TRIGGER audit_resolution_delete after delete on resolution when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'resolution', old.id, 'delete', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'agenda_item_id', old.agenda_item_id, 'motion', old.motion, 'result', old.result, 'votes_for', old.votes_for, 'votes_against', old.votes_against, 'abstentions', old.abstentions), null);
end;

CREATE TRIGGER audit_resolution_insert after insert on resolution when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'resolution', new.id, 'insert', null, json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'agenda_item_id', new.agenda_item_id, 'motion', new.motion, 'result', new.result, 'votes_for', new.votes_for, 'votes_against', new.votes_against, 'abstentions', new.abstentions));
end;

CREATE TRIGGER audit_resolution_update after update on resolution when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'resolution', new.id, 'update', json_object('id', old.id, 'evaluation_id', old.evaluation_id, 'agenda_item_id', old.agenda_item_id, 'motion', old.motion, 'result', old.result, 'votes_for', old.votes_for, 'votes_against', old.votes_against, 'abstentions', old.abstentions), json_object('id', new.id, 'evaluation_id', new.evaluation_id, 'agenda_item_id', new.agenda_item_id, 'motion', new.motion, 'result', new.result, 'votes_for', new.votes_for, 'votes_against', new.votes_against, 'abstentions', new.abstentions));
end;

CREATE TRIGGER audit_setting_delete after delete on setting when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'setting', 0, 'delete', json_object('key', old.key, 'value', old.value), null);
end;

CREATE TRIGGER audit_setting_insert after insert on setting when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'setting', 0, 'insert', null, json_object('key', new.key, 'value', new.value));
end;

CREATE TRIGGER audit_setting_update after update on setting when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'setting', 0, 'update', json_object('key', old.key, 'value', old.value), json_object('key', new.key, 'value', new.value));
end;

CREATE TRIGGER audit_staff_delete after delete on staff when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'staff', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'role', old.role, 'fte', old.fte, 'start_on', old.start_on, 'end_on', old.end_on), null);
end;

CREATE TRIGGER audit_staff_insert after insert on staff when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'staff', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'role', new.role, 'fte', new.fte, 'start_on', new.start_on, 'end_on', new.end_on));
end;

CREATE TRIGGER audit_staff_update after update on staff when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'staff', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'name', old.name, 'role', old.role, 'fte', old.fte, 'start_on', old.start_on, 'end_on', old.end_on), json_object('id', new.id, 'cluster_id', new.cluster_id, 'name', new.name, 'role', new.role, 'fte', new.fte, 'start_on', new.start_on, 'end_on', new.end_on));
end;

CREATE TRIGGER audit_strategy_delete after delete on strategy when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'strategy', old.id, 'delete', json_object('id', old.id, 'cluster_id', old.cluster_id, 'title', old.title, 'period_start', old.period_start, 'period_end', old.period_end, 'vision', old.vision, 'mission', old.mission, 'created_at', old.created_at, 'updated_at', old.updated_at), null);
end;

CREATE TRIGGER audit_strategy_insert after insert on strategy when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'strategy', new.id, 'insert', null, json_object('id', new.id, 'cluster_id', new.cluster_id, 'title', new.title, 'period_start', new.period_start, 'period_end', new.period_end, 'vision', new.vision, 'mission', new.mission, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_strategy_update after update on strategy when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'strategy', new.id, 'update', json_object('id', old.id, 'cluster_id', old.cluster_id, 'title', old.title, 'period_start', old.period_start, 'period_end', old.period_end, 'vision', old.vision, 'mission', old.mission, 'created_at', old.created_at, 'updated_at', old.updated_at), json_object('id', new.id, 'cluster_id', new.cluster_id, 'title', new.title, 'period_start', new.period_start, 'period_end', new.period_end, 'vision', new.vision, 'mission', new.mission, 'created_at', new.created_at, 'updated_at', new.updated_at));
end;

CREATE TRIGGER audit_target_delete after delete on target when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'target', old.id, 'delete', json_object('id', old.id, 'indicator_id', old.indicator_id, 'date', old.date, 'value', old.value, 'note', old.note), null);
end;

CREATE TRIGGER audit_target_insert after insert on target when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'target', new.id, 'insert', null, json_object('id', new.id, 'indicator_id', new.indicator_id, 'date', new.date, 'value', new.value, 'note', new.note));
end;

CREATE TRIGGER audit_target_update after update on target when (select enabled from audit_context where id = 1) = 1 begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values ((select batch_id from audit_context where id = 1), 'target', new.id, 'update', json_object('id', old.id, 'indicator_id', old.indicator_id, 'date', old.date, 'value', old.value, 'note', old.note), json_object('id', new.id, 'indicator_id', new.indicator_id, 'date', new.date, 'value', new.value, 'note', new.note));
end;

CREATE TRIGGER measurement_locked_delete before delete on measurement when (select enabled from audit_context where id = 1) = 1
        and coalesce((select reason from audit_batch where id = (select batch_id from audit_context where id = 1)), '') = '' and exists (select 1 from evaluation e
        where e.status = 'locked' and e.cluster_id = (select cluster_id from indicator where id = old.indicator_id)
          and old.date between e.period_start and e.period_end)
begin select raise(abort, 'lockedPeriod'); end;

CREATE TRIGGER measurement_locked_insert before insert on measurement when (select enabled from audit_context where id = 1) = 1
        and coalesce((select reason from audit_batch where id = (select batch_id from audit_context where id = 1)), '') = '' and exists (select 1 from evaluation e
        where e.status = 'locked' and e.cluster_id = (select cluster_id from indicator where id = new.indicator_id)
          and new.date between e.period_start and e.period_end)
begin select raise(abort, 'lockedPeriod'); end;

CREATE TRIGGER measurement_locked_update before update on measurement when (select enabled from audit_context where id = 1) = 1
        and coalesce((select reason from audit_batch where id = (select batch_id from audit_context where id = 1)), '') = '' and (exists (select 1 from evaluation e
        where e.status = 'locked' and e.cluster_id = (select cluster_id from indicator where id = old.indicator_id)
          and old.date between e.period_start and e.period_end) or exists (select 1 from evaluation e
        where e.status = 'locked' and e.cluster_id = (select cluster_id from indicator where id = new.indicator_id)
          and new.date between e.period_start and e.period_end))
begin select raise(abort, 'lockedPeriod'); end;

CREATE TRIGGER search_actor_delete after delete on actor begin
  delete from search_index where rowid = 2 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_actor_insert after insert on actor begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 2 * 1099511627776 + new.id, 'actor', new.id, new.cluster_id, new.name, new.location || ' ' || new.note;
end;

CREATE TRIGGER search_actor_update after update on actor begin
  delete from search_index where rowid = 2 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 2 * 1099511627776 + new.id, 'actor', new.id, new.cluster_id, new.name, new.location || ' ' || new.note;
end;

CREATE TRIGGER search_agenda_item_delete after delete on agenda_item begin
  delete from search_index where rowid = 11 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_agenda_item_insert after insert on agenda_item begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 11 * 1099511627776 + new.id, 'agenda_item', new.id, (select cluster_id from evaluation where id = new.evaluation_id), new.title, new.minutes;
end;

CREATE TRIGGER search_agenda_item_update after update on agenda_item begin
  delete from search_index where rowid = 11 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 11 * 1099511627776 + new.id, 'agenda_item', new.id, (select cluster_id from evaluation where id = new.evaluation_id), new.title, new.minutes;
end;

CREATE TRIGGER search_break_point_delete after delete on break_point begin
  delete from search_index where rowid = 7 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_break_point_insert after insert on break_point begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 7 * 1099511627776 + new.id, 'break_point', new.id, (select cluster_id from strategy where id = new.strategy_id), new.title, new.criterion || ' ' || new.consequence_note;
end;

CREATE TRIGGER search_break_point_update after update on break_point begin
  delete from search_index where rowid = 7 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 7 * 1099511627776 + new.id, 'break_point', new.id, (select cluster_id from strategy where id = new.strategy_id), new.title, new.criterion || ' ' || new.consequence_note;
end;

CREATE TRIGGER search_cluster_delete after delete on cluster begin
  delete from search_index where rowid = 1 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_cluster_insert after insert on cluster begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 1 * 1099511627776 + new.id, 'cluster', new.id, new.id, new.name, new.region || ' ' || new.description;
end;

CREATE TRIGGER search_cluster_update after update on cluster begin
  delete from search_index where rowid = 1 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 1 * 1099511627776 + new.id, 'cluster', new.id, new.id, new.name, new.region || ' ' || new.description;
end;

CREATE TRIGGER search_evaluation_delete after delete on evaluation begin
  delete from search_index where rowid = 10 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_evaluation_insert after insert on evaluation begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 10 * 1099511627776 + new.id, 'evaluation', new.id, new.cluster_id, new.title, new.period_start || ' ' || new.period_end;
end;

CREATE TRIGGER search_evaluation_update after update on evaluation begin
  delete from search_index where rowid = 10 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 10 * 1099511627776 + new.id, 'evaluation', new.id, new.cluster_id, new.title, new.period_start || ' ' || new.period_end;
end;

CREATE TRIGGER search_event_delete after delete on event begin
  delete from search_index where rowid = 8 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_event_insert after insert on event begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 8 * 1099511627776 + new.id, 'event', new.id, new.cluster_id, new.title, new.note;
end;

CREATE TRIGGER search_event_update after update on event begin
  delete from search_index where rowid = 8 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 8 * 1099511627776 + new.id, 'event', new.id, new.cluster_id, new.title, new.note;
end;

CREATE TRIGGER search_goal_delete after delete on goal begin
  delete from search_index where rowid = 4 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_goal_insert after insert on goal begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 4 * 1099511627776 + new.id, 'goal', new.id, (select cluster_id from strategy where id = new.strategy_id), new.title, new.description || ' ' || new.rationale;
end;

CREATE TRIGGER search_goal_update after update on goal begin
  delete from search_index where rowid = 4 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 4 * 1099511627776 + new.id, 'goal', new.id, (select cluster_id from strategy where id = new.strategy_id), new.title, new.description || ' ' || new.rationale;
end;

CREATE TRIGGER search_indicator_delete after delete on indicator begin
  delete from search_index where rowid = 5 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_indicator_insert after insert on indicator begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 5 * 1099511627776 + new.id, 'indicator', new.id, new.cluster_id, new.name, new.definition || ' ' || new.data_source;
end;

CREATE TRIGGER search_indicator_update after update on indicator begin
  delete from search_index where rowid = 5 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 5 * 1099511627776 + new.id, 'indicator', new.id, new.cluster_id, new.name, new.definition || ' ' || new.data_source;
end;

CREATE TRIGGER search_measurement_delete after delete on measurement begin
  delete from search_index where rowid = 9 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_measurement_insert after insert on measurement begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 9 * 1099511627776 + new.id, 'measurement', new.id, (select cluster_id from indicator where id = new.indicator_id), '', new.note where new.note <> '';
end;

CREATE TRIGGER search_measurement_update after update on measurement begin
  delete from search_index where rowid = 9 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 9 * 1099511627776 + new.id, 'measurement', new.id, (select cluster_id from indicator where id = new.indicator_id), '', new.note where new.note <> '';
end;

CREATE TRIGGER search_milestone_delete after delete on milestone begin
  delete from search_index where rowid = 6 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_milestone_insert after insert on milestone begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 6 * 1099511627776 + new.id, 'milestone', new.id, (select cluster_id from strategy where id = new.strategy_id), new.title, new.evidence;
end;

CREATE TRIGGER search_milestone_update after update on milestone begin
  delete from search_index where rowid = 6 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 6 * 1099511627776 + new.id, 'milestone', new.id, (select cluster_id from strategy where id = new.strategy_id), new.title, new.evidence;
end;

CREATE TRIGGER search_strategy_delete after delete on strategy begin
  delete from search_index where rowid = 3 * 1099511627776 + old.id;
end;

CREATE TRIGGER search_strategy_insert after insert on strategy begin
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 3 * 1099511627776 + new.id, 'strategy', new.id, new.cluster_id, new.title, new.vision || ' ' || new.mission;
end;

CREATE TRIGGER search_strategy_update after update on strategy begin
  delete from search_index where rowid = 3 * 1099511627776 + old.id;
  insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select 3 * 1099511627776 + new.id, 'strategy', new.id, new.cluster_id, new.title, new.vision || ' ' || new.mission;
end;
