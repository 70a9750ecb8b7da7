// Audit and search triggers for migrations, version 1. FROZEN like a migration: migrations that
// ran on users' files produced their triggers with this code, and later migrations must keep
// producing the same SQL. Never change this file (the schema snapshot test would show it); to
// build triggers differently, add triggers-v2.ts beside it and use that in new migrations.
// Imports nothing of the app (migrations are frozen in time), only better-sqlite3's types.
import type Database from 'better-sqlite3';

/**
 * The SQL of a table's three audit triggers. Each records the whole row as JSON (before and
 * after) in audit_log, attributed to the batch in audit_context, unless auditing is off. Undo
 * restores exactly these columns, so `columns` must be every column of the table, in schema
 * order. `key` is the column logged as entity_id (default: the first column); null for a table
 * without an integer key, which logs 0.
 */
export function auditTriggerSql(table: string, columns: readonly string[], key?: string | null): string {
  const keyColumn = key === undefined ? columns[0] : key;
  const json = (row: 'new' | 'old') => `json_object(${columns.map((c) => `'${c}', ${row}.${c}`).join(', ')})`;
  const id = (row: 'new' | 'old') => (keyColumn === null ? '0' : `${row}.${keyColumn}`);
  const when = 'when (select enabled from audit_context where id = 1) = 1';
  const batch = '(select batch_id from audit_context where id = 1)';
  return `
create trigger audit_${table}_insert after insert on ${table} ${when} begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values (${batch}, '${table}', ${id('new')}, 'insert', null, ${json('new')});
end;
create trigger audit_${table}_update after update on ${table} ${when} begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values (${batch}, '${table}', ${id('new')}, 'update', ${json('old')}, ${json('new')});
end;
create trigger audit_${table}_delete after delete on ${table} ${when} begin
  insert into audit_log (batch_id, entity, entity_id, action, before, after)
  values (${batch}, '${table}', ${id('old')}, 'delete', ${json('old')}, null);
end;`;
}

interface ColumnInfo {
  name: string;
  type: string;
  pk: number;
}

/**
 * Creates (or re-creates) a table's audit triggers over all its current columns, read from the
 * database: call it in a migration after `alter table … add column`, or for a new table. The
 * entity_id is the integer primary key, else the first column when it is an integer, else 0 —
 * the same choice migration 2 made for every table it audits.
 */
export function rebuildAuditTriggers(db: Database.Database, table: string): void {
  const columns = db.pragma(`table_info(${table})`) as ColumnInfo[];
  if (columns.length === 0) throw new Error(`rebuildAuditTriggers: no table ${table}`);
  const integer = (c: ColumnInfo | undefined) => c !== undefined && /INT/i.test(c.type);
  const keys = columns.filter((c) => c.pk > 0);
  const key = keys.length === 1 && integer(keys[0]) ? keys[0]! : integer(columns[0]) ? columns[0]! : null;
  for (const action of ['insert', 'update', 'delete']) {
    db.exec(`drop trigger if exists audit_${table}_${action}`);
  }
  const names = columns.map((c) => c.name);
  db.exec(auditTriggerSql(table, names, key === null ? null : key.name));
}

/** What a table contributes to the search index (search_index, FTS5); SQL over `new`. */
export interface SearchSpec {
  /** Entity code: index rows are keyed by code × 2^40 + id. */
  readonly code: number;
  /** The row's cluster id. */
  readonly cluster: string;
  readonly title: string;
  readonly body: string;
  /** Only rows for which this holds are indexed. */
  readonly when?: string;
}

/** The SQL of a table's three search triggers, keeping its rows in search_index current. */
export function searchTriggerSql(table: string, s: SearchSpec): string {
  const rowid = (row: 'new' | 'old') => `${s.code} * 1099511627776 + ${row}.id`;
  const insert = `insert into search_index (rowid, entity, entity_id, cluster_id, title, body)
    select ${rowid('new')}, '${table}', new.id, ${s.cluster}, ${s.title}, ${s.body}${s.when ? ` where ${s.when}` : ''};`;
  return `
create trigger search_${table}_insert after insert on ${table} begin
  ${insert}
end;
create trigger search_${table}_update after update on ${table} begin
  delete from search_index where rowid = ${rowid('old')};
  ${insert}
end;
create trigger search_${table}_delete after delete on ${table} begin
  delete from search_index where rowid = ${rowid('old')};
end;`;
}
