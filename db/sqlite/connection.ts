// Opens a workspace file: pragmas, identification (application_id, user_version), integrity
// check, migrations. A file that is not ours or is damaged is refused without being written to.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestSchemaVersion, migrate } from '../migrations/migrate.ts';

export type SqliteDatabase = Database.Database;

/** 'CLPT' as a 32-bit integer: marks a SQLite file as a ClusterPilot workspace. */
export const APPLICATION_ID = 0x434c5054;

export class WorkspaceOpenError extends Error {
  readonly reason: 'notSqlite' | 'notOurs' | 'damaged' | 'tooNew' | 'missing';
  constructor(reason: WorkspaceOpenError['reason'], message: string) {
    super(message);
    this.name = 'WorkspaceOpenError';
    this.reason = reason;
  }
}

export interface OpenedWorkspace {
  readonly db: SqliteDatabase;
  readonly path: string;
  readonly readOnly: boolean;
  readonly schemaVersion: number;
}

export interface OpenOptions {
  /** Writes a backup of an existing file before it is migrated (SQLite's backup API is async). */
  readonly backupBeforeMigration?: (db: SqliteDatabase, fromVersion: number) => Promise<unknown>;
  /** Refuse instead of creating a new file when there is none (e.g. the source of a restore). */
  readonly mustExist?: boolean;
  /** Whether the file may be written (injectable: tests run as root, who may write anything). */
  readonly canWrite?: (file: string) => boolean;
}

export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<OpenedWorkspace> {
  const absolute = path.resolve(file);
  const exists = fs.existsSync(absolute);
  if (!exists && options.mustExist) throw new WorkspaceOpenError('missing', `${absolute} does not exist.`);
  if (!exists) fs.mkdirSync(path.dirname(absolute), { recursive: true });
  const readOnly = exists && !(options.canWrite ?? isWritable)(absolute);

  let db: SqliteDatabase;
  try {
    db = new Database(absolute, { readonly: readOnly, fileMustExist: exists });
  } catch (error) {
    throw new WorkspaceOpenError('notSqlite', `Cannot open ${absolute}: ${String(error)}`);
  }
  try {
    identify(db, absolute, exists);
    db.pragma('busy_timeout = 5000');
    if (!readOnly) {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = FULL');
    }
    db.pragma('foreign_keys = ON');
    if (!readOnly) {
      const from = db.pragma('user_version', { simple: true }) as number;
      if (exists && from > 0 && from < latestSchemaVersion) await options.backupBeforeMigration?.(db, from);
      if (!exists || from === 0) db.pragma(`application_id = ${APPLICATION_ID}`);
      migrate(db);
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    return { db, path: absolute, readOnly, schemaVersion };
  } catch (error) {
    db.close();
    throw error;
  }
}

function identify(db: SqliteDatabase, file: string, exists: boolean): void {
  if (!exists) return;
  let applicationId: number;
  let version: number;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
  } catch (error) {
    throw new WorkspaceOpenError('notSqlite', `${file} is not a SQLite database: ${String(error)}`);
  }
  const empty = (db.prepare('select count(*) as n from sqlite_schema').get() as { n: number }).n === 0;
  if (applicationId !== APPLICATION_ID && !(applicationId === 0 && empty)) {
    throw new WorkspaceOpenError(
      'notOurs',
      `${file} is a SQLite database, but not a ClusterPilot workspace.`,
    );
  }
  if (version > latestSchemaVersion) {
    throw new WorkspaceOpenError(
      'tooNew',
      `${file} was written by a newer ClusterPilot (schema ${version}; this version knows ${latestSchemaVersion}).`,
    );
  }
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new WorkspaceOpenError('damaged', `${file} is damaged: ${String(check)}`);
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
