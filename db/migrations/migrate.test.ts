import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { openWorkspace } from '../sqlite/connection.ts';
import { latestSchemaVersion, type Migration, migrate } from './migrate.ts';
import { migrations } from './registry.ts';

const newDir = tempDirs();
const snapshotFile = path.join(import.meta.dirname, '../schema/schema.snapshot.sql');

/** The migrated schema as SQL text, in a stable order. */
function schemaSql(db: Database.Database): string {
  const rows = db
    .prepare(
      "select sql from sqlite_schema where sql is not null and name not like 'sqlite_%' order by type, name",
    )
    .all() as { sql: string }[];
  return `${rows.map((r) => `${r.sql.trim()};`).join('\n\n')}\n`;
}

describe('migrations', () => {
  it('are numbered 1..n without gaps, in registry order', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(latestSchemaVersion).toBe(migrations.length);
  });

  it('produce exactly the committed schema snapshot (schema changes are deliberate)', async () => {
    const { db } = await openWorkspace(path.join(newDir(), 'snapshot.clusterpilot'));
    const actual = schemaSql(db);
    db.close();
    if (process.env.UPDATE_SCHEMA_SNAPSHOT) fs.writeFileSync(snapshotFile, actual);
    expect(actual).toBe(fs.readFileSync(snapshotFile, 'utf8'));
  });

  it('roll a failing migration back completely and keep the version', () => {
    const db = new Database(':memory:');
    const registry: Migration[] = [
      { version: 1, name: 'ok', up: (d) => d.exec('create table a (x integer)') },
      {
        version: 2,
        name: 'fails halfway',
        up: (d) => {
          d.exec('create table b (y integer)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => migrate(db, registry)).toThrow('boom');
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare("select name from sqlite_schema where type = 'table'").all();
    expect(tables).toEqual([{ name: 'a' }]);
  });

  it('apply only what is pending', () => {
    const db = new Database(':memory:');
    const registry: Migration[] = [
      { version: 1, name: 'a', up: (d) => d.exec('create table a (x integer)') },
      { version: 2, name: 'b', up: (d) => d.exec('create table b (x integer)') },
    ];
    expect(migrate(db, registry.slice(0, 1))).toEqual([1]);
    expect(migrate(db, registry)).toEqual([2]);
    expect(migrate(db, registry)).toEqual([]);
  });
});
