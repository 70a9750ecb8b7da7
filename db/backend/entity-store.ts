// Generic create/read/update/delete for every entity in shared/contract/entities.ts. DTO fields
// map to columns by name (camelCase ↔ snake_case); JSON fields are stored as text. Foreign keys
// are checked up front so a missing parent names its field; CHECK, NOT NULL and UNIQUE failures
// that slip past the schemas are mapped onto fields too. Queries are built with Kysely.
import type { Kysely } from 'kysely';
import type { z } from 'zod';
import {
  type dtoSchema,
  type EntityDefinition,
  type EntityKind,
  entities,
  type LinkKind,
  links,
} from '../../shared/contract/entities.ts';
import { ApiFailure, type ValidationIssue } from '../../shared/contract/result.ts';
import { guardEvaluationWrite } from '../evaluation/guard.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import { builder, type QueryRunner } from '../sqlite/query.ts';
import { checkConsistency } from './consistency.ts';

// biome-ignore lint/suspicious/noExplicitAny: tables are chosen at run time from the entity definitions
const dyn = builder as unknown as Kysely<any>;

export const toSnake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
export const toCamel = (s: string) => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

type Row = Record<string, unknown>;
type Dto = Record<string, unknown>;
/**
 * An entity as the contract types it. The store works on any entity through its definition, so
 * the one cast from the untyped row to this type happens here, in the store's typed entry points.
 */
export type EntityDto<K extends EntityKind> = z.output<ReturnType<typeof dtoSchema<K>>> & Dto;

interface ForeignKey {
  readonly column: string;
  readonly table: string;
  /** The referenced column: the parent's id, or another key (an attachment's hash). */
  readonly key: string;
}

/** Reads the schema's foreign keys once per connection. */
export class SchemaInfo {
  readonly #foreignKeys = new Map<string, ForeignKey[]>();
  readonly #columns = new Map<string, string[]>();
  constructor(db: SqliteDatabase) {
    const tables = db
      .prepare("select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'")
      .pluck()
      .all() as string[];
    for (const table of tables) {
      this.#foreignKeys.set(
        table,
        (db.pragma(`foreign_key_list(${table})`) as { from: string; table: string; to: string | null }[]).map(
          (fk) => ({ column: fk.from, table: fk.table, key: fk.to ?? 'id' }),
        ),
      );
      this.#columns.set(
        table,
        (db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name),
      );
    }
  }
  foreignKeys(table: string): readonly ForeignKey[] {
    return this.#foreignKeys.get(table) ?? [];
  }
  columns(table: string): readonly string[] {
    return this.#columns.get(table) ?? [];
  }
}

export interface StoreContext {
  readonly q: QueryRunner;
  readonly db: SqliteDatabase;
  readonly schema: SchemaInfo;
  /** Who the audit trail and "entered by" fields name. */
  readonly user: string;
  now(): string;
}

/** Sets the fields the backend owns: stamps, and who entered a value when. */
function ownedFields(ctx: StoreContext, kind: EntityKind, row: Row, creating: boolean): void {
  const def = definition(kind);
  if (def.stamps) {
    row.updated_at = ctx.now();
    if (creating) row.created_at = row.updated_at;
  }
  if (def.output && 'enteredAt' in def.output) {
    row.entered_at = ctx.now();
    row.entered_by = ctx.user;
  }
}

function definition(kind: EntityKind): EntityDefinition {
  return entities[kind] as unknown as EntityDefinition;
}

export function rowToDto(kind: EntityKind, row: Row): Dto {
  const def = definition(kind);
  const dto: Dto = {};
  for (const [column, value] of Object.entries(row)) {
    const field = toCamel(column);
    dto[field] = def.json?.includes(field) && typeof value === 'string' ? JSON.parse(value) : value;
  }
  return dto;
}

/**
 * The read path: SQL compiled once per entity, with every column aliased to its DTO field, so
 * rows come out of SQLite in DTO shape and only JSON fields need touching. This keeps reads
 * close to a raw prepared statement (see `npm run bench`).
 */
const readSql = new Map<string, { list: string; get: string }>();

