// A break-point's rule saved as the editor shows it (breakPoints.saveRule): the group's kind and
// the comparisons in order, removed, changed and new ones in one transaction and one undo step; a
// refusal names the comparison and writes nothing.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EntityDto } from '../../shared/contract/entities.ts';
import { type Chain, must, seedChain } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from '../backend/backend.ts';

type Condition = EntityDto<'breakPointCondition'>;
type Saved = { breakPoint: EntityDto<'breakPoint'>; conditions: Condition[] };
const newDir = tempDirs();
let backend: Backend;
let chain: Chain;

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'r.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
  });
  chain = await seedChain(backend);
});
afterEach(() => backend.close());

const list = () =>
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
    const { conditions: first } = await must<Saved>(backend, 'breakPoints.saveRule', {
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
    const before = await list();
    const { conditions: second } = await must<Saved>(backend, 'breakPoints.saveRule', {
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
    expect(await list()).toEqual(before);
  });

  it('saves the break-point’s changed fields in the same step, one undo for both', async () => {
    const before = await must<EntityDto<'breakPoint'>>(backend, 'breakPoints.get', {
      id: chain.breakPoint.id,
    });
    const { breakPoint } = await must<Saved>(backend, 'breakPoints.saveRule', {
      breakPointId: chain.breakPoint.id,
      breakPoint: { consequence: 'reduce_funding' },
      node: 'all',
      conditions: [{ id: null, indicatorId: chain.indicator.id, comparator: 'ge', threshold: 60 }],
    });
    expect(breakPoint.consequence).toBe('reduce_funding');
    await must(backend, 'history.undo', {});
    expect(await must(backend, 'breakPoints.get', { id: chain.breakPoint.id })).toEqual(before);
    expect(await list()).toEqual([]);
  });

  it('refuses another break-point’s comparison or an indicator of another cluster, naming it, and writes nothing', async () => {
    await must(backend, 'breakPoints.saveRule', {
      breakPointId: chain.breakPoint.id,
      node: 'all',
      conditions: [{ id: null, indicatorId: chain.indicator.id, comparator: 'ge', threshold: 60 }],
    });
    const before = await list();
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
    expect(await list()).toEqual(before);
  });
});
