// The audit trail and undo/redo on top of it. Triggers record every row change (cascades too)
// under the batch the backend opened for the current user action; undo applies a batch's
// changes in reverse, redo undoes the undo. Both are batches themselves, so the trail stays
// complete and readable.

import { ApiFailure } from '../../shared/contract/result.ts';
import type { AuditBatch, AuditChange, HistoryState } from '../../shared/contract/schemas.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';

type BatchKind = AuditBatch['kind'];

interface AuditRow {
  id: number;
  entity: string;
  entity_id: number;
  action: AuditChange['action'];
  before: string | null;
  after: string | null;
}

interface BatchRow {
  id: number;
  at: string;
  user: string;
  label: string;
  kind: BatchKind;
  reason?: string;
  undone: number;
  redone: number;
}

export function openBatch(
  db: SqliteDatabase,
  at: string,
  user: string,
  label: string,
  kind: BatchKind = 'edit',
): number {
  const id = Number(
    db
      .prepare('insert into audit_batch (at, user, label, kind) values (?, ?, ?, ?)')
      .run(at, user, label, kind).lastInsertRowid,
  );
  db.prepare('update audit_context set batch_id = ? where id = 1').run(id);
  return id;
}

/** Ends the batch; one that changed nothing is removed again. Returns the batch's changes. */
export function closeBatch(db: SqliteDatabase, batchId: number): AuditChange[] {
  db.prepare('update audit_context set batch_id = null where id = 1').run();
  const rows = db
    .prepare(
      'select id, entity, entity_id, action, before, after from audit_log where batch_id = ? order by id',
    )
    .all(batchId) as AuditRow[];
  if (rows.length === 0) db.prepare('delete from audit_batch where id = ?').run(batchId);
  return rows.map(toChange);
}

export function setBatchKind(
  db: SqliteDatabase,
  batchId: number,
  kind: BatchKind,
  targetBatchId: number | null,
): void {
  db.prepare('update audit_batch set kind = ?, target_batch_id = ? where id = ?').run(
    kind,
    targetBatchId,
    batchId,
  );
}

const labelFields = ['name', 'title', 'role', 'date', 'year', 'key', 'outcome', 'subject_kind', 'node'];

function toChange(row: AuditRow): AuditChange {
  const before = row.before ? (JSON.parse(row.before) as Record<string, unknown>) : null;
  const after = row.after ? (JSON.parse(row.after) as Record<string, unknown>) : null;
  const source = after ?? before ?? {};
  const labelField = labelFields.find((f) => typeof source[f] === 'string' || typeof source[f] === 'number');
  return {
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    label: labelField ? String(source[labelField]) : `#${row.entity_id}`,
    before,
    after,
  };
}

const undoableKinds = "('edit', 'redo', 'import')";

/** `current` is the batch of the running undo/redo call itself, which must not count. */
function undoCandidate(db: SqliteDatabase, current = 0): BatchRow | undefined {
  return db
    .prepare(
      `select * from audit_batch where kind in ${undoableKinds} and undone = 0 and id <> ? order by id desc limit 1`,
    )
    .get(current) as BatchRow | undefined;
}

function redoCandidate(db: SqliteDatabase, current = 0): BatchRow | undefined {
  const lastEdit = (
    db
      .prepare(
        "select coalesce(max(id), 0) as id from audit_batch where kind in ('edit', 'import') and id <> ?",
      )
      .get(current) as { id: number }
  ).id;
  return db
    .prepare(
      "select * from audit_batch where kind = 'undo' and redone = 0 and id > ? order by id desc limit 1",
    )
    .get(lastEdit) as BatchRow | undefined;
}

export function historyState(db: SqliteDatabase): HistoryState {
  const entry = (b: BatchRow | undefined) => (b ? { batchId: b.id, label: b.label, at: b.at } : null);
  const redo = redoCandidate(db);
  const undone = redo
    ? (db
        .prepare(
          'select * from audit_batch where id = (select target_batch_id from audit_batch where id = ?)',
        )
        .get(redo.id) as BatchRow | undefined)
    : undefined;
  return {
    undo: entry(undoCandidate(db)),
    redo: redo ? entry({ ...redo, label: undone?.label ?? redo.label }) : null,
  };
}

