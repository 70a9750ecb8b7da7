// Rolling backups of a workspace through SQLite's backup API (never a raw file copy, which is
// unsafe under WAL). Backups live in the app-data folder, one folder per workspace file, named
// by time and reason, so they can be listed without opening them.
//
// A backup is written under a temporary name, verified (it opens as a complete workspace of
// ours), switched to a rollback journal (so reading it later leaves no -wal/-shm beside it) and
// only then renamed to its real name. A process killed part-way leaves at most a temporary file,
// which is never listed, counted or restored, and is removed the next time the folder is tidied.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Backup } from '../../shared/contract/schemas.ts';
import { APPLICATION_ID, type SqliteDatabase } from '../sqlite/connection.ts';
import { backupsToDelete, type RetentionRule } from './retention.ts';

export const BACKUP_REASONS = [
  'daily',
  'before-migration',
  'before-restore',
  'before-import',
  'manual',
] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export function backupDir(dataDir: string, workspacePath: string): string {
  const hash = crypto.createHash('sha256').update(path.resolve(workspacePath)).digest('hex').slice(0, 10);
  const base = path.basename(workspacePath, path.extname(workspacePath)).replace(/[^\p{L}\p{N}._-]+/gu, '_');
  return path.join(dataDir, 'backups', `${base}-${hash}`);
}

const pattern = /^(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)_([a-z-]+)\.clusterpilot$/;
const PARTIAL_PREFIX = '.partial-';
const SIDE_FILES = ['-wal', '-shm', '-journal'] as const;

export function listBackups(dataDir: string, workspacePath: string): Backup[] {
  const dir = backupDir(dataDir, workspacePath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const match = pattern.exec(name);
      if (!match) return [];
      const file = path.join(dir, name);
      // Only complete workspaces of ours count: an empty or cut-off file is not a backup.
      const bytes = completeWorkspaceBytes(file);
      if (bytes === null) return [];
      const stamp = match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      return [{ file, takenAt: stamp, reason: match[2]!, bytes }];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
}

/**
 * The file's size if its header says it is a complete ClusterPilot workspace: SQLite's magic,
 * our application id, a schema version, and exactly as many bytes as the header's page count
 * promises. Reads 100 bytes; opens nothing.
 */
export function completeWorkspaceBytes(file: string): number | null {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (size < 512) return null;
    const header = Buffer.alloc(100);
    if (fs.readSync(fd, header, 0, 100, 0) !== 100) return null;
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return null;
    if (header.readUInt32BE(68) !== APPLICATION_ID || header.readUInt32BE(60) === 0) return null;
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65_536 : rawPageSize;
    const pages = header.readUInt32BE(28);
    // The in-header page count is valid when the change counter matches "version valid for".
    if (header.readUInt32BE(24) === header.readUInt32BE(92) && pages * pageSize !== size) return null;
    return size;
  } finally {
    fs.closeSync(fd);
  }
}

export async function createBackup(
  db: SqliteDatabase,
  dataDir: string,
  workspacePath: string,
  reason: BackupReason,
  now: Date,
): Promise<Backup> {
  const dir = backupDir(dataDir, workspacePath);
  fs.mkdirSync(dir, { recursive: true });
  // Two backups in the same millisecond get consecutive stamps, so names stay unique and sortable.
  let at = now.getTime();
  const nameAt = (t: number) =>
    `${new Date(t).toISOString().replace(/:/g, '-').replace('.', '-')}_${reason}.clusterpilot`;
  while (fs.existsSync(path.join(dir, nameAt(at)))) at++;
  const file = path.join(dir, nameAt(at));
  const partial = path.join(dir, `${PARTIAL_PREFIX}${nameAt(at)}`);
  try {
    await db.backup(partial);
    finishBackup(partial);
    fs.renameSync(partial, file);
  } catch (error) {
    removeWithSideFiles(partial);
    throw error;
  }
  syncFolder(dir);
  return { file, takenAt: new Date(at).toISOString(), reason, bytes: fs.statSync(file).size };
}

/** Verifies a freshly written backup and leaves it in rollback-journal mode, closed. */
function finishBackup(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
    const applicationId = copy.pragma('application_id', { simple: true });
    const version = copy.pragma('user_version', { simple: true });
    const check = copy.pragma('quick_check', { simple: true });
    if (applicationId !== APPLICATION_ID || version === 0 || check !== 'ok')
      throw new Error(`The backup ${file} failed its check (${String(check)}).`);
  } finally {
    copy.close();
  }
  for (const side of SIDE_FILES) fs.rmSync(file + side, { force: true });
}

/**
 * Tidies a workspace's backup folder: removes what an interrupted backup left (temporary
 * files, journals) and the -wal/-shm files that reading an older backup may have left beside it.
 * Call when no backup of this workspace is being written or read.
 */
export function tidyBackups(dataDir: string, workspacePath: string): string[] {
  const dir = backupDir(dataDir, workspacePath);
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of fs.readdirSync(dir)) {
    const leftover =
      name.startsWith(PARTIAL_PREFIX) || SIDE_FILES.some((side) => name.endsWith(`.clusterpilot${side}`));
    if (leftover) {
      fs.rmSync(path.join(dir, name), { force: true });
      removed.push(name);
    }
  }
  return removed;
}

export function pruneBackups(
  dataDir: string,
  workspacePath: string,
  now: Date,
  rule: RetentionRule,
): string[] {
  const doomed = backupsToDelete(listBackups(dataDir, workspacePath), now, rule);
  for (const file of doomed) removeWithSideFiles(file);
  return doomed;
}

export function isBackupOf(dataDir: string, workspacePath: string, file: string): boolean {
  return (
    path.dirname(path.resolve(file)) === backupDir(dataDir, workspacePath) &&
    pattern.test(path.basename(file)) &&
    completeWorkspaceBytes(file) !== null
  );
}

function removeWithSideFiles(file: string): void {
  fs.rmSync(file, { force: true });
  for (const side of SIDE_FILES) fs.rmSync(file + side, { force: true });
}

function syncFolder(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not every platform can sync a folder (Windows); the rename itself is atomic.
  }
}
