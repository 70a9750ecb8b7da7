import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { createBackend } from './backend.ts';

const newDir = tempDirs();

describe('workspace files', () => {
  it('creates new workspaces, empty or with the demo, opens them and remembers them as recent', async () => {
    const dir = newDir();
    const backend = await createBackend({
      workspacePath: path.join(dir, 'default.clusterpilot'),
      dataDir: dir,
    });
    const events: unknown[] = [];
    backend.onEvent((e) => events.push(e));
    await must(backend, 'workspace.new', { path: path.join(dir, 'leer'), demo: 'none' });
    expect(await must(backend, 'workspace.info', {})).toMatchObject({ fileName: 'leer.clusterpilot' });
    expect(await must(backend, 'clusters.list', {})).toEqual([]);
    await must(backend, 'workspace.new', { path: path.join(dir, 'demo.clusterpilot'), demo: 'en' });
    expect(await must(backend, 'clusters.list', {})).toEqual([
      expect.objectContaining({ name: 'Havelland Photonics Network' }),
    ]);
    expect(events.filter((e) => (e as { type: string }).type === 'workspaceChanged')).toHaveLength(2);
    expect(
      await backend.call('workspace.new', { path: path.join(dir, 'demo.clusterpilot'), demo: 'none' }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'conflict', code: 'exists' },
    });
    const recent = await must<{ fileName: string }[]>(backend, 'workspace.recent', {});
    expect(recent.map((r) => r.fileName)).toEqual([
      'demo.clusterpilot',
      'leer.clusterpilot',
      'default.clusterpilot',
    ]);
    await must(backend, 'workspace.open', { path: path.join(dir, 'leer.clusterpilot') });
    expect(await must(backend, 'clusters.list', {})).toEqual([]);
    await must(backend, 'workspace.openDefault', {});
    expect(await must(backend, 'workspace.info', {})).toMatchObject({ fileName: 'default.clusterpilot' });
    backend.close();
  });

  it('refuses files that are not workspaces, leaves them untouched and keeps the open one', async () => {
    const dir = newDir();
    const backend = await createBackend({ workspacePath: path.join(dir, 'w.clusterpilot'), dataDir: dir });
    await must(backend, 'clusters.create', { name: 'Bleibt offen' });
    const notes = path.join(dir, 'notes.clusterpilot');
    fs.writeFileSync(notes, 'x'.repeat(5000));
    const other = path.join(dir, 'other.db');
    new Database(other).exec('create table t (x)');
    for (const [file, code] of [
      [notes, 'open.notSqlite'],
      [other, 'open.notOurs'],
      [path.join(dir, 'missing.clusterpilot'), 'open.missing'],
    ] as const) {
      const before = fs.existsSync(file) ? fs.readFileSync(file) : null;
      expect(await backend.call('workspace.open', { path: file })).toMatchObject({
        ok: false,
        error: { kind: 'conflict', code },
      });
      expect(fs.existsSync(file) ? fs.readFileSync(file) : null).toEqual(before);
    }
    expect(await must(backend, 'clusters.list', {})).toEqual([
      expect.objectContaining({ name: 'Bleibt offen' }),
    ]);
    backend.close();
  });

  it('saves a consistent copy through the backup API and refuses to overwrite', async () => {
    const dir = newDir();
    const backend = await createBackend({ workspacePath: path.join(dir, 'w.clusterpilot'), dataDir: dir });
    await must(backend, 'clusters.create', { name: 'Kopiert' });
    const { path: copyPath } = await must<{ path: string }>(backend, 'workspace.saveCopy', {
      path: path.join(dir, 'copy'),
    });
    expect(copyPath).toBe(path.join(dir, 'copy.clusterpilot'));
    const copy = new Database(copyPath, { readonly: true });
    expect(copy.prepare('select name from cluster').pluck().all()).toEqual(['Kopiert']);
    copy.close();
    expect(await backend.call('workspace.saveCopy', { path: copyPath })).toMatchObject({
      ok: false,
      error: { code: 'exists' },
    });
    backend.close();
  });

  it('opens the fallback workspace when the requested one is unreadable, and reports why', async () => {
    const dir = newDir();
    const broken = path.join(dir, 'broken.clusterpilot');
    fs.writeFileSync(broken, 'not a database');
    const backend = await createBackend({
      workspacePath: broken,
      fallbackWorkspacePath: path.join(dir, 'default.clusterpilot'),
      dataDir: dir,
    });
    expect(await must(backend, 'workspace.info', {})).toMatchObject({
      fileName: 'default.clusterpilot',
      openError: { path: broken, reason: 'notSqlite' },
    });
    backend.close();
  });

  it('always starts: a damaged default workspace opens an empty read-only placeholder and offers its backup', async () => {
    const dir = newDir();
    const file = path.join(dir, 'workspace.clusterpilot');
    const first = await createBackend({ workspacePath: file, dataDir: dir });
    await must(first, 'clusters.create', { name: 'Gesichert' });
    const backup = await must<{ file: string }>(first, 'backups.create', {});
    first.close();
    // Damage the middle of the file (the default workspace, which is also the fallback).
    const bytes = fs.readFileSync(file);
    bytes.fill(0x5a, 4096 + 16, bytes.length - 1024);
    fs.writeFileSync(file, bytes);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(file + suffix, { force: true });

    const backend = await createBackend({ workspacePath: file, fallbackWorkspacePath: file, dataDir: dir });
    expect(await must(backend, 'workspace.info', {})).toMatchObject({
      path: '',
      fileName: '',
      readOnly: true,
      readOnlyReason: 'noWorkspace',
      openError: { path: file, reason: 'damaged' },
    });
    expect(await must(backend, 'clusters.list', {})).toEqual([]);
    expect(await must(backend, 'workspace.outline', {})).toEqual({ clusters: [] });
    expect(await backend.call('clusters.create', { name: 'Nein' })).toEqual({
      ok: false,
      error: { kind: 'forbidden', reason: 'readOnly' },
    });
    expect(await backend.call('backups.create', {})).toMatchObject({
      ok: false,
      error: { kind: 'forbidden' },
    });
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
    // The recovery offer: the latest backup of the damaged file, restored into its place.
    const backups = await must<{ file: string }[]>(backend, 'backups.list', { path: file });
    expect(backups.map((b) => b.file)).toContain(backup.file);
    await must(backend, 'backups.restore', { file: backup.file, path: file });
    expect(await must(backend, 'workspace.info', {})).toMatchObject({
      path: file,
      readOnly: false,
      openError: null,
    });
    expect((await must<{ name: string }[]>(backend, 'clusters.list', {})).map((c) => c.name)).toEqual([
      'Gesichert',
    ]);
    backend.close();
  });

  it('always starts, also when the fallback cannot be opened either, or a folder cannot be created', async () => {
    const dir = newDir();
    const broken = path.join(dir, 'broken.clusterpilot');
    fs.writeFileSync(broken, 'not a database at all');
    const blocked = path.join(dir, 'a-file');
    fs.writeFileSync(blocked, '');
    for (const [workspacePath, fallbackWorkspacePath, reason] of [
      [broken, broken, 'notSqlite'],
      [broken, path.join(blocked, 'default.clusterpilot'), 'notSqlite'],
      [path.join(blocked, 'w.clusterpilot'), path.join(blocked, 'x.clusterpilot'), 'io'],
    ] as const) {
      const backend = await createBackend({
        workspacePath,
        fallbackWorkspacePath,
        dataDir: dir,
        log: () => undefined,
      });
      expect(await must(backend, 'workspace.info', {})).toMatchObject({
        readOnlyReason: 'noWorkspace',
        openError: { path: workspacePath, reason },
      });
      backend.close();
    }
    expect(fs.readFileSync(broken, 'utf8')).toBe('not a database at all');
  });

  it('says where the file is when the host cannot show it', async () => {
    const dir = newDir();
    const shown: string[] = [];
    const web = await createBackend({ workspacePath: path.join(dir, 'w.clusterpilot'), dataDir: dir });
    expect(await must(web, 'workspace.reveal', {})).toEqual({ revealed: false });
    expect(await must(web, 'workspace.choosePath', { purpose: 'open' })).toEqual({
      supported: false,
      path: null,
    });
    web.close();
    const desktop = await createBackend({
      workspacePath: path.join(dir, 'w.clusterpilot'),
      dataDir: dir,
      host: { reveal: (f) => shown.push(f), choosePath: async () => '/chosen.clusterpilot' },
    });
    expect(await must(desktop, 'workspace.reveal', {})).toEqual({ revealed: true });
    expect(shown).toEqual([path.join(dir, 'w.clusterpilot')]);
    expect(await must(desktop, 'workspace.choosePath', { purpose: 'saveCopy' })).toEqual({
      supported: true,
      path: '/chosen.clusterpilot',
    });
    desktop.close();
  });
});
