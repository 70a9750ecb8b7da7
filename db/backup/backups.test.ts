import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Backup } from '../../shared/contract/schemas.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { createBackend } from '../backend/backend.ts';
import { migration0001 } from '../migrations/0001_clusters.ts';
import { latestSchemaVersion, migrate } from '../migrations/migrate.ts';
import { APPLICATION_ID } from '../sqlite/connection.ts';
import { backupDir, listBackups } from './backups.ts';
import { backupsToDelete, RECENT_BACKUPS_KEPT } from './retention.ts';

const newDir = tempDirs();

describe('retention (7 days + 4 weeks by default)', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  const at = (iso: string) => ({ file: iso, takenAt: iso });
  it.each([
    [
      'keeps everything from the last 24 hours',
      ['2026-11-21T08:00:00Z', '2026-11-21T07:00:00Z', '2026-11-20T13:00:00Z'],
      [],
    ],
    [
      'keeps the newest of each of the last 7 days',
      ['2026-11-19T10:00:00Z', '2026-11-19T08:00:00Z', '2026-11-15T10:00:00Z'],
      ['2026-11-19T08:00:00Z'],
    ],
    [
      'keeps one per week for 4 weeks, drops older',
      [
        '2026-11-10T10:00:00Z',
        '2026-11-09T10:00:00Z',
        '2026-10-26T10:00:00Z',
        '2026-10-20T10:00:00Z',
        '2026-09-01T10:00:00Z',
      ],
      ['2026-11-09T10:00:00Z', '2026-10-20T10:00:00Z', '2026-09-01T10:00:00Z'],
    ],
    ['always keeps the newest, however old', ['2025-01-01T00:00:00Z'], []],
  ])('%s', (_name, stamps, doomed) => {
    expect(backupsToDelete(stamps.map(at), now, { days: 7, weeks: 4 }).sort()).toEqual([...doomed].sort());
  });

  it('keeps the newest 20 of the last 24 hours, not one per import all day long', () => {
    // 30 backups, one every 20 minutes this morning.
    const stamps = Array.from({ length: 30 }, (_, i) =>
      new Date(Date.parse('2026-11-21T11:50:00Z') - i * 20 * 60_000).toISOString(),
    );
    const doomed = backupsToDelete(stamps.map(at), now, { days: 7, weeks: 4 });
    expect(doomed).toHaveLength(30 - RECENT_BACKUPS_KEPT);
    expect(doomed.sort()).toEqual(stamps.slice(RECENT_BACKUPS_KEPT).sort());
  });

  it('keeps only the newest (beyond the last day) with a rule of zero', () => {
    expect(
      backupsToDelete(['2026-11-19T08:00:00Z', '2026-11-18T08:00:00Z'].map(at), now, { days: 0, weeks: 0 }),
    ).toEqual(['2026-11-18T08:00:00Z']);
  });
});

