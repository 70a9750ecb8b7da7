// Faults, as tests rather than promises: a writer killed at random moments never corrupts the file
// or loses an acknowledged write; a full disk, a file turning read-only and a second process
// holding the lock each give a clear error, roll back, and leave the app working.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { backupDir, listBackups } from '../backup/backups.ts';
import { RECENT_BACKUPS_KEPT } from '../backup/retention.ts';
import { createBackend } from './backend.ts';

const newDir = tempDirs();
// Every child this file starts is killed after it, whatever the outcome of the test.
const children = new Set<ChildProcess>();
afterAll(() => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
});
const root = path.resolve(import.meta.dirname, '../..');
const rounds = Number(process.env.FAULT_ROUNDS ?? 15);

async function seed(file: string, dir: string): Promise<number> {
  const backend = await createBackend({ workspacePath: file, dataDir: dir });
  const cluster = await must<{ id: number }>(backend, 'clusters.create', { name: 'Kill' });
  const indicator = await must<{ id: number }>(backend, 'indicators.create', {
    clusterId: cluster.id,
    name: 'Werte',
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'monthly',
  });
  backend.close();
  return indicator.id;
}

function runWriter(
  file: string,
  dir: string,
  start: number,
  indicatorId: number,
  killAfterMs: number,
): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(
      process.execPath,
      [path.join(root, 'test/faults/writer.ts'), file, dir, String(start)],
      {
        env: { ...process.env, INDICATOR_ID: String(indicatorId) },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const acked: number[] = [];
    let buffer = '';
    let errors = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        else if (line.startsWith('ack ')) acked.push(Number(line.slice(4)));
      }
    });
    children.add(child);
    child.stderr!.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    child.on('exit', (code, signal) =>
      signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`writer exited ${code}: ${errors}`)),
    );
  });
}

describe('kill -9 in the middle of writes', () => {
  it(
    `never corrupts the file and loses no acknowledged write (${rounds} rounds)`,
    async () => {
      const dir = newDir();
      const file = path.join(dir, 'kill.clusterpilot');
      const indicatorId = await seed(file, dir);
      let next = 0;
      let corruptions = 0;
      let acknowledged = 0;
      for (let round = 0; round < rounds; round++) {
        const acked = await runWriter(file, dir, next, indicatorId, 20 + Math.floor(Math.random() * 250));
        acknowledged += acked.length;
        const db = new Database(file);
        const integrity = db.pragma('integrity_check', { simple: true });
        if (integrity !== 'ok') corruptions++;
        const stored = new Set(
          db
            .prepare('select value from measurement where indicator_id = ?')
            .pluck()
            .all(indicatorId) as number[],
        );
        const lost = acked.filter((n) => !stored.has(n));
        expect(lost, `round ${round}: acknowledged but missing`).toEqual([]);
        // Writes are all-or-nothing: every stored row is complete.
        expect(
          db
            .prepare(
              "select count(*) from measurement where note <> substr('" +
                'x'.repeat(500) +
                "', 1, cast(value as integer) % 500)",
            )
            .pluck()
            .get(),
        ).toBe(0);
        next =
          (db.prepare('select coalesce(max(value), -1) + 1 from measurement').pluck().get() as number) ?? 0;
        db.close();
      }
      expect(corruptions).toBe(0);
      expect(acknowledged).toBeGreaterThan(rounds);
    },
    Math.max(120_000, rounds * 2_000),
  );
});

describe('kill -9 in the middle of backups', () => {
  function runBackups(file: string, dir: string, killAfterMs: number): Promise<string[]> {
    return new Promise((resolve, reject) => {
      const child: ChildProcess = spawn(
        process.execPath,
        [path.join(root, 'test/faults/backup-writer.ts'), file, dir],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      children.add(child);
      const acked: string[] = [];
      let buffer = '';
      let errors = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
          else if (line.startsWith('ack ')) acked.push(line.slice(4));
        }
      });
      child.stderr!.on('data', (chunk: Buffer) => {
        errors += chunk.toString();
      });
      child.on('exit', (code, signal) =>
        signal === 'SIGKILL' ? resolve(acked) : reject(new Error(`backup writer exited ${code}: ${errors}`)),
      );
    });
  }

  const backupRounds = Math.max(3, Math.ceil(rounds / 2));
  it(
    `lists only complete backups, keeps every acknowledged one and tidies the rest (${backupRounds} rounds)`,
    async () => {
      const dir = newDir();
      const file = path.join(dir, 'backups.clusterpilot');
      // Enough data that a backup takes a while: the kill often lands inside one.
      const backend = await createBackend({ workspacePath: file, dataDir: dir, demoForNewWorkspace: 'de' });
      const cluster = await must<{ id: number }>(backend, 'clusters.create', { name: 'Gross' });
      for (let i = 0; i < 4; i++) {
        await must(backend, 'actors.create', {
          clusterId: cluster.id,
          name: `Akteur ${i}`,
          actorGroup: 'business',
          subtype: 'bank',
          note: 'n'.repeat(19_000),
        });
      }
      const actors = backend.workspace.db.prepare('select count(*) from actor').pluck().get();
      backend.close();
      const allAcked: string[] = [];
      for (let round = 0; round < backupRounds; round++) {
        allAcked.push(...(await runBackups(file, dir, 30 + Math.floor(Math.random() * 400))));
        const listed = listBackups(dir, file);
        // Every acknowledged backup is there unless retention let it go (the newest
        // RECENT_BACKUPS_KEPT of the last day are kept: as many newer ones are listed), and
        // everything listed is a complete workspace.
        for (const lost of allAcked.filter((f) => !listed.some((b) => b.file === f)))
          expect(
            listed.filter((b) => path.basename(b.file) > path.basename(lost)).length,
            `acknowledged backup ${path.basename(lost)} is gone`,
          ).toBeGreaterThanOrEqual(RECENT_BACKUPS_KEPT);
        for (const backup of listed) {
          const copy = new Database(backup.file, { readonly: true });
          expect(copy.pragma('integrity_check', { simple: true }), backup.file).toBe('ok');
          expect(copy.prepare('select count(*) from actor').pluck().get(), backup.file).toBe(actors);
          copy.close();
        }
      }
      // Opening the workspace tidies what the kills left.
      const reopened = await createBackend({ workspacePath: file, dataDir: dir });
      reopened.close();
      const rest = fs
        .readdirSync(backupDir(dir, file))
        .filter((f) => !/Z_[a-z-]+\.clusterpilot$/.test(f) || f.startsWith('.'));
      expect(rest).toEqual([]);
      expect(allAcked.length).toBeGreaterThan(0);
    },
    Math.max(120_000, backupRounds * 4_000),
  );
});

