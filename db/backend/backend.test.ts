import path from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackendEvent } from '../../shared/contract/events.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from './backend.ts';

const newDir = tempDirs();
const open: Backend[] = [];
afterEach(() => {
  for (const b of open.splice(0)) b.close();
});

async function backend(options: { now?: () => Date; dir?: string } = {}): Promise<Backend> {
  const dir = options.dir ?? newDir();
  const b = await createBackend({
    workspacePath: path.join(dir, 'test.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
    ...(options.now ? { now: options.now } : {}),
  });
  open.push(b);
  return b;
}

const clusterCount = (b: Backend) =>
  (b.workspace.db.prepare('select count(*) as n from cluster').get() as { n: number }).n;

describe('backend: clusters', () => {
  it('creates, lists, renames and deletes a cluster', async () => {
    let clock = Date.parse('2026-11-21T10:00:01Z');
    const b = await backend({ now: () => new Date(clock) });
    const created = await b.call('clusters.create', { name: '  Photonik Berlin  ' });
    expect(created).toEqual({
      ok: true,
      data: expect.objectContaining({
        id: 1,
        name: 'Photonik Berlin',
        createdAt: '2026-11-21T10:00:01.000Z',
        updatedAt: '2026-11-21T10:00:01.000Z',
      }),
    });
    await b.call('clusters.create', { name: 'Automotive Südwest' });
    const list = await b.call('clusters.list', {});
    expect(list.ok && (list.data as { name: string }[]).map((c) => c.name)).toEqual([
      'Automotive Südwest',
      'Photonik Berlin',
    ]);

    clock = Date.parse('2026-11-21T10:00:03Z');
    const renamed = await b.call('clusters.update', { id: 1, name: 'Photonik Berlin-Brandenburg' });
    expect(renamed).toMatchObject({
      ok: true,
      data: { name: 'Photonik Berlin-Brandenburg', updatedAt: '2026-11-21T10:00:03.000Z' },
    });

    expect(await b.call('clusters.delete', { id: 1 })).toEqual({ ok: true, data: { id: 1 } });
    expect(await b.call('clusters.get', { id: 1 })).toEqual({
      ok: false,
      error: { kind: 'notFound', entity: 'cluster', id: 1 },
    });
  });

  it('answers an invalid payload with a validation error naming the field, and writes nothing', async () => {
    const b = await backend();
    const result = await b.call('clusters.create', { name: 'x'.repeat(121) });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['name'], code: 'tooLong', params: { max: 120 } }] },
    });
    expect(clusterCount(b)).toBe(0);
  });

  it('refuses a second cluster with the same name (ignoring case) as a conflict on the name field', async () => {
    const b = await backend();
    await b.call('clusters.create', { name: 'Photonik' });
    expect(await b.call('clusters.create', { name: 'PHOTONIK' })).toEqual({
      ok: false,
      error: { kind: 'conflict', code: 'duplicate', path: ['name'], params: { value: 'PHOTONIK' } },
    });
    const other = await b.call('clusters.create', { name: 'Optik' });
    expect(
      await b.call('clusters.update', {
        id: other.ok ? (other.data as { id: number }).id : 0,
        name: 'photonik',
      }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'conflict' },
    });
    expect(clusterCount(b)).toBe(2);
  });

  it('answers unknown calls and missing items with typed errors', async () => {
    const b = await backend();
    expect(await b.call('clusters.drop', {})).toEqual({
      ok: false,
      error: { kind: 'notFound', entity: 'call', id: 'clusters.drop' },
    });
    expect(await b.call('clusters.update', { id: 99, name: 'X' })).toMatchObject({
      ok: false,
      error: { kind: 'notFound' },
    });
  });

  it('pushes change events only for committed writes', async () => {
    const b = await backend();
    const events: BackendEvent[] = [];
    b.onEvent((e) => events.push(e));
    await b.call('clusters.create', { name: 'A' });
    await b.call('clusters.create', { name: 'a' }); // conflict: rolled back, no event
    await b.call('clusters.create', { name: '' }); // invalid: no event
    expect(events).toMatchObject([
      {
        type: 'changed',
        kind: 'edit',
        label: 'clusters.create',
        entities: ['cluster'],
        changes: [{ entity: 'cluster', action: 'insert', label: 'A' }],
      },
    ]);
  });

  it('keeps the data in the file across reopening', async () => {
    const dir = newDir();
    const first = await backend({ dir });
    await first.call('clusters.create', { name: 'Persistent' });
    first.close();
    const second = await backend({ dir });
    const list = await second.call('clusters.list', {});
    expect(list.ok && list.data).toMatchObject([{ name: 'Persistent' }]);
  });

  it('creates a waiting default workspace with the demo in the stored language, else in the one the window asks for', async () => {
    const demoCluster = async (dir: string, asked: 'de' | 'en') => {
      const b = await createBackend({
        workspacePath: path.join(dir, 'default.clusterpilot'),
        dataDir: dir,
        demoForNewWorkspace: 'ui',
      });
      open.push(b);
      await b.call('workspace.start', { language: asked });
      const list = await b.call('clusters.list', {});
      return list.ok ? (list.data as { name: string }[])[0]?.name : null;
    };
    expect(await demoCluster(newDir(), 'de')).toBe('Photonik-Netzwerk Havelland');
    // The window asks beside preferences.get, with its system language; the stored choice wins.
    const dir = newDir();
    const first = await backend({ dir });
    await first.call('preferences.update', { language: 'en' });
    first.close();
    expect(await demoCluster(dir, 'de')).toBe('Havelland Photonics Network');
  });

  it('stores preferences and view state outside the workspace file', async () => {
    const dir = newDir();
    const b = await backend({ dir });
    expect(await b.call('preferences.get', {})).toEqual({
      ok: true,
      data: { language: null, theme: 'system', autoSave: false, enablePreview: true },
    });
    await b.call('preferences.update', { language: 'de' });
    expect(await b.call('viewState.get', {})).toEqual({ ok: true, data: null });
    const state = {
      editors: [{ kind: 'welcome' }],
      activeEditor: 0,
      sideView: 'explorer',
      sideBarWidth: 300,
      panel: 'problems',
      expanded: ['cluster:1'],
    };
    await b.call('viewState.save', state);
    b.close();
    const again = await backend({ dir });
    expect(await again.call('preferences.get', {})).toEqual({
      ok: true,
      data: { language: 'de', theme: 'system', autoSave: false, enablePreview: true },
    });
    expect(await again.call('viewState.get', {})).toEqual({ ok: true, data: state });
  });
});

