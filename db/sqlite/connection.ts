// Opens a workspace file: pragmas, identification (application_id, user_version), integrity
// check, a comparison of its schema with the one its version should have, migrations. A file
// that is not ours, is damaged or was altered outside the app is refused without being written
// to. A workspace on read-only media is opened read-only from a snapshot in a temp folder (SQLite
// cannot read a WAL-mode file whose folder it may not write).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { latestSchemaVersion, migrate } from '../migrations/migrate.ts';
import { migrations } from '../migrations/registry.ts';
import { schemaFingerprintHashes } from '../schema/fingerprints.ts';
import { newWorkspaceSql, newWorkspaceVersion } from '../schema/new-workspace.ts';

export type SqliteDatabase = Database.Database;

/** 'CLPT' as a 32-bit integer: marks a SQLite file as a ClusterPilot workspace. */
export const APPLICATION_ID = 0x434c5054;

export type OpenFailure = 'notSqlite' | 'notOurs' | 'damaged' | 'tooNew' | 'missing' | 'io' | 'altered';

export class WorkspaceOpenError extends Error {
  readonly reason: OpenFailure;
  constructor(reason: OpenFailure, message: string) {
    super(message);
    this.name = 'WorkspaceOpenError';
    this.reason = reason;
  }
}

export interface OpenedWorkspace {
  readonly db: SqliteDatabase;
  /** The workspace file; '' when no file is open (see openPlaceholder). */
  readonly path: string;
  readonly readOnly: boolean;
  /** Why it is read-only: the file may not be written, or it lies on read-only media. */
  readonly readOnlyReason: 'file' | 'media' | 'noWorkspace' | null;
  readonly schemaVersion: number;
  /** Closes the database and removes what opening it made (a read-only snapshot). */
  close(): void;
}

export interface OpenOptions {
  /** Writes a backup of an existing file before it is migrated (SQLite's backup API is async). */
  readonly backupBeforeMigration?: (db: SqliteDatabase, fromVersion: number) => Promise<unknown>;
  /** Refuse instead of creating a new file when there is none (e.g. the source of a restore). */
  readonly mustExist?: boolean;
  /**
   * Refuse a file that is not a complete workspace: an empty file or an empty database is not
   * taken for a new one (the source of a restore, a backup being verified).
   */
  readonly mustBeWorkspace?: boolean;
  /** Whether the file may be written (injectable: tests run as root, who may write anything). */
  readonly canWrite?: (file: string) => boolean;
}

