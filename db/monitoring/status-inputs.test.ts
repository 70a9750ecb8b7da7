// The status engine's inputs, read from a real workspace file.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { actualSeries, indicatorStatus, TREND_WINDOW, trend } from '../../shared/status/status.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { writeDemo } from '../demo/demo.ts';
import { openWorkspace } from '../sqlite/connection.ts';
import { loadRecentInputs, loadStatusInputs } from './status-inputs.ts';

const newDir = tempDirs();

it('reads every indicator with its targets and measurements in date order, for the workspace or one cluster', async () => {
  const { db } = await openWorkspace(path.join(newDir(), 'inputs.clusterpilot'));
  writeDemo(db, 'en', new Date('2026-11-21T10:00:00Z'));
  const clusterId = db.prepare('select id from cluster').pluck().get() as number;
  const count = (table: string) => db.prepare(`select count(*) from "${table}"`).pluck().get() as number;

  const all = loadStatusInputs(db, '2026-11-21');
  expect(all).toHaveLength(count('indicator'));
  const typed = all.filter((input) => input.derived === null);
  expect(typed.reduce((n, input) => n + input.measurements.length, 0)).toBe(count('measurement'));
  // Derived indicators have computed values, one per ended period since the baseline.
  const events = all.find((input) => input.derived === 'events')!;
  expect(events.measurements.length).toBeGreaterThan(8);
  expect(events.measurements.every((m) => m.date.endsWith('-31') || m.date.endsWith('-30'))).toBe(true);
  expect(all.reduce((n, input) => n + input.indicator.targets.length, 0)).toBe(count('target'));
  for (const input of all) {
    const dates = input.measurements.map((m) => m.date);
    expect(dates).toEqual([...dates].sort());
    expect(input.indicator.targets.map((t) => t.date)).toEqual(
      input.indicator.targets.map((t) => t.date).sort(),
    );
  }
  const network = all.find((input) => input.name === 'International partnerships')!;
  expect(network.measurements).toEqual(
    db.prepare('select date, value from measurement where indicator_id = ? order by date').all(network.id),
  );

  expect(loadStatusInputs(db, '2026-11-21', clusterId)).toEqual(all);
  expect(loadStatusInputs(db, '2026-11-21', clusterId + 1)).toEqual([]);
  db.close();
});

describe('recent inputs', () => {
  it('give the same statuses, actual values, trends and latest series as the full series, at any date', async () => {
    const { db } = await openWorkspace(path.join(newDir(), 'recent.clusterpilot'));
    writeDemo(db, 'en', new Date('2026-11-21T10:00:00Z'));
    const dates = ['2024-02-15', '2024-12-31', '2025-06-30', '2025-11-03', '2026-03-31', '2026-11-21'];
    let cumulative = 0;
    for (const asOf of dates) {
      const full = new Map(loadStatusInputs(db, asOf).map((i) => [i.id, i]));
      for (const recent of loadRecentInputs(db, asOf, TREND_WINDOW + 1)) {
        const whole = full.get(recent.id)!;
        if (recent.indicator.aggregation === 'cumulative') cumulative++;
        if (recent.derived === null) expect(recent.measurements.length).toBeLessThanOrEqual(TREND_WINDOW + 2);
        expect(indicatorStatus(recent.indicator, recent.measurements, asOf)).toEqual(
          indicatorStatus(whole.indicator, whole.measurements, asOf),
        );
        expect(trend(recent.indicator, recent.measurements, asOf, '2028-12-31')).toEqual(
          trend(whole.indicator, whole.measurements, asOf, '2028-12-31'),
        );
        expect(actualSeries(recent.indicator, recent.measurements, asOf).slice(-TREND_WINDOW)).toEqual(
          actualSeries(whole.indicator, whole.measurements, asOf).slice(-TREND_WINDOW),
        );
      }
    }
    expect(cumulative).toBeGreaterThan(0);
    db.close();
  });
});

describe('kept indicators and targets', () => {
  it('are read again after a change on the same connection or a commit on another', async () => {
    const file = path.join(newDir(), 'kept.clusterpilot');
    const { db } = await openWorkspace(file);
    writeDemo(db, 'en', new Date('2026-11-21T10:00:00Z'));
    const asOf = '2026-11-21';
    const target = db.prepare('select id, indicator_id, value from target order by id limit 1').get() as {
      id: number;
      indicator_id: number;
      value: number;
    };
    const targetsOf = () =>
      loadRecentInputs(db, asOf, TREND_WINDOW + 1).find((i) => i.id === target.indicator_id)!.indicator
        .targets;
    expect(targetsOf().map((t) => t.value)).toContain(target.value);
    // Read twice without a change: the same (kept) answer.
    expect(loadRecentInputs(db, asOf, 3)[0]!.indicator.targets).toBe(
      loadRecentInputs(db, asOf, 3)[0]!.indicator.targets,
    );

    db.prepare('update target set value = ? where id = ?').run(target.value + 1000, target.id);
    expect(targetsOf().map((t) => t.value)).toContain(target.value + 1000);

    const other = new Database(file);
    other.prepare('update target set value = ? where id = ?').run(target.value + 2000, target.id);
    other.close();
    expect(targetsOf().map((t) => t.value)).toContain(target.value + 2000);

    db.prepare("update indicator set name = 'Renamed' where id = ?").run(target.indicator_id);
    expect(loadRecentInputs(db, asOf, 3).find((i) => i.id === target.indicator_id)!.name).toBe('Renamed');
    db.close();
  });
});
