// Migration 5's tables refuse bad rows on their own, as migration 2's do (db/schema/constraints.test.ts).
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
    insert into expenditure_line (cluster_id, year, category, planned_cents) values (1, 2026, 'travel', 100);
    insert into benchmark_set (id, name) values (100, 'Eigener Satz');
    insert into label_indicator (id, cluster_id, area, title, comparator, threshold) values (1, 1, 'structure', 'Mitglieder', 'ge', 30);
    insert into label_assessment (id, cluster_id, assessed_on, title, created_at, updated_at) values (1, 1, '2026-06-01', 'A', ${stamp}, ${stamp});
  `);
});
afterAll(() => db.close());

describe('the resource tables refuse bad rows on their own', () => {
  it.each([
    [
      'negative expenditure',
      "insert into expenditure_line (cluster_id, year, category, planned_cents) values (1, 2027, 'travel', -1)",
    ],
    [
      'an unknown category',
      "insert into expenditure_line (cluster_id, year, category, planned_cents) values (1, 2027, 'bribes', 1)",
    ],
    [
      'a duplicate category and year',
      "insert into expenditure_line (cluster_id, year, category, planned_cents) values (1, 2026, 'travel', 5)",
    ],
    [
      'a year beyond 2200',
      "insert into expenditure_line (cluster_id, year, category, planned_cents) values (1, 2201, 'events', 5)",
    ],
    [
      'an intensity above 5',
      'insert into benchmark_value (benchmark_set_id, field_of_action_id, intensity) values (100, 1, 5.5)',
    ],
    [
      'an intensity below 1',
      'insert into benchmark_value (benchmark_set_id, field_of_action_id, intensity) values (100, 1, 0)',
    ],
    ['a user set without a name', "insert into benchmark_set (name) values ('  ')"],
    ['a second user set of the same name', "insert into benchmark_set (name) values ('eigener satz')"],
    ['an unknown built-in key', "insert into benchmark_set (key) values ('survey_mars')"],
    [
      'a second choice for a cluster',
      'insert into activity_benchmark_choice (cluster_id, benchmark_set_id) values (1, 100), (1, 1)',
    ],
    [
      'a threshold on a yes/no criterion',
      "insert into label_indicator (cluster_id, area, title, comparator, threshold) values (1, 'structure', 'X', 'yes', 1)",
    ],
    [
      'an at-least criterion without threshold',
      "insert into label_indicator (cluster_id, area, title, comparator) values (1, 'structure', 'Y', 'ge')",
    ],
    [
      'an unknown area',
      "insert into label_indicator (cluster_id, area, title, comparator) values (1, 'luck', 'Z', 'yes')",
    ],
    [
      'a weight of 0',
      "insert into label_indicator (cluster_id, area, title, comparator, weight) values (1, 'structure', 'W', 'yes', 0)",
    ],
    [
      'a duplicate title (any case)',
      "insert into label_indicator (cluster_id, area, title, comparator, threshold) values (1, 'structure', 'MITGLIEDER', 'ge', 1)",
    ],
    [
      'two assessments on one day',
      `insert into label_assessment (cluster_id, assessed_on, title, created_at, updated_at) values (1, '2026-06-01', 'B', ${stamp}, ${stamp})`,
    ],
    [
      'an impossible date',
      `insert into label_assessment (cluster_id, assessed_on, title, created_at, updated_at) values (1, '2026-02-30', 'C', ${stamp}, ${stamp})`,
    ],
    [
      'a second result for one indicator',
      'insert into label_result (label_assessment_id, label_indicator_id, value) values (1, 1, 3), (1, 1, 4)',
    ],
  ])('%s', (_name, sql) => {
    expect(() => db.exec(sql)).toThrow(/constraint/i);
  });

  it('ships five indicative built-in sets with a value for every field of action', () => {
    const rows = db
      .prepare(
        'select s.key, s.indicative, count(v.id) as n from benchmark_set s join benchmark_value v on v.benchmark_set_id = s.id where s.key is not null group by s.id order by s.id',
      )
      .all();
    expect(rows).toEqual([
      { key: 'survey_all', indicative: 1, n: 14 },
      { key: 'survey_ict', indicative: 1, n: 14 },
      { key: 'survey_mature', indicative: 1, n: 14 },
      { key: 'survey_small_team', indicative: 1, n: 14 },
      { key: 'survey_large_team', indicative: 1, n: 14 },
    ]);
  });
});