describe('backend: hostile input', () => {
  const callNames = [
    'clusters.create',
    'clusters.rename',
    'clusters.delete',
    'clusters.get',
    'preferences.update',
    'viewState.save',
    'nope',
    '__proto__',
    'constructor',
  ];

  it('answers any payload with a result, never crashes, and never half-writes', async () => {
    const b = await backend();
    await b.call('clusters.create', { name: 'Keep me' });
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...callNames),
        fc.anything({ withObjectString: true, withNullPrototype: true }),
        async (name, input) => {
          const before = b.workspace.db.prepare('select id, name from cluster order by id').all();
          const result = await b.call(name, input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(['validation', 'notFound', 'conflict', 'forbidden']).toContain(result.error.kind);
            expect(b.workspace.db.prepare('select id, name from cluster order by id').all()).toEqual(before);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('treats names as data, not SQL', async () => {
    const b = await backend();
    const name = "x'); drop table cluster; --";
    expect(await b.call('clusters.create', { name })).toMatchObject({ ok: true, data: { name } });
    expect(clusterCount(b)).toBe(1);
  });
});

describe('backend: read-only workspace', () => {
  it('refuses writes with a typed error and keeps serving reads', async () => {
    const dir = newDir();
    const file = path.join(dir, 'ro.clusterpilot');
    const writer = await createBackend({ workspacePath: file, dataDir: dir });
    await writer.call('clusters.create', { name: 'A' });
    writer.close();
    const reader = await createBackend({ workspacePath: file, dataDir: dir, canWrite: () => false });
    open.push(reader);
    expect(await reader.call('clusters.create', { name: 'B' })).toEqual({
      ok: false,
      error: { kind: 'forbidden', reason: 'readOnly' },
    });
    expect(await reader.call('workspace.info', {})).toMatchObject({
      ok: true,
      data: { readOnly: true, fileName: 'ro.clusterpilot' },
    });
    expect(await reader.call('clusters.list', {})).toMatchObject({ ok: true, data: [{ name: 'A' }] });
  });
});
