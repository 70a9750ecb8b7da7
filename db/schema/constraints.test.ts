// Integrity lives in the schema, not only in code: raw SQL that bypasses the backend is refused
// by the database itself.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { openWorkspace, type SqliteDatabase } from '../sqlite/connection.ts';

const newDir = tempDirs();
let db: SqliteDatabase;
const stamp = "'2026-01-01T00:00:00Z'";

beforeAll(async () => {
  db = (await openWorkspace(path.join(newDir(), 'c.clusterpilot'))).db;
  db.exec(`
    insert into cluster (id, name, created_at, updated_at) values (1, 'C', ${stamp}, ${stamp});
    insert into strategy (id, cluster_id, title, period_start, period_end, created_at, updated_at) values (1, 1, 'S', '2026-01-01', '2030-12-31', ${stamp}, ${stamp});
    insert into indicator (id, cluster_id, name, kind, direction, aggregation, frequency, created_at, updated_at) values (1, 1, 'I', 'output', 'increase', 'periodic', 'monthly', ${stamp}, ${stamp});
  `);
});
afterAll(() => db.close());

describe('the schema refuses bad rows on its own', () => {
  it.each([
    [
      'an actor subtype of another group',
      `insert into actor (cluster_id, name, actor_group, subtype, created_at, updated_at) values (1, 'A', 'culture', 'bank', ${stamp}, ${stamp})`,
    ],
    ['an unknown sector group', `update cluster set sector_group = 'space' where id = 1`],
    [
      'regional strengths that are not a JSON array',
      `update cluster set regional_strengths = '{"a":1}' where id = 1`,
    ],
    [
      'a strategy ending before it starts',
      `insert into strategy (cluster_id, title, period_start, period_end, created_at, updated_at) values (1, 'S2', '2030-01-01', '2029-01-01', ${stamp}, ${stamp})`,
    ],
    [
      'an impossible date',
      `insert into measurement (indicator_id, date, value, entered_at) values (1, '2026-02-30', 1, ${stamp})`,
    ],
    [
      'a date in another format',
      `insert into measurement (indicator_id, date, value, entered_at) values (1, '31.12.2026', 1, ${stamp})`,
    ],
    [
      'a measurement of a missing indicator',
      `insert into measurement (indicator_id, date, value, entered_at) values (99, '2026-01-31', 1, ${stamp})`,
    ],
    [
      'text in a number column',
      `insert into measurement (indicator_id, date, value, entered_at) values (1, '2026-01-31', 'viel', ${stamp})`,
    ],
    [
      'a negative budget',
      `insert into funding_source (id, cluster_id, name, category) values (5, 1, 'F', 'eu'); insert into budget_line (funding_source_id, year, planned_cents) values (5, 2026, -1)`,
    ],
    [
      'a public share over 100 %',
      `insert into financing_plan (cluster_id, year, public_share_bp) values (1, 2026, 10001)`,
    ],
    [
      'an intensity outside 1–5',
      `insert into activity_plan (cluster_id, field_of_action_id, year, planned_intensity) values (1, 1, 2026, 6)`,
    ],
    [
      'a completed date on an open milestone',
      `insert into milestone (strategy_id, title, due_date, status, completed_on, created_at, updated_at) values (1, 'M', '2026-01-01', 'planned', '2026-01-02', ${stamp}, ${stamp})`,
    ],
    [
      'a comparison without indicator',
      `insert into break_point (id, strategy_id, title, kind, check_date, created_at, updated_at) values (9, 1, 'B', 'rule', '2027-01-01', ${stamp}, ${stamp}); insert into break_point_condition (break_point_id, node, comparator, threshold) values (9, 'compare', 'ge', 1)`,
    ],
    [
      'a locked evaluation without lock time',
      `insert into evaluation (cluster_id, title, period_start, period_end, cutoff_date, status, created_at, updated_at) values (1, 'E', '2026-01-01', '2026-12-31', '2026-12-31', 'locked', ${stamp}, ${stamp})`,
    ],
    [
      'two clusters with names differing only in case',
      `insert into cluster (name, created_at, updated_at) values ('c', ${stamp}, ${stamp})`,
    ],
    [
      'an empty name',
      `insert into cluster (name, created_at, updated_at) values ('   ', ${stamp}, ${stamp})`,
    ],
  ])('%s', (_name, sql) => {
    expect(() => db.transaction(() => db.exec(sql))()).toThrow(/constraint|datatype|cannot store/i);
  });

  it('accepts a valid row (the statements above fail for their reason, not by accident)', () => {
    expect(() =>
      db.exec(
        `insert into measurement (indicator_id, date, value, entered_at) values (1, '2026-01-31', 1, ${stamp})`,
      ),
    ).not.toThrow();
  });
});
