// Migration 3: the annual evaluation as a meeting that decides. Frozen in time: never import app
// code here (only the frozen trigger helper).
//   - evaluation.language: the language of its narrative drafts and minutes (a field added the
//     way README "Adding a field" describes);
//   - participants, agenda items (generated with their reason, or added), evidence per
//     assessment (notes, links, attached files), resolutions, follow-up actions (they become
//     milestones when the meeting closes), proposed strategy adjustments (applied by command);
//   - attachments: files stored once by their SHA-256, never changed, so undoing the removal of
//     a piece of evidence finds its file still there (not audited: immutable content);
//   - audit_batch.reason: why a locked period was changed (shown in the Activity panel);
//   - the text columns the tables replace (evaluation.participants, evaluation.agenda,
//     decision.follow_up) are dropped, with their triggers rebuilt.

import { rebuildAuditTriggers, searchTriggerSql } from './helpers/triggers-v1.ts';
import type { Migration } from './migration.ts';

const isoDate = (column: string) =>
  `(${column} is null or (length(${column}) = 10 and date(${column}) is ${column}))`;
const isoTime = (column: string) => `(${column} like '____-__-__T__:__:__%')`;
const text = (column: string, max: number) =>
  `${column} text not null default '' check (length(${column}) <= ${max})`;
const title = (column: string, max: number) =>
  `${column} text not null check (length(trim(${column})) between 1 and ${max})`;

const tables = `
create table evaluation_participant (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  actor_id integer references actor (id) on delete set null,
  ${title('name', 200)},
  ${text('organisation', 200)},
  ${text('role', 200)},
  attendance text not null default 'invited' check (attendance in ('invited', 'present', 'apologised')),
  sort_order integer not null default 0
) strict;
create index evaluation_participant_evaluation on evaluation_participant (evaluation_id);

create table agenda_item (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  sort_order integer not null default 0,
  kind text not null check (kind in ('break_point', 'indicator', 'milestone', 'overall', 'decision', 'other')),
  subject_id integer,
  ${title('title', 300)},
  reason text not null default '{}' check (json_valid(reason)),
  origin text not null default 'added' check (origin in ('generated', 'added')),
  planned_minutes integer check (planned_minutes between 0 and 600),
  actual_seconds integer check (actual_seconds >= 0),
  ${text('minutes', 20000)},
  check ((kind in ('overall', 'decision', 'other')) = (subject_id is null))
) strict;
create index agenda_item_evaluation on agenda_item (evaluation_id, sort_order);

create table attachment (
  sha256 text primary key check (length(sha256) = 64),
  bytes integer not null check (bytes between 0 and 20971520),
  content blob not null
) strict, without rowid;

create table evidence (
  id integer primary key,
  assessment_id integer not null references assessment (id) on delete cascade,
  kind text not null check (kind in ('note', 'link', 'file')),
  ${text('text', 20000)},
  ${text('url', 2000)},
  ${text('file_name', 255)},
  ${text('mime_type', 200)},
  attachment text references attachment (sha256),
  check ((kind = 'file') = (attachment is not null)),
  check (kind <> 'link' or url like 'http%' or url like 'file:%'),
  check (kind <> 'note' or length(trim(text)) > 0)
) strict;
create index evidence_assessment on evidence (assessment_id);

create table resolution (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  agenda_item_id integer references agenda_item (id) on delete set null,
  ${title('motion', 5000)},
  result text not null check (result in ('adopted', 'rejected')),
  votes_for integer check (votes_for between 0 and 10000),
  votes_against integer check (votes_against between 0 and 10000),
  abstentions integer check (abstentions between 0 and 10000)
) strict;
create index resolution_evaluation on resolution (evaluation_id);

create table follow_up (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  ${title('title', 300)},
  ${title('owner', 200)},
  due_date text not null check ${isoDate('due_date')},
  goal_id integer references goal (id) on delete set null,
  milestone_id integer references milestone (id) on delete set null
) strict;
create index follow_up_evaluation on follow_up (evaluation_id);

create table adjustment (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  ${title('description', 5000)},
  indicator_id integer references indicator (id) on delete set null,
  target_date text check ${isoDate('target_date')},
  target_value real,
  applied_at text check (applied_at is null or ${isoTime('applied_at')}),
  check ((target_date is null) = (target_value is null)),
  check (target_date is null or indicator_id is not null)
) strict;
create index adjustment_evaluation on adjustment (evaluation_id);
`;

export const migration0003: Migration = {
  version: 3,
  name: 'evaluation',
  up: (db) => {
    // The evaluation's language (README "Adding a field": a column, then its audit triggers).
    db.exec(
      "alter table evaluation add column language text not null default 'de' check (language in ('de', 'en'))",
    );
    // Columns the new tables replace; their triggers read them, so the triggers go first.
    for (const trigger of [
      'audit_evaluation_insert',
      'audit_evaluation_update',
      'audit_evaluation_delete',
      'search_evaluation_insert',
      'search_evaluation_update',
      'search_evaluation_delete',
      'audit_decision_insert',
      'audit_decision_update',
      'audit_decision_delete',
    ]) {
      db.exec(`drop trigger if exists ${trigger}`);
    }
    db.exec('alter table evaluation drop column participants');
    db.exec('alter table evaluation drop column agenda');
    db.exec('alter table decision drop column follow_up');
    rebuildAuditTriggers(db, 'evaluation');
    rebuildAuditTriggers(db, 'decision');
    db.exec(
      searchTriggerSql('evaluation', {
        code: 10,
        cluster: 'new.cluster_id',
        title: 'new.title',
        body: "new.period_start || ' ' || new.period_end",
      }),
    );
    db.exec(
      "update search_index set body = (select period_start || ' ' || period_end from evaluation where id = entity_id) where entity = 'evaluation'",
    );

    db.exec(tables);
    for (const table of [
      'evaluation_participant',
      'agenda_item',
      'evidence',
      'resolution',
      'follow_up',
      'adjustment',
    ]) {
      rebuildAuditTriggers(db, table);
    }
    db.exec(
      searchTriggerSql('agenda_item', {
        code: 11,
        cluster: '(select cluster_id from evaluation where id = new.evaluation_id)',
        title: 'new.title',
        body: 'new.minutes',
      }),
    );

    // Why a change was made inside a locked period; the audit tables are not audited themselves.
    db.exec("alter table audit_batch add column reason text not null default ''");
    // The period lock, as the last line of defence behind the app's own checks: a measurement
    // dated inside a locked evaluation's period changes only in an action that gives a reason
    // (bulk writes with auditing off, the demo and the generator, are not user actions).
    const locked = (row: 'new' | 'old') => `exists (select 1 from evaluation e
        where e.status = 'locked' and e.cluster_id = (select cluster_id from indicator where id = ${row}.indicator_id)
          and ${row}.date between e.period_start and e.period_end)`;
    const noReason = `(select enabled from audit_context where id = 1) = 1
        and coalesce((select reason from audit_batch where id = (select batch_id from audit_context where id = 1)), '') = ''`;
    db.exec(`
create trigger measurement_locked_insert before insert on measurement when ${noReason} and ${locked('new')}
begin select raise(abort, 'lockedPeriod'); end;
create trigger measurement_locked_update before update on measurement when ${noReason} and (${locked('old')} or ${locked('new')})
begin select raise(abort, 'lockedPeriod'); end;
create trigger measurement_locked_delete before delete on measurement when ${noReason} and ${locked('old')}
begin select raise(abort, 'lockedPeriod'); end;`);
  },
};
