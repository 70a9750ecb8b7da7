// The lists an entity editor saves with its fields, as the editor shows them: an indicator's
// targets (targets.save) and a break-point's rule (breakPoints.saveRule). Removed, changed and new
// rows in one transaction and one undo step with the changed fields; a refusal names the row and
// writes nothing.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityDto } from '../../shared/contract/entities.ts';
import { type Chain, must, seedChain } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

type Target = EntityDto<'target'>;
type Condition = EntityDto<'breakPointCondition'>;
type Saved = { indicator: EntityDto<'indicator'>; targets: Target[] };
type SavedRule = { breakPoint: EntityDto<'breakPoint'>; conditions: Condition[] };
const newDir = tempDirs();
let backend: Backend;
let chain: Chain;

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 't.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
  });
  chain = await seedChain(backend);
});
afterEach(() => backend.close());

const list = () => must<Target[]>(backend, 'targets.list', { indicatorId: chain.indicator.id });
const shape = (targets: Target[]) => targets.map(({ date, value }) => ({ date, value }));

describe('saving an indicator’s targets', () => {
  it('removes, changes and adds in one step that one undo takes back', async () => {
    const [a, b] = await Promise.all([
      must<Target>(backend, 'targets.create', {
        indicatorId: chain.indicator.id,
        date: '2027-12-31',
        value: 10,
      }),
      must<Target>(backend, 'targets.create', {
        indicatorId: chain.indicator.id,
        date: '2028-12-31',
        value: 20,
      }),
    ]);
    await must(backend, 'targets.update', { id: a.id, note: 'kept' });
    const before = await list();
    const { targets: saved } = await must<Saved>(backend, 'targets.save', {
      indicatorId: chain.indicator.id,
      targets: [
        { id: a.id, date: '2027-12-31', value: 12 },
        // b is left out: removed; its date is free for a new target in the same save.
        { id: null, date: '2028-12-31', value: 25 },
        { id: null, date: '2030-12-31', value: 40 },
      ],
    });
    expect(shape(saved)).toEqual([
      { date: '2027-12-31', value: 12 },
      { date: '2028-12-31', value: 25 },
      { date: '2030-12-31', value: 40 },
    ]);
    expect(saved.find((t) => t.id === a.id)?.note).toBe('kept');
    expect(saved.find((t) => t.id === b.id)?.value).not.toBe(20);
    expect(await must(backend, 'history.undo', {})).toMatchObject({ label: 'targets.save', kind: 'undo' });
    expect(await list()).toEqual(before);
  });

  it('saves the indicator’s changed fields in the same step: one undo takes both back, a refusal writes neither', async () => {
    const before = await must<EntityDto<'indicator'>>(backend, 'indicators.get', { id: chain.indicator.id });
    const { indicator } = await must<Saved>(backend, 'targets.save', {
      indicatorId: chain.indicator.id,
      indicator: { owner: 'Vorstand', baselineValue: 45 },
      targets: [{ id: null, date: '2027-12-31', value: 60 }],
    });
    expect(indicator).toMatchObject({ owner: 'Vorstand', baselineValue: 45 });
    await must(backend, 'history.undo', {});
    expect(await must(backend, 'indicators.get', { id: chain.indicator.id })).toEqual(before);
    expect(await list()).toEqual([]);
    // A band without its bounds is refused, naming the field under 'indicator'; the targets stay unsaved.
    const refused = await backend.call('targets.save', {
      indicatorId: chain.indicator.id,
      indicator: { direction: 'band' },
      targets: [{ id: null, date: '2027-12-31', value: 60 }],
    });
    expect(refused.ok).toBe(false);
    expect(JSON.stringify(refused)).toMatch(/"path":\["indicator"/);
    expect(await list()).toEqual([]);
  });

  it('shifts dates along the list and swaps them without a clash', async () => {
    const a = await must<Target>(backend, 'targets.create', {
      indicatorId: chain.indicator.id,
      date: '2027-12-31',
      value: 10,
    });
    const b = await must<Target>(backend, 'targets.create', {
      indicatorId: chain.indicator.id,
      date: '2028-12-31',
      value: 20,
    });
    const { targets: shifted } = await must<Saved>(backend, 'targets.save', {
      indicatorId: chain.indicator.id,
      targets: [
        { id: a.id, date: '2028-12-31', value: 10 },
        { id: b.id, date: '2029-12-31', value: 20 },
      ],
    });
    expect(shifted.map((t) => [t.id, t.date])).toEqual([
      [a.id, '2028-12-31'],
      [b.id, '2029-12-31'],
    ]);
    const { targets: swapped } = await must<Saved>(backend, 'targets.save', {
      indicatorId: chain.indicator.id,
      targets: [
        { id: a.id, date: '2029-12-31', value: 10 },
        { id: b.id, date: '2028-12-31', value: 20 },
      ],
    });
    expect(swapped.map((t) => [t.id, t.date, t.value])).toEqual([
      [b.id, '2028-12-31', 20],
      [a.id, '2029-12-31', 10],
    ]);
    await must(backend, 'history.undo', {});
    expect((await list()).map((t) => [t.id, t.date])).toEqual([
      [a.id, '2028-12-31'],
      [b.id, '2029-12-31'],
    ]);
  });

  it('refuses a date twice or a value that is no number, naming the row, and writes nothing', async () => {
    await must(backend, 'targets.create', { indicatorId: chain.indicator.id, date: '2027-12-31', value: 10 });
    const before = await list();
    const twice = await backend.call('targets.save', {
      indicatorId: chain.indicator.id,
      targets: [
        { id: before[0]!.id, date: '2027-12-31', value: 11 },
        { id: null, date: '2029-12-31', value: 1 },
        { id: null, date: '2029-12-31', value: 2 },
      ],
    });
    expect(twice).toEqual({
      ok: false,
      error: {
        kind: 'conflict',
        code: 'duplicate',
        path: ['targets', 2, 'date'],
        params: { value: '2029-12-31' },
      },
    });
    const notANumber = await backend.call('targets.save', {
      indicatorId: chain.indicator.id,
      targets: [{ id: null, date: '2029-12-31', value: Number.NaN }],
    });
    expect(notANumber.ok).toBe(false);
    expect(await list()).toEqual(before);
  });

  it('refuses another indicator’s target, naming the row', async () => {
    const other = await must<{ id: number }>(backend, 'indicators.create', {
      clusterId: chain.cluster.id,
      name: 'Anderer Indikator',
      kind: 'output',
      direction: 'increase',
      aggregation: 'periodic',
      frequency: 'monthly',
    });
    const foreign = await must<Target>(backend, 'targets.create', {
      indicatorId: other.id,
      date: '2027-12-31',
      value: 1,
    });
    expect(
      await backend.call('targets.save', {
        indicatorId: chain.indicator.id,
        targets: [{ id: foreign.id, date: '2027-12-31', value: 2 }],
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['targets', 0, 'id'], code: 'inconsistent' }] },
    });
    expect(shape(await must<Target[]>(backend, 'targets.list', { indicatorId: other.id }))).toEqual([
      { date: '2027-12-31', value: 1 },
    ]);
  });
});

