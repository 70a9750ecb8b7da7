// Forward-only migrations keyed by user_version. Each runs in its own transaction together with
// the version bump (Kysely's migrator wraps nothing on SQLite), so a failed migration leaves the
// file at the previous version, untouched.
import type Database from 'better-sqlite3';
import type { Migration } from './migration.ts';
import { migrations } from './registry.ts';

export const latestSchemaVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0);

export function migrate(db: Database.Database, registry: readonly Migration[] = migrations): number[] {
  const applied: number[] = [];
  const current = db.pragma('user_version', { simple: true }) as number;
  const pending = [...registry].filter((m) => m.version > current).sort((a, b) => a.version - b.version);
  for (const migration of pending) {
    db.transaction(() => {
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
    applied.push(migration.version);
  }
  return applied;
}
