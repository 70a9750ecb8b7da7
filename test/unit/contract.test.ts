// One contract, two transports: the same calls through the Electron IPC adapter (real preload
// and real IPC binding, over the in-process stand-in for Electron) and through the HTTP adapter
// (real loopback host), against a real backend on a temp file. Both must answer alike.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { BackendEvent } from '../../shared/contract/events.ts';
import { createFakeElectron } from '../support/fake-electron.ts';
import { tempDirs } from '../support/temp.ts';
import { type Harness, transports } from '../support/transports.ts';

const newDir = tempDirs();

it('the preload exposes one global with one function to call and one to listen, nothing else', async () => {
  const fake = createFakeElectron();
  vi.resetModules();
  vi.doMock('electron', () => fake.module);
  await import('../../electron/preload.ts');
  expect(Object.keys(fake.exposed)).toEqual(['clusterPilot']);
  expect(Object.keys(fake.exposed.clusterPilot as object).sort()).toEqual(['call', 'listen']);
});

describe.each(transports)('contract over %s', (name, makeHarness) => {
  let harness: Harness;
  beforeAll(async () => {
    const dir = newDir();
    harness = await makeHarness({
      workspacePath: path.join(dir, `${name.replace(/\W/g, '')}.clusterpilot`),
      dataDir: dir,
      validateOutputs: true,
    });
  });
  afterAll(() => harness.close());

  it('creates and lists clusters', async () => {
    const created = await harness.client.call('clusters.create', { name: 'Medizintechnik Nord' });
    expect(created).toMatchObject({ ok: true, data: { id: 1, name: 'Medizintechnik Nord' } });
    const list = await harness.client.call('clusters.list', {});
    expect(list).toMatchObject({ ok: true, data: [{ id: 1, name: 'Medizintechnik Nord' }] });
  });

  it('returns a validation error that names the field', async () => {
    expect(await harness.client.call('clusters.create', { name: '' })).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['name'], code: 'required', params: { min: 1 } }] },
    });
  });

  it('returns conflict and not-found errors as typed results', async () => {
    expect(await harness.client.call('clusters.create', { name: 'medizintechnik nord' })).toMatchObject({
      ok: false,
      error: { kind: 'conflict', path: ['name'] },
    });
    expect(await harness.client.call('clusters.delete', { id: 404 })).toEqual({
      ok: false,
      error: { kind: 'notFound', entity: 'cluster', id: 404 },
    });
  });

  it('pushes backend events to listeners', async () => {
    const events: BackendEvent[] = [];
    const received = new Promise<void>((resolve) => {
      const stop = harness.client.listen((event) => {
        events.push(event);
        if (event.type === 'changed' && event.label === 'clusters.update') {
          stop();
          resolve();
        }
      });
    });
    // The HTTP stream connects asynchronously: write until an event arrives rather than guessing a delay.
    let arrived = false;
    void received.then(() => {
      arrived = true;
    });
    for (let attempt = 1; !arrived && attempt <= 100; attempt++) {
      await harness.client.call('clusters.update', { id: 1, name: `MedTech Nord ${attempt}` });
      await Promise.race([received, new Promise((r) => setTimeout(r, 20))]);
    }
    expect(arrived).toBe(true);
    expect(events).toContainEqual(
      expect.objectContaining({
        type: 'changed',
        label: 'clusters.update',
        changes: [
          { entity: 'cluster', id: 1, action: 'update', label: expect.stringMatching(/^MedTech Nord \d+$/) },
        ],
      }),
    );
  });

  it('round-trips preferences and view state as JSON-safe data', async () => {
    await harness.client.call('preferences.update', { language: 'de', theme: 'dark' });
    expect(await harness.client.call('preferences.get', {})).toEqual({
      ok: true,
      data: { language: 'de', theme: 'dark', autoSave: false, enablePreview: true },
    });
    const state = {
      editors: [{ kind: 'cluster' as const, id: 1 }],
      activeEditor: 0,
      sideView: 'explorer' as const,
      sideBarWidth: 320,
      panel: null,
      expanded: ['cluster:1'],
    };
    expect(await harness.client.call('viewState.save', state)).toEqual({ ok: true, data: {} });
    expect(await harness.client.call('viewState.get', {})).toEqual({ ok: true, data: state });
  });
});