const conditionList = () =>
  must<Condition[]>(backend, 'breakPointConditions.list', { breakPointId: chain.breakPoint.id });
const rule = (conditions: Condition[]) => {
  const group = conditions.find((c) => c.node !== 'compare');
  return {
    node: group?.node ?? null,
    compares: conditions
      .filter((c) => c.node === 'compare')
      .map((c) => ({ parent: c.parentId === group?.id, comparator: c.comparator, threshold: c.threshold })),
  };
};

describe('saving a break-point’s rule', () => {
  it('makes the group with the first comparison, then changes, reorders and removes in one undo step each', async () => {
    const { conditions: first } = await must<SavedRule>(backend, 'breakPoints.saveRule', {
      breakPointId: chain.breakPoint.id,
      node: 'all',
      conditions: [
        { id: null, indicatorId: chain.indicator.id, comparator: 'ge', threshold: 60 },
        { id: null, indicatorId: chain.indicator.id, comparator: 'lt', threshold: 200 },
      ],
    });
    expect(rule(first)).toEqual({
      node: 'all',
      compares: [
        { parent: true, comparator: 'ge', threshold: 60 },
        { parent: true, comparator: 'lt', threshold: 200 },
      ],
    });
    const [a, b] = first.filter((c) => c.node === 'compare');
    const before = await conditionList();
    const { conditions: second } = await must<SavedRule>(backend, 'breakPoints.saveRule', {
      breakPointId: chain.breakPoint.id,
      node: 'any',
      conditions: [
        { id: b!.id, indicatorId: chain.indicator.id, comparator: 'le', threshold: 250 },
        { id: null, indicatorId: chain.indicator.id, comparator: 'eq', threshold: 1 },
      ],
    });
    expect(rule(second)).toEqual({
      node: 'any',
      compares: [
        { parent: true, comparator: 'le', threshold: 250 },
        { parent: true, comparator: 'eq', threshold: 1 },
      ],
    });
    expect(second.some((c) => c.id === a!.id && c.comparator === 'ge')).toBe(false);
    expect(await must(backend, 'history.undo', {})).toMatchObject({
      label: 'breakPoints.saveRule',
      kind: 'undo',
    });
    expect(await conditionList()).toEqual(before);
  });

  it('saves the break-point’s changed fields in the same step, one undo for both', async () => {
    const before = await must<EntityDto<'breakPoint'>>(backend, 'breakPoints.get', {
      id: chain.breakPoint.id,
    });
    const { breakPoint } = await must<SavedRule>(backend, 'breakPoints.saveRule', {
      breakPointId: chain.breakPoint.id,
      breakPoint: { consequence: 'reduce_funding' },
      node: 'all',
      conditions: [{ id: null, indicatorId: chain.indicator.id, comparator: 'ge', threshold: 60 }],
    });
    expect(breakPoint.consequence).toBe('reduce_funding');
    await must(backend, 'history.undo', {});
    expect(await must(backend, 'breakPoints.get', { id: chain.breakPoint.id })).toEqual(before);
    expect(await conditionList()).toEqual([]);
  });

  it('refuses another break-point’s comparison or an indicator of another cluster, naming it, and writes nothing', async () => {
    await must(backend, 'breakPoints.saveRule', {
      breakPointId: chain.breakPoint.id,
      node: 'all',
      conditions: [{ id: null, indicatorId: chain.indicator.id, comparator: 'ge', threshold: 60 }],
    });
    const before = await conditionList();
    const group = before.find((c) => c.node !== 'compare')!;
    expect(
      await backend.call('breakPoints.saveRule', {
        breakPointId: chain.breakPoint.id,
        node: 'all',
        conditions: [{ id: group.id, indicatorId: chain.indicator.id, comparator: 'ge', threshold: 1 }],
      }),
    ).toEqual({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['conditions', 0, 'id'], code: 'inconsistent' }] },
    });
    const other = await must<{ id: number }>(backend, 'indicators.create', {
      clusterId: chain.other.id,
      name: 'Fremder Indikator',
      kind: 'output',
      direction: 'increase',
      aggregation: 'periodic',
      frequency: 'monthly',
    });
    const foreign = await backend.call('breakPoints.saveRule', {
      breakPointId: chain.breakPoint.id,
      node: 'all',
      conditions: [
        {
          id: before.find((c) => c.node === 'compare')!.id,
          indicatorId: chain.indicator.id,
          comparator: 'gt',
          threshold: 5,
        },
        { id: null, indicatorId: other.id, comparator: 'ge', threshold: 1 },
      ],
    });
    expect(foreign.ok).toBe(false);
    expect(JSON.stringify(foreign)).toContain('"conditions",1');
    expect(await conditionList()).toEqual(before);
  });
});
