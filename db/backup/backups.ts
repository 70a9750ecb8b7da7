// Rolling backups of a workspace through SQLite's backup API (never a raw file copy, which is
// unsafe under WAL). Backups live in the app-data folder, one folder per workspace file, named
// by time and reason, so they can be listed without opening them.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Backup } from '../../shared/contract/schemas.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
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

export function listBackups(dataDir: string, workspacePath: string): Backup[] {
  const dir = backupDir(dataDir, workspacePath);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .flatMap((name) => {
      const match = pattern.exec(name);
      if (!match) return [];
      const stamp = match[1]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/, 'T$1:$2:$3.$4Z');
      const file = path.join(dir, name);
      return [{ file, takenAt: stamp, reason: match[2]!, bytes: fs.statSync(file).size }];
    })
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt));
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
  const fileAt = (t: number) =>
    path.join(
      dir,
      `${new Date(t).toISOString().replace(/:/g, '-').replace('.', '-')}_${reason}.clusterpilot`,
    );
  while (fs.existsSync(fileAt(at))) at++;
  const file = fileAt(at);
  await db.backup(file);
  return { file, takenAt: new Date(at).toISOString(), reason, bytes: fs.statSync(file).size };
}

export function pruneBackups(
  dataDir: string,
  workspacePath: string,
  now: Date,
  rule: RetentionRule,
): string[] {
  const doomed = backupsToDelete(listBackups(dataDir, workspacePath), now, rule);
  for (const file of doomed) fs.rmSync(file, { force: true });
  return doomed;
}

export function isBackupOf(dataDir: string, workspacePath: string, file: string): boolean {
  return (
    path.dirname(path.resolve(file)) === backupDir(dataDir, workspacePath) &&
    pattern.test(path.basename(file))
  );
}
