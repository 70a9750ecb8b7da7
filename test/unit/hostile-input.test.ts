// Hostile and unlucky input through the contract, on both transports: paths with control
// characters, dates far outside the calendar the schema keeps, envelopes that are not what a
// client sends, calls above the size limit, and the mistakes that used to end as `internal`.
// Each case was once a defect (data lost, a frozen backend or a crashed host).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CALL_BYTES } from '../../shared/contract/envelope.ts';
import { tempDirs } from '../support/temp.ts';
import { type Harness, transports } from '../support/transports.ts';

const newDir = tempDirs();

describe.each(transports)('hostile input over %s', (_name, makeHarness) => {
  let harness: Harness;
  let dir: string;
  let workspace: string;
  beforeAll(async () => {
    dir = newDir();
    workspace = path.join(dir, 'w.clusterpilot');
    harness = await makeHarness({
      workspacePath: workspace,
      dataDir: dir,
      demoForNewWorkspace: 'en',
      validateOutputs: true,
    });
  });
  afterAll(() => harness.close());

  const clusterId = async () => {
    const list = await harness.client.call('clusters.list', {});
    if (!list.ok || !list.data[0]) throw new Error('no cluster');
    return list.data[0].id;
  };

  it('refuses a path with a NUL byte in every file call, and no file is deleted, overwritten or adopted', async () => {
    const notes = path.join(dir, 'notes.txt');
    fs.writeFileSync(notes, 'meeting notes');
    const other = path.join(dir, 'other.sqlite');
    const foreign = new Database(other);
    foreign.exec("create table t (x); insert into t values ('theirs')");
    foreign.close();
    const otherBytes = fs.readFileSync(other);
    const clusters = await harness.client.call('clusters.list', {});

    const invalidPath = {
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['path'], code: 'invalidFormat' }] },
    };
    expect(await harness.client.call('workspace.saveCopy', { path: `${notes}\u0000` })).toEqual(invalidPath);
    expect(await harness.client.call('workspace.saveCopy', { path: `${workspace}\u0000` })).toEqual(
      invalidPath,
    );
    expect(await harness.client.call('workspace.new', { path: `${other}\u0000`, demo: 'none' })).toEqual(
      invalidPath,
    );
    expect(await harness.client.call('workspace.open', { path: `${other}\u0000` })).toEqual(invalidPath);
    expect(await harness.client.call('backups.list', { path: `${workspace}\u0000` })).toEqual(invalidPath);
    expect(
      await harness.client.call('measurements.export', {
        clusterId: await clusterId(),
        format: 'csv',
        language: 'en',
        path: `${notes}\u0000`,
      }),
    ).toEqual(invalidPath);
    expect(
      await harness.client.call('backups.restore', { file: `${workspace}\u0000`, path: workspace }),
    ).toMatchObject({ ok: false, error: { kind: 'validation', issues: [{ path: ['file'] }] } });

    expect(fs.readFileSync(notes, 'utf8')).toBe('meeting notes');
    expect(fs.readFileSync(other).equals(otherBytes)).toBe(true);
    expect(await harness.client.call('workspace.info', {})).toMatchObject({
      ok: true,
      data: { path: workspace },
    });
    expect(await harness.client.call('clusters.list', {})).toEqual(clusters);
  });

  it('never makes a new workspace out of a file that is there already', async () => {
    const other = path.join(dir, 'taken.clusterpilot');
    const foreign = new Database(other);
    foreign.exec('create table t (x)');
    foreign.close();
    const bytes = fs.readFileSync(other);
    // "taken" would become "taken.clusterpilot": that file exists, so nothing is created or opened.
    expect(
      await harness.client.call('workspace.new', { path: path.join(dir, 'taken'), demo: 'none' }),
    ).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'exists', path: ['path'] } });
    expect(fs.readFileSync(other).equals(bytes)).toBe(true);
  });

  it('refuses dates outside 1900–2200 at once, and the last accepted date still answers quickly', async () => {
    const id = await clusterId();
    for (const asOf of ['9999-12-31', '5000-12-31', '1899-12-31']) {
      const started = performance.now();
      expect(await harness.client.call('monitoring.dashboard', { clusterId: id, asOf })).toEqual({
        ok: false,
        error: { kind: 'validation', issues: [{ path: ['asOf'], code: 'dateRange' }] },
      });
      expect(performance.now() - started).toBeLessThan(2000);
    }
    expect(
      await harness.client.call('monitoring.memberGroups', { clusterId: id, at: '10000-01-01' }),
    ).toMatchObject({ ok: false, error: { kind: 'validation' } });
    const started = performance.now();
    expect(
      await harness.client.call('monitoring.dashboard', { clusterId: id, asOf: '2200-12-31' }),
    ).toMatchObject({ ok: true });
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('answers an envelope whose name is not a string with a typed error, and keeps serving', async () => {
    // (A function cannot even leave the renderer: structured clone refuses it before IPC.)
    for (const name of [{ toString: 1 }, { toString: 'clusters.list' }, 42, null, ['clusters.list']]) {
      expect(await harness.rawCall(name, {})).toMatchObject({
        ok: false,
        error: { kind: 'validation', issues: [{ path: ['name'] }] },
      });
    }
    expect(await harness.rawCall('no.such.call', {})).toEqual({
      ok: false,
      error: { kind: 'notFound', entity: 'call', id: 'no.such.call' },
    });
    expect(await harness.client.call('clusters.list', {})).toMatchObject({ ok: true });
  });

  it('answers a search text with a NUL byte with a typed error; tabs and line breaks separate words', async () => {
    expect(await harness.client.call('search.query', { text: 'Photo\u0000nics' })).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['text'], code: 'invalidFormat' }] },
    });
    const found = await harness.client.call('search.query', { text: 'Havelland\tPhotonics\n' });
    expect(found.ok && found.data.length).toBeGreaterThan(0);
  });

  it('answers a save into a folder that does not exist with a typed error naming the path', async () => {
    const missing = path.join(dir, 'no-such-folder', 'copy.clusterpilot');
    expect(await harness.client.call('workspace.saveCopy', { path: missing })).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'folderMissing', path: ['path'], params: { value: missing } },
    });
    expect(
      await harness.client.call('measurements.export', {
        clusterId: await clusterId(),
        format: 'xlsx',
        language: 'de',
        path: path.join(dir, 'no-such-folder', 'werte.xlsx'),
      }),
    ).toMatchObject({ ok: false, error: { kind: 'conflict', code: 'folderMissing' } });
    expect(fs.existsSync(path.join(dir, 'no-such-folder'))).toBe(false);
  });

  it('refuses to open a file whose schema version was lowered, and leaves it byte for byte', async () => {
    const copy = path.join(dir, `lowered-${Date.now()}.clusterpilot`);
    expect(await harness.client.call('workspace.saveCopy', { path: copy })).toMatchObject({ ok: true });
    const db = new Database(copy);
    db.pragma('user_version = 1');
    db.close();
    const bytes = fs.readFileSync(copy);
    expect(await harness.client.call('workspace.open', { path: copy })).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'open.altered', path: ['path'], params: { value: copy } },
    });
    expect(fs.readFileSync(copy).equals(bytes)).toBe(true);
    expect(fs.existsSync(`${copy}-wal`)).toBe(false);
    expect(await harness.client.call('workspace.info', {})).toMatchObject({
      ok: true,
      data: { path: workspace },
    });
  });

  it('carries an import of 100,000 rows (about 4 MB), and refuses a call above the limit with one typed answer', async () => {
    const id = await clusterId();
    const lines = ['Indikator;Datum;Wert'];
    for (let i = 0; i < 100_000; i++) lines.push(`Unbekannt ${i % 1000};31.12.2025;${i},5`);
    const content = Buffer.from(lines.join('\n'), 'utf8').toString('base64');
    expect(content.length).toBeGreaterThan(4 * 1024 * 1024);
    const preview = await harness.client.call('measurements.importPreview', {
      clusterId: id,
      fileName: 'werte.csv',
      content,
    });
    expect(preview).toMatchObject({ ok: true, data: { rows: 100_000, valid: 0 } });

    const tooLarge = 'A'.repeat(MAX_CALL_BYTES + 16);
    expect(
      await harness.client.call('measurements.importPreview', {
        clusterId: id,
        fileName: 'huge.csv',
        content: tooLarge,
      }),
    ).toEqual({ ok: false, error: { kind: 'conflict', code: 'tooLarge', params: { max: 60 } } });
    expect(await harness.client.call('clusters.list', {})).toMatchObject({ ok: true });
  });
});
