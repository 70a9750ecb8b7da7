// The grid's paged read (`measurements.page`): windows in the order of the whole list, from
// either end, the indicator filter, the total, and bad input refused with a typed error.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeasurementPage, MeasurementRow } from '../../shared/contract/monitoring.ts';
import { must } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';
import { measurementCountSql, measurementPageSql } from './measurements.ts';

const newDir = tempDirs();
let backend: Backend;
let clusterId: number;
const db = () => backend.workspace.db;
const idOf = (sql: string, ...args: unknown[]) =>
  db()
    .prepare(sql)
    .pluck()
    .get(...args) as number;
const page = (input: Record<string, unknown>) =>
  must<MeasurementPage>(backend, 'measurements.page', { clusterId, ...input });
const all = () => must<MeasurementRow[]>(backend, 'measurements.ofCluster', { clusterId });

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'p.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
    demoForNewWorkspace: 'de',
    now: () => new Date('2026-11-21T10:00:00Z'),
  });
  clusterId = idOf('select id from cluster');
  // Ten years of monthly values for every stored indicator: a list long enough to page through.
  const indicators = db()
    .prepare('select id from indicator where cluster_id = ? and derived is null')
    .pluck()
    .all(clusterId) as number[];
  const insert = db().prepare(
    `insert or ignore into measurement (indicator_id, date, value, note, entered_by, entered_at)
     values (?, ?, ?, '', 'Test', '2026-01-01T00:00:00.000Z')`,
  );
  db().transaction(() => {
    for (const id of indicators)
      for (let m = 0; m < 120; m++)
        insert.run(id, new Date(Date.UTC(2015, m + 1, 0)).toISOString().slice(0, 10), id * 1000 + m);
  })();
});
afterEach(() => backend.close());

describe('measurements.page', () => {
  it('gives windows of the whole list in its order, from the front and from the back, with the total', async () => {
    const list = await all();
    expect(list.length).toBeGreaterThan(1000);
    const paged: MeasurementRow[] = [];
    for (let offset = 0; offset < list.length; offset += 200) {
      const { total, rows } = await page({ offset, limit: 200 });
      expect(total).toBe(list.length);
      expect(rows).toHaveLength(Math.min(200, list.length - offset));
      paged.push(...rows);
    }
    expect(paged).toEqual(list);
    // Odd windows around the middle and at the very end (read from the other end).
    const middle = Math.floor(list.length / 2) - 3;
    expect((await page({ offset: middle, limit: 7 })).rows).toEqual(list.slice(middle, middle + 7));
    expect((await page({ offset: list.length - 5, limit: 200 })).rows).toEqual(list.slice(-5));
  });

  it('counts again after every change: a save, its undo, a write behind the backend', async () => {
    const stored = idOf("select id from indicator where name = 'Medienberichte'");
    const total = async () => (await page({ offset: 0, limit: 1 })).total;
    const before = await total();
    await must(backend, 'measurements.save', {
      clusterId,
      changes: [{ indicatorId: stored, date: '2031-12-31', value: 1 }],
    });
    expect(await total()).toBe(before + 1);
    await must(backend, 'history.undo', {});
    expect(await total()).toBe(before);
    db().prepare('delete from measurement where indicator_id = ? and date < ?').run(stored, '2016-01-01');
    expect(await total()).toBe(before - 12);
  });

  it('reverses the order on request', async () => {
    const list = (await all()).reverse();
    expect((await page({ order: 'desc', offset: 0, limit: 50 })).rows).toEqual(list.slice(0, 50));
    expect((await page({ order: 'desc', offset: list.length - 30, limit: 50 })).rows).toEqual(
      list.slice(-30),
    );
  });

  it('answers an empty window past the end, with the total', async () => {
    const total = (await all()).length;
    expect(await page({ offset: total, limit: 200 })).toEqual({ total, rows: [] });
    expect(await page({ offset: total + 500, limit: 200 })).toEqual({ total, rows: [] });
  });

  it('filters by indicator, stored or derived', async () => {
    const stored = idOf("select id from indicator where name = 'Medienberichte'");
    const history = await must<MeasurementRow[]>(backend, 'measurements.ofCluster', {
      clusterId,
      indicatorId: stored,
    });
    const first = await page({ indicatorId: stored, offset: 10, limit: 20 });
    expect(first.total).toBe(history.length);
    expect(first.rows).toEqual(history.slice(10, 30));
    expect(new Set(first.rows.map((r) => r.indicatorId))).toEqual(new Set([stored]));

    const derived = idOf('select id from indicator where derived is not null and cluster_id = ?', clusterId);
    const series = await must<MeasurementRow[]>(backend, 'measurements.ofCluster', {
      clusterId,
      indicatorId: derived,
    });
    expect(series.length).toBeGreaterThan(0);
    expect(await page({ indicatorId: derived, offset: 0, limit: 1000 })).toEqual({
      total: series.length,
      rows: series,
    });
  });

  it('refuses bad windows, unknown clusters and indicators of other clusters with typed errors', async () => {
    for (const bad of [
      { offset: -1, limit: 200 },
      { offset: 0, limit: 0 },
      { offset: 0, limit: 1001 },
      { offset: 1.5, limit: 200 },
      { offset: 0, limit: 200, order: 'sideways' },
      { offset: 0, limit: 200, sort: 'value' },
    ]) {
      const result = await backend.call('measurements.page', { clusterId, ...bad });
      expect(result).toMatchObject({ ok: false, error: { kind: 'validation' } });
    }
    expect(await backend.call('measurements.page', { clusterId: 999, offset: 0, limit: 10 })).toMatchObject({
      ok: false,
      error: { kind: 'notFound', entity: 'cluster', id: 999 },
    });
    const stamp = '2026-01-01T00:00:00.000Z';
    const other = Number(
      db()
        .prepare('insert into cluster (name, created_at, updated_at) values (?, ?, ?)')
        .run('Anderer Cluster', stamp, stamp).lastInsertRowid,
    );
    const foreign = Number(
      db()
        .prepare(
          `insert into indicator (cluster_id, name, kind, direction, aggregation, frequency, created_at, updated_at)
           values (?, 'Fremd', 'output', 'increase', 'periodic', 'monthly', ?, ?)`,
        )
        .run(other, stamp, stamp).lastInsertRowid,
    );
    expect(
      await backend.call('measurements.page', { clusterId, indicatorId: foreign, offset: 0, limit: 10 }),
    ).toMatchObject({ ok: false, error: { kind: 'notFound', entity: 'indicator', id: foreign } });
  });

  it('reads a page as a range of the (indicator, date) index and counts on indexes, sorting nothing', () => {
    const plan = (sql: string, ...args: unknown[]) =>
      (
        db()
          .prepare(`explain query plan ${sql}`)
          .all(...args) as { detail: string }[]
      ).map((r) => r.detail);
    for (const scope of ['cluster', 'indicator'] as const) {
      for (const direction of ['asc', 'desc'] as const) {
        const steps = plan(measurementPageSql(scope, direction), 1, 200, 0);
        expect(steps.some((s) => s.includes('sqlite_autoindex_measurement_1'))).toBe(true);
        expect(steps.join('\n')).not.toMatch(/TEMP B-TREE|SCAN m\b/);
      }
      expect(plan(measurementCountSql(scope), 1).join('\n')).toMatch(
        /COVERING INDEX sqlite_autoindex_measurement_1/,
      );
    }
  });
});
