// Schema changes that cannot lose data: every audited table's triggers record every column
// (undo restores only those), checked over the migrated schema, shown to catch a column added
// with a plain ALTER TABLE, and the frozen helper that later migrations use to rebuild them.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { rebuildAuditTriggers } from '../migrations/helpers/triggers-v1.ts';
import { migrate } from '../migrations/migrate.ts';
import type { Migration } from '../migrations/migration.ts';
import { migrations } from '../migrations/registry.ts';
import { auditCoverageGaps } from './audit-coverage.ts';
import { generateSchemaSnapshot, schemaSql } from './snapshot.ts';

const newDir = tempDirs();

/** A workspace-like database in a temp file, migrated with the given registry. */
function migrated(registry: readonly Migration[] = migrations): Database.Database {
  const db = new Database(path.join(newDir(), 'audit.clusterpilot'));
  db.pragma('foreign_keys = ON');
  migrate(db, registry);
  return db;
}

const auditedTables = (db: Database.Database) =>
  (
    db
      .prepare(
        "select distinct tbl_name from sqlite_schema where type = 'trigger' and name like 'audit\\_%' escape '\\'",
      )
      .pluck()
      .all() as string[]
  ).sort();

describe('audit trigger coverage', () => {
  it('the migrated schema: every column of every table is recorded by its audit triggers', () => {
    const db = migrated();
    expect(auditCoverageGaps(db)).toEqual([]);
    expect(auditedTables(db)).toContain('indicator');
    expect(auditedTables(db).length).toBeGreaterThanOrEqual(28);
    db.close();
  });

  it('reports a column added with a plain ALTER TABLE and no trigger rebuild', () => {
    const db = migrated();
    db.exec('alter table goal add column weight integer not null default 1');
    expect(auditCoverageGaps(db)).toEqual([
      'goal.weight not recorded by audit_goal_insert (new)',
      'goal.weight not recorded by audit_goal_update (old)',
      'goal.weight not recorded by audit_goal_update (new)',
      'goal.weight not recorded by audit_goal_delete (old)',
    ]);
    db.close();
  });

  it('reports a new table without audit triggers', () => {
    const db = migrated();
    db.exec('create table funder (id integer primary key, name text not null) strict');
    expect(auditCoverageGaps(db)).toEqual([
      'funder has no audit_funder_insert',
      'funder has no audit_funder_update',
      'funder has no audit_funder_delete',
    ]);
    db.close();
  });
});

describe('rebuildAuditTriggers (db/migrations/helpers/triggers-v1.ts)', () => {
  it('rebuilds the triggers of every audited table exactly as migration 2 made them', () => {
    const db = migrated();
    db.transaction(() => {
      for (const table of auditedTables(db)) rebuildAuditTriggers(db, table);
    })();
    expect(schemaSql(db)).toBe(generateSchemaSnapshot());
    db.close();
  });

  it('lets a later migration add a column that undo can restore', () => {
    const addWeight: Migration = {
      version: migrations.length + 1,
      name: 'cluster weight',
      up: (db) => {
        db.exec('alter table cluster add column weight integer not null default 1');
        rebuildAuditTriggers(db, 'cluster');
      },
    };
    const db = migrated([...migrations, addWeight]);
    expect(auditCoverageGaps(db)).toEqual([]);
    const now = '2026-01-01T00:00:00.000Z';
    db.prepare('insert into cluster (name, created_at, updated_at) values (?, ?, ?)').run(
      'Photonik',
      now,
      now,
    );
    db.prepare('update cluster set weight = 3').run();
    const update = db
      .prepare("select before, after from audit_log where entity = 'cluster' and action = 'update'")
      .get() as { before: string; after: string };
    expect(JSON.parse(update.before)).toMatchObject({ name: 'Photonik', weight: 1 });
    expect(JSON.parse(update.after)).toMatchObject({ name: 'Photonik', weight: 3 });
    db.close();
  });

  it('refuses a table that does not exist', () => {
    const db = migrated();
    expect(() => rebuildAuditTriggers(db, 'no_such_table')).toThrow('no table no_such_table');
    db.close();
  });
});
