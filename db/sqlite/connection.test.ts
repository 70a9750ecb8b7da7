import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { makeReadOnly } from '../../test/support/read-only.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { writeDemo } from '../demo/demo.ts';
import { latestSchemaVersion } from '../migrations/migrate.ts';
import { APPLICATION_ID, openWorkspace, WorkspaceOpenError } from './connection.ts';

const newDir = tempDirs();

async function reason(fn: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await fn();
  } catch (error) {
    return error instanceof WorkspaceOpenError ? error.reason : `unexpected: ${String(error)}`;
  }
  return undefined;
}

describe('openWorkspace', () => {
  it('creates a new file marked as ours, migrated, with the required pragmas', async () => {
    const file = path.join(newDir(), 'sub', 'new.clusterpilot');
    const { db, schemaVersion, readOnly } = await openWorkspace(file);
    expect(readOnly).toBe(false);
    expect(schemaVersion).toBe(latestSchemaVersion);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    db.close();
  });

  it('opens its own file again without migrating it twice', async () => {
    const file = path.join(newDir(), 'again.clusterpilot');
    const first = await openWorkspace(file);
    first.db
      .prepare(
        "insert into cluster (name, created_at, updated_at) values ('A', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
      )
      .run();
    first.db.close();
    const second = await openWorkspace(file);
    expect(second.db.prepare('select name from cluster').all()).toEqual([{ name: 'A' }]);
    second.db.close();
  });

  it('refuses a file that is not SQLite and leaves it untouched', async () => {
    const file = path.join(newDir(), 'notes.clusterpilot');
    fs.writeFileSync(file, 'These are meeting notes, not a database.\n'.repeat(200));
    const before = fs.readFileSync(file);
    expect(await reason(() => openWorkspace(file))).toBe('notSqlite');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a SQLite database of another application and leaves it untouched', async () => {
    const file = path.join(newDir(), 'other.db');
    const other = new Database(file);
    other.exec('create table invoices (id integer primary key, total integer)');
    other.close();
    const before = fs.readFileSync(file);
    expect(await reason(() => openWorkspace(file))).toBe('notOurs');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('refuses a workspace from a newer app version and leaves it untouched', async () => {
    const file = path.join(newDir(), 'newer.clusterpilot');
    (await openWorkspace(file)).db.close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    const before = fs.readFileSync(file);
    expect(await reason(() => openWorkspace(file))).toBe('tooNew');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('opens a file it may not write as read-only', async () => {
    const file = path.join(newDir(), 'readonly.clusterpilot');
    (await openWorkspace(file)).db.close();
    const opened = await openWorkspace(file, { canWrite: () => false });
    expect(opened.readOnly).toBe(true);
    expect(() =>
      opened.db
        .prepare(
          "insert into cluster (name, created_at, updated_at) values ('X', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
        )
        .run(),
    ).toThrow(/readonly/i);
    opened.db.close();
  });
});

describe('a damaged workspace', () => {
  it('is refused as damaged by quick_check, and left untouched', async () => {
    const file = path.join(newDir(), 'damaged.clusterpilot');
    const { db } = await openWorkspace(file);
    db.exec(
      "insert into cluster (name, created_at, updated_at) values ('A', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    );
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const clusterRoot = db
      .prepare("select rootpage from sqlite_schema where name = 'cluster'")
      .pluck()
      .get() as number;
    db.close();
    // Scribble over the b-tree page that holds the cluster table.
    const bytes = fs.readFileSync(file);
    bytes.fill(0xa5, (clusterRoot - 1) * pageSize, (clusterRoot - 1) * pageSize + 64);
    fs.writeFileSync(file, bytes);
    const before = fs.readFileSync(file);
    expect(await reason(() => openWorkspace(file))).toBe('damaged');
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});

describe('damage anywhere in the file', () => {
  it('is reported as a reason the user can read, never as a raw SQLite error, and the file is left as it was', async () => {
    const dir = newDir();
    const source = path.join(dir, 'source.clusterpilot');
    const { db } = await openWorkspace(source);
    writeDemo(db, 'de', new Date('2026-11-21T10:00:00Z'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.close();
    const pristine = fs.readFileSync(source);
    const reasons = new Map<string, number>();
    // Scribble over the start of every page but the header (page 1's first 100 bytes).
    for (let page = 1; page <= pages; page++) {
      const file = path.join(dir, `page-${page}.clusterpilot`);
      const bytes = Buffer.from(pristine);
      const start = (page - 1) * pageSize + (page === 1 ? 100 : 0);
      bytes.fill(0xa5, start, start + 48);
      fs.writeFileSync(file, bytes);
      let outcome: string;
      try {
        const opened = await openWorkspace(file);
        opened.close();
        outcome = 'opened';
      } catch (error) {
        outcome = error instanceof WorkspaceOpenError ? error.reason : `raw: ${String(error)}`;
      }
      reasons.set(outcome, (reasons.get(outcome) ?? 0) + 1);
      if (outcome !== 'opened') expect(fs.readFileSync(file).equals(bytes), `page ${page}`).toBe(true);
    }
    // Only typed reasons; damage that quick_check cannot see (free space) may open.
    expect([...reasons.keys()].filter((r) => !['damaged', 'opened'].includes(r))).toEqual([]);
    expect(reasons.get('damaged')).toBeGreaterThan(pages / 2);
  });
});

describe('a workspace on read-only media', () => {
  it('opens read-only from a snapshot, says so, and leaves the media untouched', async () => {
    const dir = newDir();
    const media = path.join(dir, 'stick');
    fs.mkdirSync(media);
    const file = path.join(media, 'usb.clusterpilot');
    const { db } = await openWorkspace(file);
    db.exec(
      "insert into cluster (name, created_at, updated_at) values ('Vom Stick', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
    );
    db.close();
    expect(db.open).toBe(false);
    const before = fs.readFileSync(file);
    const release = makeReadOnly(media);
    try {
      const opened = await openWorkspace(file);
      expect(opened).toMatchObject({ readOnly: true, readOnlyReason: 'media', path: file });
      expect(opened.db.prepare('select name from cluster').pluck().all()).toEqual(['Vom Stick']);
      opened.close();
      expect(fs.readdirSync(media)).toEqual(['usb.clusterpilot']);
    } finally {
      release();
    }
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });
});