describe('backups', () => {
  it('backs up on open when the last backup is older than a day, through the backup API', async () => {
    const dir = newDir();
    const file = path.join(dir, 'b.clusterpilot');
    let now = new Date('2026-11-20T08:00:00Z');
    const first = await createBackend({ workspacePath: file, dataDir: dir, now: () => now });
    await must(first, 'clusters.create', { name: 'Gesichert' });
    const initial = await must<Backup[]>(first, 'backups.list', {});
    first.close();
    now = new Date('2026-11-21T09:00:00Z');
    const second = await createBackend({ workspacePath: file, dataDir: dir, now: () => now });
    // The daily backup runs in the background after opening: wait for it (up to 10 s).
    let backups: Backup[] = [];
    for (let waited = 0; waited < 10_000 && backups.length <= initial.length; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      backups = await must<Backup[]>(second, 'backups.list', {});
    }
    expect(backups.length).toBe(initial.length + 1);
    expect(backups[0]).toMatchObject({ reason: 'daily', takenAt: '2026-11-21T09:00:00.000Z' });
    const copy = new Database(backups[0]!.file, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.prepare('select name from cluster').pluck().all()).toEqual(['Gesichert']);
    copy.close();
    second.close();
  });

  it('restores a backup after keeping the current state, and can return to it', async () => {
    const dir = newDir();
    const backend = await createBackend({ workspacePath: path.join(dir, 'r.clusterpilot'), dataDir: dir });
    await must(backend, 'clusters.create', { name: 'Vorher' });
    const backup = await must<Backup>(backend, 'backups.create', {});
    await must(backend, 'clusters.create', { name: 'Nachher' });
    const events: unknown[] = [];
    backend.onEvent((e) => events.push(e));
    await must(backend, 'backups.restore', { file: backup.file });
    expect((await must<{ name: string }[]>(backend, 'clusters.list', {})).map((c) => c.name)).toEqual([
      'Vorher',
    ]);
    expect(events).toContainEqual({ type: 'workspaceChanged' });
    const kept = (await must<Backup[]>(backend, 'backups.list', {})).find(
      (b) => b.reason === 'before-restore',
    )!;
    await must(backend, 'backups.restore', { file: kept.file });
    expect((await must<{ name: string }[]>(backend, 'clusters.list', {})).map((c) => c.name)).toEqual([
      'Nachher',
      'Vorher',
    ]);
    expect(
      await backend.call('backups.restore', { file: path.join(dir, 'elsewhere.clusterpilot') }),
    ).toMatchObject({ ok: false, error: { kind: 'notFound' } });
    backend.close();
  });

  it('writes a backup before migrating an older workspace file', async () => {
    const dir = newDir();
    const file = path.join(dir, 'old.clusterpilot');
    const old = new Database(file);
    old.pragma(`application_id = ${APPLICATION_ID}`);
    migrate(old, [migration0001]);
    old
      .prepare(
        "insert into cluster (name, created_at, updated_at) values ('Alt', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')",
      )
      .run();
    old.close();
    const backend = await createBackend({ workspacePath: file, dataDir: dir });
    const [backup] = (await must<Backup[]>(backend, 'backups.list', {})).filter(
      (b) => b.reason === 'before-migration',
    );
    const copy = new Database(backup!.file, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(1);
    copy.close();
    expect(await must(backend, 'workspace.info', {})).toMatchObject({ schemaVersion: latestSchemaVersion });
    expect(await must(backend, 'search.query', { text: 'alt' })).toEqual([
      expect.objectContaining({ entity: 'cluster' }),
    ]);
    backend.close();
  });

  it('restores the latest backup into a file that can no longer be opened, keeping that file aside', async () => {
    const dir = newDir();
    const file = path.join(dir, 'broken.clusterpilot');
    const backend = await createBackend({ workspacePath: file, dataDir: dir });
    await must(backend, 'clusters.create', { name: 'Gerettet' });
    const backup = await must<Backup>(backend, 'backups.create', {});
    await must(backend, 'workspace.new', { path: path.join(dir, 'other.clusterpilot'), demo: 'none' });
    fs.writeFileSync(file, 'overwritten by another program');
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
    expect(await backend.call('workspace.open', { path: file })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'open.notSqlite' },
    });
    expect(fs.readFileSync(file, 'utf8')).toBe('overwritten by another program');
    expect(await must<Backup[]>(backend, 'backups.list', { path: file })).toContainEqual(backup);
    await must(backend, 'backups.restore', { file: backup.file, path: file });
    expect(await must(backend, 'workspace.info', {})).toMatchObject({ path: file });
    expect((await must<{ name: string }[]>(backend, 'clusters.list', {})).map((c) => c.name)).toEqual([
      'Gerettet',
    ]);
    const aside = fs.readdirSync(dir).find((f) => f.startsWith('broken.clusterpilot.unreadable-'));
    expect(fs.readFileSync(path.join(dir, aside!), 'utf8')).toBe('overwritten by another program');
    backend.close();
  });

  it('never lists, counts or restores a partial or empty backup, and tidies what a killed backup left', async () => {
    const dir = newDir();
    const file = path.join(dir, 'p.clusterpilot');
    let now = new Date('2026-11-20T08:00:00Z');
    const first = await createBackend({ workspacePath: file, dataDir: dir, now: () => now });
    await must(first, 'clusters.create', { name: 'Echt' });
    const good = await must<Backup>(first, 'backups.create', {});
    first.close();

    // What a backup killed part-way used to leave under a normal name, and the new temporary kind.
    const folder = backupDir(dir, file);
    const empty = path.join(folder, '2026-11-21T07-00-00-000Z_daily.clusterpilot');
    fs.writeFileSync(empty, '');
    const cut = path.join(folder, '2026-11-21T07-30-00-000Z_manual.clusterpilot');
    fs.writeFileSync(cut, fs.readFileSync(good.file).subarray(0, 8192));
    fs.writeFileSync(`${cut}-journal`, 'leftover journal');
    const partial = path.join(folder, '.partial-2026-11-21T07-45-00-000Z_daily.clusterpilot');
    fs.writeFileSync(partial, fs.readFileSync(good.file).subarray(0, 4096));
    fs.writeFileSync(`${good.file}-wal`, '');
    fs.writeFileSync(`${good.file}-shm`, '');

    // Listed: only the complete one, so it counts as the newest and the day's backup still runs.
    expect(listBackups(dir, file).map((b) => b.file)).toEqual([good.file]);
    now = new Date('2026-11-21T09:00:00Z');
    const second = await createBackend({ workspacePath: file, dataDir: dir, now: () => now });
    let backups: Backup[] = [];
    for (let waited = 0; waited < 10_000 && backups.length < 2; waited += 50) {
      await new Promise((r) => setTimeout(r, 50));
      backups = await must<Backup[]>(second, 'backups.list', {});
    }
    expect(backups.map((b) => b.reason)).toEqual(['daily', 'manual']);
    // Opening tidied the folder: the temporary file and the journals are gone.
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(`${cut}-journal`)).toBe(false);
    expect(fs.existsSync(`${good.file}-wal`) || fs.existsSync(`${good.file}-shm`)).toBe(false);
    // Restoring the empty or cut-off file is refused; the workspace keeps its data.
    for (const bad of [empty, cut]) {
      expect(await second.call('backups.restore', { file: bad })).toMatchObject({
        ok: false,
        error: { kind: 'notFound', entity: 'backup' },
      });
    }
    expect((await must<{ name: string }[]>(second, 'clusters.list', {})).map((c) => c.name)).toEqual([
      'Echt',
    ]);
    second.close();
  });

  it('refuses to restore a file that opens but is not a complete workspace of ours', async () => {
    const dir = newDir();
    const file = path.join(dir, 'q.clusterpilot');
    const backend = await createBackend({ workspacePath: file, dataDir: dir });
    await must(backend, 'clusters.create', { name: 'Bleibt' });
    const good = await must<Backup>(backend, 'backups.create', {});
    // A SQLite file of ours without a schema (user_version 0) under a backup's name.
    const hollow = path.join(backupDir(dir, file), '2030-01-01T00-00-00-000Z_manual.clusterpilot');
    const db = new Database(hollow);
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.exec('create table t (x)');
    db.close();
    expect(listBackups(dir, file).map((b) => b.file)).toEqual([good.file]);
    expect(await backend.call('backups.restore', { file: hollow })).toMatchObject({
      ok: false,
      error: { kind: 'notFound' },
    });
    expect((await must<{ name: string }[]>(backend, 'clusters.list', {})).map((c) => c.name)).toEqual([
      'Bleibt',
    ]);
    backend.close();
  });

  it('leaves no -wal or -shm beside backups after a restore, and pruning takes them with the backup', async () => {
    const dir = newDir();
    const file = path.join(dir, 's.clusterpilot');
    let now = new Date('2026-11-01T08:00:00Z');
    const backend = await createBackend({ workspacePath: file, dataDir: dir, now: () => now });
    await must(backend, 'clusters.create', { name: 'Eins' });
    const backup = await must<Backup>(backend, 'backups.create', {});
    await must(backend, 'backups.restore', { file: backup.file });
    const folder = backupDir(dir, file);
    const sideFiles = () => fs.readdirSync(folder).filter((f) => /-(wal|shm|journal)$/.test(f));
    expect(sideFiles()).toEqual([]);
    const copy = new Database(backup.file, { readonly: true });
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    // An older backup (WAL mode, read once) with its side files is pruned away whole.
    fs.writeFileSync(`${backup.file}-wal`, '');
    fs.writeFileSync(`${backup.file}-shm`, '');
    now = new Date('2026-12-31T08:00:00Z');
    await must(backend, 'settings.update', { backupDays: 0, backupWeeks: 0 });
    await must(backend, 'backups.create', {});
    expect(fs.existsSync(backup.file)).toBe(false);
    expect(sideFiles()).toEqual([]);
    backend.close();
  });
});
