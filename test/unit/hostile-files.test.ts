// Hostile and unlucky files, opened the way a user opens them (workspace.open): each is refused
// with a typed reason that the UI words in both languages, or opened safely and said so; and the
// file is byte for byte what it was, except where SQLite's own recovery must write (a left-over
// WAL of committed work, whose rows are kept). The open workspace stays open when one is refused.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Backend, createBackend } from '../../db/backend/backend.ts';
import { de } from '../../shared/i18n/de.ts';
import { en } from '../../shared/i18n/en.ts';
import { must } from '../support/fixtures.ts';
import { makeReadOnly } from '../support/read-only.ts';
import { tempDirs } from '../support/temp.ts';

const newDir = tempDirs();
let dir: string;
let backend: Backend;
let good: string;

const hash = (file: string) =>
  fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : null;
/** The file and its side files, as bytes' hashes. */
const state = (file: string) => [
  hash(file),
  hash(`${file}-wal`),
  hash(`${file}-shm`),
  hash(`${file}-journal`),
];

beforeAll(async () => {
  dir = newDir();
  backend = await createBackend({ workspacePath: path.join(dir, 'open.clusterpilot'), dataDir: dir });
  await must(backend, 'clusters.create', { name: 'Bleibt offen' });
  // A complete workspace to damage in each case, with some data in it.
  good = path.join(dir, 'good.clusterpilot');
  const source = await createBackend({ workspacePath: good, dataDir: dir, demoForNewWorkspace: 'de' });
  source.close();
});
afterAll(() => backend?.close());

function copyOf(name: string): string {
  const file = path.join(dir, name);
  fs.copyFileSync(good, file);
  return file;
}

const refused: [string, () => string, string][] = [
  [
    'a truncated workspace (the first half of it)',
    () => {
      const file = copyOf('truncated.clusterpilot');
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
      return file;
    },
    'damaged',
  ],
  [
    'random bytes under a workspace name',
    () => {
      const file = path.join(dir, 'random.clusterpilot');
      let seed = 20261201;
      const bytes = Buffer.alloc(65_536, 0).map(() => {
        seed = (seed * 1103515245 + 12345) & 0x7fffffff;
        return seed & 0xff;
      });
      fs.writeFileSync(file, bytes);
      return file;
    },
    'notSqlite',
  ],
  [
    'a SQLite file of another application',
    () => {
      const file = path.join(dir, 'other.sqlite');
      const db = new Database(file);
      db.exec("create table contacts (name text); insert into contacts values ('Anna')");
      db.close();
      return file;
    },
    'notOurs',
  ],
  [
    'a workspace from a newer schema version',
    () => {
      const file = copyOf('newer.clusterpilot');
      const db = new Database(file);
      db.pragma(`user_version = ${(db.pragma('user_version', { simple: true }) as number) + 1}`);
      db.pragma('journal_mode = delete');
      db.close();
      return file;
    },
    'tooNew',
  ],
  [
    'a workspace whose schema was altered outside the app (a trigger dropped)',
    () => {
      const file = copyOf('altered.clusterpilot');
      const db = new Database(file);
      const trigger = db
        .prepare("select name from sqlite_schema where type = 'trigger' order by name limit 1")
        .pluck()
        .get() as string;
      db.exec(`drop trigger "${trigger}"`);
      db.pragma('journal_mode = delete');
      db.close();
      return file;
    },
    'altered',
  ],
  [
    'a damaged page inside the file',
    () => {
      const file = copyOf('damaged.clusterpilot');
      const bytes = fs.readFileSync(file);
      // Overwrite a page in the middle (not the header) with garbage.
      const page = 4096;
      const at = Math.floor(bytes.length / page / 2) * page;
      bytes.fill(0xa5, at, at + page);
      fs.writeFileSync(file, bytes);
      return file;
    },
    'damaged',
  ],
];

describe('hostile files, opened as a user opens them', () => {
  it.each(refused)(
    'refuses %s with a worded reason and leaves it byte for byte',
    async (_what, make, reason) => {
      const file = make();
      const before = state(file);
      const answer = await backend.call('workspace.open', { path: file });
      expect(answer).toMatchObject({ ok: false, error: { kind: 'conflict', code: `open.${reason}` } });
      // The UI words the reason in both languages.
      expect(en).toHaveProperty(`workspace.error.${reason}`);
      expect(de).toHaveProperty(`workspace.error.${reason}`);
      expect(state(file)).toEqual(before);
      // The workspace that was open stays open and answers.
      expect(await must<{ name: string }[]>(backend, 'clusters.list', {})).toEqual([
        expect.objectContaining({ name: 'Bleibt offen' }),
      ]);
    },
  );

  it('opens a workspace on read-only media read-only, says so, and leaves it byte for byte', async () => {
    const media = path.join(dir, 'stick');
    fs.mkdirSync(media);
    const file = path.join(media, 'readonly.clusterpilot');
    fs.copyFileSync(good, file);
    const before = state(file);
    const release = makeReadOnly(media);
    try {
      const info = await must<{ path: string; readOnly: boolean; readOnlyReason: string | null }>(
        backend,
        'workspace.open',
        { path: file },
      );
      expect(info).toMatchObject({ path: file, readOnly: true });
      expect(info.readOnlyReason).not.toBeNull();
      expect(await backend.call('clusters.create', { name: 'Neu' })).toMatchObject({ ok: false });
      await must(backend, 'workspace.open', { path: path.join(dir, 'open.clusterpilot') });
    } finally {
      release();
    }
    expect(state(file)).toEqual(before);
  });

  it('opens a workspace with a left-over WAL of committed work, keeps those rows, and is whole', async () => {
    // A writer that committed and died before a checkpoint leaves its work in the -wal file.
    const file = copyOf('wal.clusterpilot');
    const writer = new Database(file);
    writer.pragma('journal_mode = wal');
    writer.pragma('wal_autocheckpoint = 0');
    writer.exec("update cluster set name = 'Aus dem WAL' where id = (select min(id) from cluster)");
    const walCopy = fs.readFileSync(`${file}-wal`);
    const mainCopy = fs.readFileSync(file);
    writer.close(); // closing checkpoints; put back what a killed process would have left
    fs.writeFileSync(file, mainCopy);
    fs.writeFileSync(`${file}-wal`, walCopy);
    await must(backend, 'workspace.open', { path: file });
    const names = await must<{ name: string }[]>(backend, 'clusters.list', {});
    expect(names.map((c) => c.name)).toContain('Aus dem WAL');
    await must(backend, 'workspace.open', { path: path.join(dir, 'open.clusterpilot') });
    const db = new Database(file, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
