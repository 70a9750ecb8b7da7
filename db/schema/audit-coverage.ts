// Undo restores only what the audit triggers record. This check reads a database's schema and
// lists every column of a table that one of its audit triggers leaves out, and every table without
// audit triggers (except the audit tables and the search index): a column added by a migration
// without `rebuildAuditTriggers` (db/migrations/helpers/triggers-v1.ts) shows up here.
import type Database from 'better-sqlite3';

/** Tables that record changes or are derived from others, so they are not audited themselves. */
export const unauditedTables: readonly string[] = [
  'audit_batch',
  'audit_log',
  'audit_context',
  // Files stored once by their SHA-256 and never changed: evidence rows (audited) refer to them,
  // so undoing a removal restores the reference and the content is still there.
  'attachment',
  // The archive of produced reports: a record of what was sent, never edited; undo leaves it.
  'report',
  // Positions in the network picture: computed by the layout from the relationships (migration 4).
  'network_position',
];

/** Which row images each audit trigger must hold complete. */
const images = { insert: ['new'], update: ['old', 'new'], delete: ['old'] } as const;

/** One line per gap, e.g. `goal.extra not recorded by audit_goal_update (old)`; empty when none. */
export function auditCoverageGaps(db: Database.Database): string[] {
  const tables = db
    .prepare(
      "select name, sql from sqlite_schema where type = 'table' and name not like 'sqlite_%' order by name",
    )
    .all() as { name: string; sql: string }[];
  const virtual = tables.filter((t) => /^create virtual table/i.test(t.sql)).map((t) => t.name);
  const triggerSql = db.prepare("select sql from sqlite_schema where type = 'trigger' and name = ?").pluck();
  const gaps: string[] = [];
  for (const { name: table } of tables) {
    if (unauditedTables.includes(table)) continue;
    if (virtual.some((v) => table === v || table.startsWith(`${v}_`))) continue;
    const columns = (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);
    for (const [action, rows] of Object.entries(images)) {
      const trigger = `audit_${table}_${action}`;
      const sql = triggerSql.get(trigger) as string | undefined;
      if (sql === undefined) {
        gaps.push(`${table} has no ${trigger}`);
        continue;
      }
      for (const column of columns) {
        for (const row of rows) {
          if (!new RegExp(`'${column}', ${row}\\.${column}\\s*[,)]`).test(sql)) {
            gaps.push(`${table}.${column} not recorded by ${trigger} (${row})`);
          }
        }
      }
    }
  }
  return gaps;
}