export async function openWorkspace(file: string, options: OpenOptions = {}): Promise<OpenedWorkspace> {
  const absolute = path.resolve(file);
  // The contract refuses these already; a NUL would let SQLite open another file than the one checked.
  if (/\p{Cc}/u.test(absolute))
    throw new WorkspaceOpenError('io', 'A workspace path has no control characters.');
  const exists = fs.existsSync(absolute);
  if (!exists && (options.mustExist || options.mustBeWorkspace))
    throw new WorkspaceOpenError('missing', `${absolute} does not exist.`);
  if (exists && !fs.statSync(absolute).isFile())
    throw new WorkspaceOpenError('notSqlite', `${absolute} is not a file (a folder or a device).`);
  // An empty file is taken for a new workspace only under our own extension (a crash right after
  // creating one); any other empty file belongs to someone else.
  if (exists && fs.statSync(absolute).size === 0 && !absolute.toLowerCase().endsWith('.clusterpilot'))
    throw new WorkspaceOpenError('notOurs', `${absolute} is an empty file, not a ClusterPilot workspace.`);
  if (!exists) {
    try {
      fs.mkdirSync(path.dirname(absolute), { recursive: true });
    } catch (error) {
      throw new WorkspaceOpenError('io', `Cannot create the folder of ${absolute}: ${String(error)}`);
    }
  }
  const canWrite = options.canWrite ?? isWritable;
  // SQLite writes beside the file (-wal, -shm): a file in a folder that may not be written is
  // read-only too, whatever the file's own permissions say.
  const readOnly = exists && !(canWrite(absolute) && canWrite(path.dirname(absolute)));

  let db: SqliteDatabase;
  let snapshotDir: string | null = null;
  try {
    db = new Database(absolute, { readonly: readOnly, fileMustExist: exists });
  } catch (error) {
    throw asOpenError(error, absolute, 'notSqlite');
  }
  if (readOnly && !canRead(db)) {
    // Read-only media: SQLite cannot create the -shm file a WAL-mode file needs even to be read.
    // Nobody writes to such media, so a raw copy is consistent; read that copy.
    db.close();
    snapshotDir = fs.mkdtempSync(path.join(os.tmpdir(), 'clusterpilot-readonly-'));
    const copy = path.join(snapshotDir, path.basename(absolute));
    try {
      fs.copyFileSync(absolute, copy);
      if (fs.existsSync(`${absolute}-wal`)) fs.copyFileSync(`${absolute}-wal`, `${copy}-wal`);
      db = new Database(copy, { readonly: true, fileMustExist: true });
    } catch (error) {
      fs.rmSync(snapshotDir, { recursive: true, force: true });
      throw asOpenError(error, absolute, 'io');
    }
  }
  const cleanup = () => {
    if (db.open) db.close();
    if (snapshotDir) fs.rmSync(snapshotDir, { recursive: true, force: true });
  };
  try {
    if (!exists && pageCount(db) !== 0) {
      // Created a moment ago, yet not empty: another process (or path trick) put a file there.
      throw new WorkspaceOpenError('notOurs', `${absolute} appeared while it was being created.`);
    }
    identify(db, absolute, exists, options.mustBeWorkspace ?? false);
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
      if (!exists) createFromScript(db);
      migrate(db);
    }
    const schemaVersion = db.pragma('user_version', { simple: true }) as number;
    return {
      db,
      path: absolute,
      readOnly,
      readOnlyReason: snapshotDir ? 'media' : readOnly ? 'file' : null,
      schemaVersion,
      close: cleanup,
    };
  } catch (error) {
    cleanup();
    throw asOpenError(error, absolute, exists ? 'altered' : 'io');
  }
}

/**
 * An empty, read-only workspace in memory: what the app runs on when no file could be opened,
 * so it always starts and can offer to restore a backup or create a new workspace.
 */
export function openPlaceholder(): OpenedWorkspace {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  createFromScript(db);
  migrate(db);
  db.pragma('query_only = 1');
  return {
    db,
    path: '',
    readOnly: true,
    readOnlyReason: 'noWorkspace',
    schemaVersion: db.pragma('user_version', { simple: true }) as number,
    close: () => {
      if (db.open) db.close();
    },
  };
}

/**
 * Makes a new database what the migrations would (db/schema/new-workspace.ts, checked against them by
 * a test) in one transaction: about 10 ms instead of replaying every migration (about 100). A
 * migration newer than the script (one being written) is applied after it by migrate().
 */
function createFromScript(db: SqliteDatabase): void {
  if (newWorkspaceVersion > latestSchemaVersion) return;
  db.transaction(() => {
    db.exec(newWorkspaceSql);
    db.pragma(`user_version = ${newWorkspaceVersion}`);
  }).immediate();
}

/** Maps what SQLite or the file system threw while opening onto a reason the user can read. */
function asOpenError(error: unknown, file: string, otherwise: OpenFailure): WorkspaceOpenError {
  if (error instanceof WorkspaceOpenError) return error;
  const code = String((error as { code?: unknown }).code ?? '');
  const reason: OpenFailure = code.startsWith('SQLITE_CORRUPT')
    ? 'damaged'
    : code === 'SQLITE_NOTADB'
      ? 'notSqlite'
      : code.startsWith('SQLITE_IOERR') ||
          code.startsWith('SQLITE_CANTOPEN') ||
          code.startsWith('SQLITE_READONLY') ||
          code === 'SQLITE_FULL' ||
          code.startsWith('E')
        ? 'io'
        : otherwise;
  return new WorkspaceOpenError(
    reason,
    `Cannot open ${file}: ${error instanceof Error ? error.message : String(error)}`,
  );
}

