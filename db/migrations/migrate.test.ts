import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { newWorkspaceSql, newWorkspaceVersion } from '../schema/new-workspace.ts';
import {
  generateFingerprintsModule,
  generateNewWorkspaceModule,
  generateSchemaSnapshot,
  schemaSql,
} from '../schema/snapshot.ts';
import { openWorkspace, schemaFingerprint } from '../sqlite/connection.ts';
import { latestSchemaVersion, migrate } from './migrate.ts';
import type { Migration } from './migration.ts';
import { migrations } from './registry.ts';

const newDir = tempDirs();
const snapshotFile = path.join(import.meta.dirname, '../schema/schema.snapshot.sql');

describe('migrations', () => {
  it('are numbered upwards from 1 in registry order, each version once', () => {
    // Versions are reserved per feature branch (3 and 4 land beside 5): strictly increasing, not gap-free.
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(latestSchemaVersion).toBe(versions.at(-1));
  });

  it('produce exactly the committed schema snapshot (run `npm run schema:snapshot` after a migration)', () => {
    expect(generateSchemaSnapshot()).toBe(fs.readFileSync(snapshotFile, 'utf8'));
  });

  it('have their committed fingerprints, one per version (run `npm run schema:snapshot` after a migration)', () => {
    const committed = fs.readFileSync(path.join(import.meta.dirname, '../schema/fingerprints.ts'), 'utf8');
    expect(generateFingerprintsModule()).toBe(committed);
    expect([...committed.matchAll(/^ {2}(\d+): '[0-9a-f]{64}',$/gm)].map((m) => Number(m[1]))).toEqual(
      migrations.map((m) => m.version),
    );
  });

  it('leave in a new database exactly what the committed new-workspace script makes: schema, version and every row', () => {
    expect(generateNewWorkspaceModule()).toBe(
      fs.readFileSync(path.join(import.meta.dirname, '../schema/new-workspace.ts'), 'utf8'),
    );
    const migrated = new Database(':memory:');
    migrated.pragma('foreign_keys = ON');
    migrate(migrated);
    const scripted = new Database(':memory:');
    scripted.pragma('foreign_keys = ON');
    scripted.exec(newWorkspaceSql);
    scripted.pragma(`user_version = ${newWorkspaceVersion}`);
    const contents = (db: Database.Database) => {
      const tables = db
        .prepare(
          "select name from sqlite_schema where type = 'table' and sql not like 'create virtual%' order by name",
        )
        .pluck()
        .all() as string[];
      return {
        version: db.pragma('user_version', { simple: true }),
        schema: schemaFingerprint(db),
        rows: Object.fromEntries(
          tables.map((t) => [t, db.prepare(`select * from "${t}" order by 1`).raw().all()]),
        ),
      };
    };
    const expected = contents(migrated);
    expect(Object.values(expected.rows).flat().length).toBeGreaterThan(90);
    expect(contents(scripted)).toEqual(expected);
    // The search index works on the scripted one.
    scripted.exec(
      "insert into search_index (entity, entity_id, cluster_id, title, body) values ('goal', 1, 1, 'Wachstum', '')",
    );
    expect(
      scripted.prepare("select count(*) from search_index where search_index match 'wachstum'").pluck().get(),
    ).toBe(1);
    migrated.close();
    scripted.close();
  });

  it('give a workspace opened by the app the same schema as the snapshot', async () => {
    const { db } = await openWorkspace(path.join(newDir(), 'snapshot.clusterpilot'));
    const actual = schemaSql(db);
    db.close();
    expect(actual).toBe(generateSchemaSnapshot());
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

  it('import no app code, and no module of db/migrations imports itself back (no cycle)', () => {
    const folder = import.meta.dirname;
    const modules = fs
      .readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => f.split(path.sep).join('/'));
    const imports = new Map(
      modules.map((file) => {
        const source = fs.readFileSync(path.join(folder, file), 'utf8');
        const specifiers = [
          ...source.matchAll(/^(?:import|export)\b[^;]*?\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/gm),
        ].map((m) => (m[1] ?? m[2])!);
        return [file, specifiers] as const;
      }),
    );
    // Migrations and their frozen helpers: only the Migration type, frozen helpers, better-sqlite3.
    for (const [file, specifiers] of imports) {
      if (!/^(\d{4}_|helpers\/)/.test(file)) continue;
      for (const specifier of specifiers) {
        expect(`${file} → ${specifier}`).toMatch(
          / → (\.\/migration\.ts|\.\.?\/helpers\/[\w-]+-v\d+\.ts|\.\/[\w-]+-v\d+\.ts|better-sqlite3)$/,
        );
      }
    }
    const resolve = (from: string, specifier: string) =>
      path.posix.normalize(path.posix.join(path.posix.dirname(from), specifier));
    const visit = (file: string, trail: string[]): void => {
      expect(trail, `import cycle: ${[...trail, file].join(' → ')}`).not.toContain(file);
      for (const specifier of imports.get(file) ?? []) {
        const target = resolve(file, specifier);
        if (specifier.startsWith('.') && imports.has(target)) visit(target, [...trail, file]);
      }
    };
    for (const file of modules) visit(file, []);
    expect(modules).toEqual(expect.arrayContaining(['migrate.ts', 'migration.ts', 'registry.ts']));
  });
});
