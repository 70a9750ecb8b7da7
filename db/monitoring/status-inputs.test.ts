// The status engine's inputs, read from a real workspace file.
import path from 'node:path';
import { expect, it } from 'vitest';
import { tempDirs } from '../../test/support/temp.ts';
import { writeDemo } from '../demo/demo.ts';
import { openWorkspace } from '../sqlite/connection.ts';
import { loadStatusInputs } from './status-inputs.ts';

const newDir = tempDirs();

it('reads every indicator with its targets and measurements in date order, for the workspace or one cluster', async () => {
  const { db } = await openWorkspace(path.join(newDir(), 'inputs.clusterpilot'));
  writeDemo(db, 'en', new Date('2026-11-21T10:00:00Z'));
  const clusterId = db.prepare('select id from cluster').pluck().get() as number;
  const count = (table: string) => db.prepare(`select count(*) from "${table}"`).pluck().get() as number;

  const all = loadStatusInputs(db);
  expect(all).toHaveLength(count('indicator'));
  expect(all.reduce((n, input) => n + input.measurements.length, 0)).toBe(count('measurement'));
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

  expect(loadStatusInputs(db, clusterId)).toEqual(all);
  expect(loadStatusInputs(db, clusterId + 1)).toEqual([]);
  db.close();
});