function canRead(db: SqliteDatabase): boolean {
  try {
    db.prepare('select count(*) from sqlite_schema').get();
    return true;
  } catch {
    return false;
  }
}

function pageCount(db: SqliteDatabase): number {
  return db.pragma('page_count', { simple: true }) as number;
}

function identify(db: SqliteDatabase, file: string, exists: boolean, mustBeWorkspace: boolean): void {
  if (!exists) return;
  let applicationId: number;
  let version: number;
  let empty: boolean;
  try {
    applicationId = db.pragma('application_id', { simple: true }) as number;
    version = db.pragma('user_version', { simple: true }) as number;
    empty = (db.prepare('select count(*) as n from sqlite_schema').get() as { n: number }).n === 0;
  } catch (error) {
    const opened = asOpenError(error, file, 'notSqlite');
    throw opened.reason === 'altered' ? new WorkspaceOpenError('notSqlite', opened.message) : opened;
  }
  if (applicationId !== APPLICATION_ID && !(applicationId === 0 && empty && !mustBeWorkspace)) {
    throw new WorkspaceOpenError(
      'notOurs',
      empty
        ? `${file} is empty, not a ClusterPilot workspace.`
        : `${file} is a SQLite database, but not a ClusterPilot workspace.`,
    );
  }
  if (version > latestSchemaVersion) {
    throw new WorkspaceOpenError(
      'tooNew',
      `${file} was written by a newer ClusterPilot (schema ${version}; this version knows ${latestSchemaVersion}).`,
    );
  }
  if (mustBeWorkspace && version === 0)
    throw new WorkspaceOpenError('notOurs', `${file} is not a complete ClusterPilot workspace.`);
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') throw new WorkspaceOpenError('damaged', `${file} is damaged: ${String(check)}`);
  if (version > 0 && fingerprintHash(schemaFingerprint(db)) !== expectedFingerprintHash(version)) {
    throw new WorkspaceOpenError(
      'altered',
      `${file} says it has schema ${version}, but its tables differ from that schema: it was changed outside ClusterPilot.`,
    );
  }
}

/** The schema as SQLite stores it (every table, index, trigger and view), in a stable order. */
export function schemaFingerprint(db: SqliteDatabase): string {
  const rows = db
    .prepare(
      `select type, name, tbl_name, coalesce(sql, '') as sql from sqlite_schema
       where name not like 'sqlite_stat%' order by type, name`,
    )
    .raw(true)
    .all() as string[][];
  return rows.map((r) => r.join('\u0001')).join('\u0002');
}

export function fingerprintHash(fingerprint: string): string {
  return createHash('sha256').update(fingerprint).digest('hex');
}

const computed = new Map<number, string>();

/**
 * The hash of the fingerprint of a new database migrated to `version`. Committed for every version
 * in db/schema/fingerprints.ts (`npm run schema:snapshot` writes it; a test compares), so opening
 * a file does not first migrate a database in memory (about 100 ms of every start); a version not
 * in it yet (a migration being written) is computed, once.
 */
function expectedFingerprintHash(version: number): string {
  let hash = schemaFingerprintHashes[version] ?? computed.get(version);
  if (hash === undefined) {
    hash = fingerprintHash(migratedFingerprint(version));
    computed.set(version, hash);
  }
  return hash;
}

/** The fingerprint of a new database in memory, migrated to `version`. */
export function migratedFingerprint(version: number): string {
  const db = new Database(':memory:');
  try {
    migrate(
      db,
      migrations.filter((m) => m.version <= version),
    );
    return schemaFingerprint(db);
  } finally {
    db.close();
  }
}

function isWritable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