function readQueries(ctx: StoreContext, kind: EntityKind): { list: string; get: string } {
  let cached = readSql.get(kind);
  if (!cached) {
    const def = definition(kind);
    const columns = ctx.schema.columns(def.table).map((c) => `${c} as ${toCamel(c)}`);
    let list = dyn.selectFrom(def.table).select(columns);
    if (def.parent) list = list.where(toSnake(def.parent), '=', 0);
    for (const column of orderFor(kind)) list = list.orderBy(column);
    cached = {
      list: list.compile().sql,
      get: dyn.selectFrom(def.table).select(columns).where('id', '=', 0).compile().sql,
    };
    readSql.set(kind, cached);
  }
  return cached;
}

function parseJsonFields(kind: EntityKind, dto: Dto): Dto {
  for (const field of definition(kind).json ?? []) {
    if (typeof dto[field] === 'string') dto[field] = JSON.parse(dto[field] as string);
  }
  return dto;
}

function dtoToRow(kind: EntityKind, values: Dto): Row {
  const def = definition(kind);
  const row: Row = {};
  for (const [field, value] of Object.entries(values)) {
    if (field === 'id' || value === undefined) continue;
    row[toSnake(field)] = def.json?.includes(field) ? JSON.stringify(value) : value;
  }
  return row;
}

function orderFor(kind: EntityKind): string[] {
  const def = definition(kind);
  if ('sortOrder' in def.fields) return ['sort_order', 'id'];
  if (def.label === 'date' || def.label === 'year') return [toSnake(def.label), 'id'];
  if (kind === 'actor' || kind === 'cluster' || kind === 'indicator' || kind === 'fundingSource')
    return [toSnake(def.label), 'id'];
  return ['id'];
}

export function listEntities<K extends EntityKind>(ctx: StoreContext, kind: K, filter: Dto): EntityDto<K>[] {
  const def = definition(kind);
  const rows = ctx.q.allSql<Dto>(readQueries(ctx, kind).list, def.parent ? [filter[def.parent]] : []);
  return (def.json ? rows.map((row) => parseJsonFields(kind, row)) : rows) as EntityDto<K>[];
}

export function getEntity<K extends EntityKind>(ctx: StoreContext, kind: K, id: number): EntityDto<K> {
  const row = ctx.q.getSql<Dto>(readQueries(ctx, kind).get, [id]);
  if (!row) throw new ApiFailure({ kind: 'notFound', entity: kind, id });
  return parseJsonFields(kind, row) as EntityDto<K>;
}

function assertReferencesExist(ctx: StoreContext, table: string, row: Row): void {
  const issues: ValidationIssue[] = [];
  for (const fk of ctx.schema.foreignKeys(table)) {
    const value = row[fk.column];
    if (value === null || value === undefined) continue;
    const found = ctx.q.get(dyn.selectFrom(fk.table).select(fk.key).where(fk.key, '=', value));
    if (!found) issues.push({ path: [toCamel(fk.column)], code: 'unknownReference' });
  }
  if (issues.length > 0) throw new ApiFailure({ kind: 'validation', issues });
}

/** Runs a write and turns constraint failures into errors that name the field. */
function guarded<T>(table: string, columns: readonly string[], row: Row, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw constraintFailure(error, table, columns, row) ?? error;
  }
}

export function constraintFailure(
  error: unknown,
  table: string,
  columns: readonly string[],
  row: Row = {},
): ApiFailure | null {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : '';
  const fieldIn = (text: string) => {
    const mentioned = columns
      .map((column) => ({ column, at: text.search(new RegExp(`\\b${column}\\b`)) }))
      .filter((m) => m.at >= 0)
      .sort((a, b) => a.at - b.at);
    return mentioned[0] ? toCamel(mentioned[0].column) : null;
  };
  if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const last = message.split(',').pop() ?? '';
    const field = fieldIn(last.replace(`${table}.`, ''));
    const value = field ? row[toSnake(field)] : undefined;
    return new ApiFailure({
      kind: 'conflict',
      code: 'duplicate',
      ...(field ? { path: [field] } : {}),
      ...(typeof value === 'string' || typeof value === 'number' ? { params: { value } } : {}),
    });
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK' || code === 'SQLITE_CONSTRAINT_NOTNULL') {
    const field = fieldIn(message.replace(/^.*failed: /, '').replace(`${table}.`, ''));
    return new ApiFailure({
      kind: 'validation',
      issues: [
        {
          path: field ? [field] : [],
          code: code === 'SQLITE_CONSTRAINT_NOTNULL' ? 'required' : 'invalidValue',
        },
      ],
    });
  }
  // ON DELETE RESTRICT reports as a trigger constraint with a foreign-key message.
  if (
    code === 'SQLITE_CONSTRAINT_FOREIGNKEY' ||
    (code === 'SQLITE_CONSTRAINT_TRIGGER' && /FOREIGN KEY/i.test(message))
  ) {
    return new ApiFailure({ kind: 'conflict', code: 'inUse' });
  }
  return null;
}

