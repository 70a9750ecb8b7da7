// Migration 6: the funder report. Frozen in time: never import app code here (only the frozen
// trigger helper).
//   - the cluster's corporate design for its reports: accent colour, footer text and a logo
//     (the logo's bytes in `attachment`, by hash, like evidence files); fields added the way
//     README "Adding a field" describes;
//   - report_narrative: the texts the manager wrote for a report's sections and indicators, per
//     evaluation and language (a key without a text falls back to the draft);
//   - report: the archive of every produced report (file in `attachment`, its SHA-256, the
//     evaluation, language, variant, format, who and when, the design used). Not audited: an archive entry is a
//     record of what was sent, never edited, and undo must not take it back. An evaluation with
//     archived reports cannot be deleted (the reference has no cascade).

import { rebuildAuditTriggers } from './helpers/triggers-v1.ts';
import type { Migration } from './migration.ts';

const tables = `
create table report_narrative (
  id integer primary key,
  evaluation_id integer not null references evaluation (id) on delete cascade,
  language text not null check (language in ('de', 'en')),
  key text not null check (length(key) between 1 and 100),
  text text not null check (length(text) between 1 and 20000),
  unique (evaluation_id, language, key)
) strict;

create table report (
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
create index report_evaluation on report (evaluation_id, produced_at);
`;

export const migration0006: Migration = {
  version: 6,
  name: 'report',
  up: (db) => {
    db.exec(`
alter table cluster add column report_accent text not null default '#1d5b8f'
  check (report_accent glob '#[0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f][0-9a-f]');
alter table cluster add column report_footer text not null default '' check (length(report_footer) <= 200);
alter table cluster add column report_logo text references attachment (sha256);
alter table cluster add column report_logo_type text not null default ''
  check (report_logo_type in ('', 'image/png', 'image/jpeg', 'image/svg+xml')
    and (report_logo is null) = (report_logo_type = ''));`);
    rebuildAuditTriggers(db, 'cluster');
    db.exec(tables);
    rebuildAuditTriggers(db, 'report_narrative');
  },
};
