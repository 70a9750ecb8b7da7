// The schema as SQL text, in a stable order: what db/schema/schema.snapshot.sql holds. Generated
// from a freshly migrated database (`npm run schema:snapshot` writes the file);
// db/migrations/migrate.test.ts fails when the migrations and the file differ.
import Database from 'better-sqlite3';
import { migrate } from '../migrations/migrate.ts';

/** Every table, index, trigger and view of the database, ordered by type and name. */
export function schemaSql(db: Database.Database): string {
  const rows = db
    .prepare(
      "select sql from sqlite_schema where sql is not null and name not like 'sqlite_%' order by type, name",
    )
    .all() as { sql: string }[];
  return `${rows.map((r) => `${r.sql.trim()};`).join('\n\n')}\n`;
}

/** The schema of a new workspace after every migration (foreign keys on, as in a workspace). */
export function generateSchemaSnapshot(): string {
  const db = new Database(':memory:');
  try {
    db.pragma('foreign_keys = ON');
    migrate(db);
    return schemaSql(db);
  } finally {
    db.close();
  }
}