export function createEntity<K extends EntityKind>(ctx: StoreContext, kind: K, input: Dto): EntityDto<K> {
  const def = definition(kind);
  const row = dtoToRow(kind, input);
  ownedFields(ctx, kind, row, true);
  assertReferencesExist(ctx, def.table, row);
  checkConsistency(ctx, kind, rowToDto(kind, row));
  guardEvaluationWrite(ctx.db, kind, null, rowToDto(kind, row));
  const { lastInsertRowid } = guarded(def.table, ctx.schema.columns(def.table), row, () =>
    ctx.q.run(dyn.insertInto(def.table).values(row)),
  );
  return getEntity(ctx, kind, lastInsertRowid);
}

export function updateEntity<K extends EntityKind>(ctx: StoreContext, kind: K, input: Dto): EntityDto<K> {
  const def = definition(kind);
  const id = input.id as number;
  const existing = getEntity(ctx, kind, id);
  const patch = dtoToRow(kind, input);
  if (Object.keys(patch).length === 0) return existing;
  ownedFields(ctx, kind, patch, false);
  assertReferencesExist(ctx, def.table, patch);
  checkConsistency(ctx, kind, { ...existing, ...rowToDto(kind, patch), id });
  guardEvaluationWrite(ctx.db, kind, existing, { ...existing, ...rowToDto(kind, patch), id });
  guarded(def.table, ctx.schema.columns(def.table), patch, () =>
    ctx.q.run(dyn.updateTable(def.table).set(patch).where('id', '=', id)),
  );
  return getEntity(ctx, kind, id);
}

export function deleteEntity(ctx: StoreContext, kind: EntityKind, id: number): { id: number } {
  const def = definition(kind);
  guardEvaluationWrite(ctx.db, kind, getEntity(ctx, kind, id), null);
  guarded(def.table, ctx.schema.columns(def.table), {}, () =>
    ctx.q.run(dyn.deleteFrom(def.table).where('id', '=', id)),
  );
  return { id };
}

export function listLinks(ctx: StoreContext, kind: LinkKind, filter: Dto): Dto[] {
  const { table, left, right } = links[kind];
  const side = left in filter ? left : right;
  const query = dyn
    .selectFrom(table)
    .selectAll()
    .where(toSnake(side), '=', filter[side])
    .orderBy(toSnake(left))
    .orderBy(toSnake(right));
  return ctx.q
    .all(query)
    .map((row) => Object.fromEntries(Object.entries(row as Row).map(([k, v]) => [toCamel(k), v])));
}

export function link(ctx: StoreContext, kind: LinkKind, pair: Dto): Dto {
  const { table } = links[kind];
  const row = Object.fromEntries(Object.entries(pair).map(([k, v]) => [toSnake(k), v]));
  assertReferencesExist(ctx, table, row);
  checkConsistency(ctx, kind, pair);
  const exists = ctx.q.get(
    Object.entries(row).reduce(
      (query, [column, value]) => query.where(column, '=', value),
      dyn.selectFrom(table).selectAll(),
    ),
  );
  if (!exists)
    guarded(table, ctx.schema.columns(table), row, () => ctx.q.run(dyn.insertInto(table).values(row)));
  return pair;
}

export function unlink(ctx: StoreContext, kind: LinkKind, pair: Dto): Dto {
  const { table } = links[kind];
  const row = Object.fromEntries(Object.entries(pair).map(([k, v]) => [toSnake(k), v]));
  const { changes } = ctx.q.run(
    Object.entries(row).reduce(
      (query, [column, value]) => query.where(column, '=', value),
      dyn.deleteFrom(table),
    ),
  );
  if (changes === 0) throw new ApiFailure({ kind: 'notFound', entity: kind, id: JSON.stringify(pair) });
  return pair;
}
