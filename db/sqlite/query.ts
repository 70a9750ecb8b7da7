// Kysely builds and types the SQL; better-sqlite3 runs it synchronously. Kysely's own SQLite
// driver is async behind a mutex, which costs time on every call and makes transactions easy to
// deadlock; compiling with a dummy driver and executing prepared statements keeps our read path
// close to raw SQLite and lets every user action be one synchronous better-sqlite3 transaction.

import type BetterSqlite3 from 'better-sqlite3';
import {
  type Compilable,
  DummyDriver,
  Kysely,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import type { WorkspaceSchema } from '../schema/types.ts';
import type { SqliteDatabase } from './connection.ts';

export const builder = new Kysely<WorkspaceSchema>({
  dialect: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
});

export type QueryBuilder = typeof builder;

export class QueryRunner {
  readonly #db: SqliteDatabase;
  readonly #statements = new Map<string, BetterSqlite3.Statement<unknown[]>>();

  constructor(db: SqliteDatabase) {
    this.#db = db;
  }

  #prepare(sql: string) {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.#db.prepare<unknown[]>(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** Runs SQL compiled earlier (cached by the caller) with fresh parameters. */
  allSql<R>(sql: string, parameters: readonly unknown[]): R[] {
    return this.#prepare(sql).all(...(parameters as unknown[])) as R[];
  }

  getSql<R>(sql: string, parameters: readonly unknown[]): R | undefined {
    return this.#prepare(sql).get(...(parameters as unknown[])) as R | undefined;
  }

  all<R>(query: Compilable<R>): R[] {
    const { sql, parameters } = query.compile();
    return this.#prepare(sql).all(...(parameters as unknown[])) as R[];
  }

  get<R>(query: Compilable<R>): R | undefined {
    const { sql, parameters } = query.compile();
    return this.#prepare(sql).get(...(parameters as unknown[])) as R | undefined;
  }

  run(query: Compilable<unknown>): { changes: number; lastInsertRowid: number } {
    const { sql, parameters } = query.compile();
    const info = this.#prepare(sql).run(...(parameters as unknown[]));
    return { changes: info.changes, lastInsertRowid: Number(info.lastInsertRowid) };
  }
}