/** Reverts one batch's row changes, newest first. Runs inside the caller's transaction. */
function revert(db: SqliteDatabase, batchId: number): void {
  db.pragma('defer_foreign_keys = on');
  const rows = db
    .prepare(
      'select id, entity, entity_id, action, before, after from audit_log where batch_id = ? order by id desc',
    )
    .all(batchId) as AuditRow[];
  for (const row of rows) {
    const before = row.before ? (JSON.parse(row.before) as Record<string, unknown>) : null;
    const after = row.after ? (JSON.parse(row.after) as Record<string, unknown>) : null;
    const table = quoteIdentifier(row.entity);
    const keyOf = (values: Record<string, unknown>) => {
      const columns = 'id' in values ? ['id'] : row.entity === 'setting' ? ['key'] : Object.keys(values);
      return {
        sql: columns.map((c) => `${quoteIdentifier(c)} = ?`).join(' and '),
        params: columns.map((c) => values[c]),
      };
    };
    if (row.action === 'insert' && after) {
      const key = keyOf(after);
      db.prepare(`delete from ${table} where ${key.sql}`).run(...key.params);
    } else if (row.action === 'delete' && before) {
      const columns = Object.keys(before);
      db.prepare(
        `insert into ${table} (${columns.map(quoteIdentifier).join(', ')}) values (${columns.map(() => '?').join(', ')})`,
      ).run(...columns.map((c) => before[c]));
    } else if (row.action === 'update' && before) {
      const key = keyOf(before);
      const columns = Object.keys(before);
      db.prepare(
        `update ${table} set ${columns.map((c) => `${quoteIdentifier(c)} = ?`).join(', ')} where ${key.sql}`,
      ).run(...columns.map((c) => before[c]), ...key.params);
    }
  }
}

function quoteIdentifier(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unexpected identifier in audit log: ${name}`);
  return `"${name}"`;
}

/**
 * Undo or redo inside the open batch `batchId`: reverts the target batch and marks both, so the
 * trail reads "Undo: Goal deleted". Null when there is nothing to undo or redo.
 */
export function step(
  db: SqliteDatabase,
  batchId: number,
  kind: 'undo' | 'redo',
): { target: BatchRow } | null {
  const target = kind === 'undo' ? undoCandidate(db, batchId) : redoCandidate(db, batchId);
  if (!target) return null;
  // Undoing a change made with a reason (in a locked period) carries the same reason.
  db.prepare(
    'update audit_batch set reason = (select reason from audit_batch where id = ?) where id = ?',
  ).run(target.id, batchId);
  revert(db, target.id);
  db.prepare(`update audit_batch set ${kind === 'undo' ? 'undone' : 'redone'} = 1 where id = ?`).run(
    target.id,
  );
  setBatchKind(db, batchId, kind, target.id);
  db.prepare('update audit_batch set label = ? where id = ?').run(target.label, batchId);
  return { target };
}

export interface AuditFilter {
  entity?: string | undefined;
  user?: string | undefined;
  text?: string | undefined;
  beforeId?: number | undefined;
  limit: number;
}

export function listAudit(db: SqliteDatabase, filter: AuditFilter): AuditBatch[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.beforeId !== undefined) {
    where.push('b.id < ?');
    params.push(filter.beforeId);
  }
  if (filter.user) {
    where.push('b.user like ?');
    params.push(`%${filter.user}%`);
  }
  if (filter.entity) {
    where.push('exists (select 1 from audit_log l where l.batch_id = b.id and l.entity = ?)');
    params.push(filter.entity);
  }
  if (filter.text) {
    where.push(
      "(b.label like ? or exists (select 1 from audit_log l where l.batch_id = b.id and (coalesce(l.after, '') like ? or coalesce(l.before, '') like ?)))",
    );
    params.push(`%${filter.text}%`, `%${filter.text}%`, `%${filter.text}%`);
  }
  const batches = db
    .prepare(
      `select b.*, (select count(*) from audit_log l where l.batch_id = b.id) as n from audit_batch b ${where.length ? `where ${where.join(' and ')}` : ''} order by b.id desc limit ?`,
    )
    .all(...params, filter.limit) as (BatchRow & { n: number })[];
  const changesOf = db.prepare(
    'select id, entity, entity_id, action, before, after from audit_log where batch_id = ? order by id limit 50',
  );
  return batches.map((b) => ({
    id: b.id,
    at: b.at,
    user: b.user,
    label: b.label,
    kind: b.kind,
    reason: b.reason ?? '',
    undone: b.undone === 1,
    changeCount: b.n,
    changes: (changesOf.all(b.id) as AuditRow[]).map(toChange),
  }));
}

/** Bulk writers (demo, benchmark, import) switch row auditing off and log one summary batch. */
export function withAuditDisabled<T>(db: SqliteDatabase, run: () => T): T {
  db.prepare('update audit_context set enabled = 0 where id = 1').run();
  try {
    return run();
  } finally {
    db.prepare('update audit_context set enabled = 1 where id = 1').run();
  }
}

export function assertNoOpenBatch(db: SqliteDatabase): void {
  const open = (
    db.prepare('select batch_id from audit_context where id = 1').get() as { batch_id: number | null }
  ).batch_id;
  if (open !== null) throw new ApiFailure({ kind: 'internal', message: `audit batch ${open} left open` });
}