describe('a write that cannot complete', () => {
  it('disk full: a clear error, nothing half-written, the app keeps working', async () => {
    const dir = newDir();
    const backend = await createBackend({ workspacePath: path.join(dir, 'full.clusterpilot'), dataDir: dir });
    const cluster = await must<{ id: number }>(backend, 'clusters.create', { name: 'Voll' });
    const { db } = backend.workspace;
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);
    const before = db.prepare('select count(*) from actor').pluck().get();
    const big = 'Sehr lange Notiz. '.repeat(1100);
    const results = [];
    for (let i = 0; i < 20; i++) {
      results.push(
        await backend.call('actors.create', {
          clusterId: cluster.id,
          name: `Akteur ${i}`,
          actorGroup: 'business',
          subtype: 'bank',
          note: big,
        }),
      );
    }
    const failed = results.find((r) => !r.ok);
    expect(failed).toEqual({ ok: false, error: { kind: 'conflict', code: 'diskFull' } });
    const stored = db.prepare('select count(*) from actor').pluck().get() as number;
    expect(stored).toBe((before as number) + results.filter((r) => r.ok).length);
    expect(
      db
        .prepare(
          'select count(*) from audit_batch b where not exists (select 1 from audit_log l where l.batch_id = b.id)',
        )
        .pluck()
        .get(),
    ).toBe(0);
    db.pragma('max_page_count = 1073741823');
    expect(
      await backend.call('actors.create', {
        clusterId: cluster.id,
        name: 'Danach',
        actorGroup: 'business',
        subtype: 'bank',
      }),
    ).toMatchObject({ ok: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    backend.close();
  });

  it('file turned read-only: a clear error, rolled back, reads keep working', async () => {
    const dir = newDir();
    const backend = await createBackend({ workspacePath: path.join(dir, 'ro.clusterpilot'), dataDir: dir });
    await must(backend, 'clusters.create', { name: 'Lesbar' });
    backend.workspace.db.pragma('query_only = 1');
    expect(await backend.call('clusters.create', { name: 'Nein' })).toEqual({
      ok: false,
      error: { kind: 'forbidden', reason: 'readOnly' },
    });
    expect(await must<{ name: string }[]>(backend, 'clusters.list', {})).toEqual([
      expect.objectContaining({ name: 'Lesbar' }),
    ]);
    backend.workspace.db.pragma('query_only = 0');
    expect(await backend.call('clusters.create', { name: 'Wieder' })).toMatchObject({ ok: true });
    backend.close();
  });
});

describe('two processes on one file', () => {
  function holdLock(file: string, ms: number): Promise<ChildProcess> {
    const script = `
      const Database = require(${JSON.stringify(path.join(root, 'node_modules/better-sqlite3'))});
      const db = new Database(process.argv[1]);
      db.exec('begin immediate');
      db.prepare("insert into setting (key, value) values ('other-process', '1')").run();
      process.stdout.write('locked\\n');
      setTimeout(() => { db.exec('commit'); db.close(); process.exit(0); }, Number(process.argv[2]));`;
    return new Promise((resolve) => {
      const child = spawn(process.execPath, ['-e', script, file, String(ms)], {
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      children.add(child);
      child.stdout!.once('data', () => resolve(child));
    });
  }

  it('a write waits for the other process and then succeeds', async () => {
    const dir = newDir();
    const file = path.join(dir, 'two.clusterpilot');
    const backend = await createBackend({ workspacePath: file, dataDir: dir });
    const child = await holdLock(file, 400);
    const started = Date.now();
    expect(await backend.call('clusters.create', { name: 'Gewartet' })).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    await new Promise((r) => child.once('exit', r));
    expect(
      backend.workspace.db.prepare("select value from setting where key = 'other-process'").pluck().get(),
    ).toBe('1');
    backend.close();
  });

  it('a write that waits too long fails cleanly and nothing is written', async () => {
    const dir = newDir();
    const file = path.join(dir, 'busy.clusterpilot');
    const backend = await createBackend({ workspacePath: file, dataDir: dir });
    backend.workspace.db.pragma('busy_timeout = 150');
    const child = await holdLock(file, 1200);
    expect(await backend.call('clusters.create', { name: 'Zu spät' })).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'busy' },
    });
    await new Promise((r) => child.once('exit', r));
    expect(await must(backend, 'clusters.list', {})).toEqual([]);
    expect(await backend.call('clusters.create', { name: 'Jetzt' })).toMatchObject({ ok: true });
    backend.close();
  });
});
