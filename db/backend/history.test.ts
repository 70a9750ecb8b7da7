// The audit trail and undo/redo through the contract.
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditBatch } from '../../shared/contract/schemas.ts';
import { type Chain, must, seedChain } from '../../test/support/fixtures.ts';
import { tempDirs } from '../../test/support/temp.ts';
import { type Backend, createBackend } from './backend.ts';

const newDir = tempDirs();
let backend: Backend;
let chain: Chain;
const count = (table: string) =>
  (backend.workspace.db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;

beforeEach(async () => {
  const dir = newDir();
  backend = await createBackend({
    workspacePath: path.join(dir, 'h.clusterpilot'),
    dataDir: dir,
    validateOutputs: true,
  });
  chain = await seedChain(backend);
  await must(backend, 'settings.update', { userName: 'Anna Berger' });
});
afterEach(() => backend.close());

describe('audit trail', () => {
  it('records who changed what, with the values before and after', async () => {
    await must(backend, 'goals.update', { id: chain.goal.id, title: 'Kooperation ausbauen' });
    const [latest] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(latest).toMatchObject({
      label: 'goals.update',
      user: 'Anna Berger',
      kind: 'edit',
      changeCount: 1,
    });
    expect(latest!.changes[0]).toMatchObject({
      entity: 'goal',
      entityId: chain.goal.id,
      action: 'update',
      before: expect.objectContaining({ title: 'Zusammenarbeit stärken' }),
      after: expect.objectContaining({ title: 'Kooperation ausbauen' }),
    });
  });

  it('records cascaded changes as part of the same user action', async () => {
    await must(backend, 'indicatorGoals.link', {
      indicatorId: chain.indicator.id,
      goalId: chain.objective.id,
    });
    await must(backend, 'goals.delete', { id: chain.goal.id });
    const [latest] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    const summary = latest!.changes.map((c) => `${c.action} ${c.entity}:${c.entityId}`);
    expect(summary).toEqual(
      expect.arrayContaining([
        `delete goal:${chain.goal.id}`,
        `delete goal:${chain.objective.id}`,
        `delete indicator_goal:${chain.indicator.id}`,
        `update milestone:${chain.milestone.id}`,
      ]),
    );
  });

  it('records nothing for a refused change', async () => {
    const before = count('audit_batch');
    await backend.call('goals.update', { id: chain.goal.id, title: '' });
    await backend.call('goals.update', { id: 9999, title: 'X' });
    expect(count('audit_batch')).toBe(before);
  });

  it('filters by kind of item, user and text', async () => {
    await must(backend, 'settings.update', { userName: 'Ben Ott' });
    await must(backend, 'milestones.update', { id: chain.milestone.id, title: 'Photonik-Tag 2026' });
    const byEntity = await must<AuditBatch[]>(backend, 'audit.list', { entity: 'milestone' });
    expect(byEntity.map((b) => b.label)).toEqual(['milestones.update', 'milestones.create']);
    const byUser = await must<AuditBatch[]>(backend, 'audit.list', { user: 'Ben' });
    // The change of the user name itself was made by the previous user.
    expect(byUser.map((b) => b.label)).toEqual(['milestones.update']);
    expect((await must<AuditBatch[]>(backend, 'audit.list', { user: 'Anna' }))[0]).toMatchObject({
      label: 'settings.update',
    });
    const byText = await must<AuditBatch[]>(backend, 'audit.list', { text: 'Photonik-Tag 2026' });
    expect(byText.map((b) => b.label)).toEqual(['milestones.update']);
  });
});

describe('undo and redo', () => {
  it('undo restores a deleted goal with its sub-goals, indicator links and milestone link; redo deletes again', async () => {
    await must(backend, 'indicatorGoals.link', {
      indicatorId: chain.indicator.id,
      goalId: chain.objective.id,
    });
    const snapshot = () => ({
      goals: backend.workspace.db.prepare('select * from goal order by id').all(),
      links: backend.workspace.db.prepare('select * from indicator_goal').all(),
      milestone: backend.workspace.db
        .prepare('select goal_id from milestone where id = ?')
        .get(chain.milestone.id),
    });
    const before = snapshot();
    await must(backend, 'goals.delete', { id: chain.goal.id });
    expect(count('goal')).toBe(0);
    expect(await must(backend, 'history.state', {})).toMatchObject({
      undo: { label: 'goals.delete' },
      redo: null,
    });

    expect(await must(backend, 'history.undo', {})).toMatchObject({ label: 'goals.delete', kind: 'undo' });
    expect(snapshot()).toEqual(before);
    expect(backend.workspace.db.pragma('foreign_key_check')).toEqual([]);
    expect(await must(backend, 'history.state', {})).toMatchObject({ redo: { label: 'goals.delete' } });

    expect(await must(backend, 'history.redo', {})).toMatchObject({ kind: 'redo' });
    expect(count('goal')).toBe(0);
    await must(backend, 'history.undo', {});
    expect(snapshot()).toEqual(before);
  });

  it('walks back several edits in order, and a new edit clears redo', async () => {
    await must(backend, 'clusters.update', { id: chain.cluster.id, name: 'Zwei' });
    await must(backend, 'clusters.update', { id: chain.cluster.id, name: 'Drei' });
    const name = async () =>
      (await must<{ name: string }>(backend, 'clusters.get', { id: chain.cluster.id })).name;
    await must(backend, 'history.undo', {});
    expect(await name()).toBe('Zwei');
    await must(backend, 'history.undo', {});
    expect(await name()).toBe('Testcluster');
    await must(backend, 'clusters.update', { id: chain.cluster.id, name: 'Neu' });
    expect(await must(backend, 'history.redo', {})).toBeNull();
    expect(await name()).toBe('Neu');
  });

  it('says so when there is nothing to undo', async () => {
    const dir = newDir();
    const empty = await createBackend({ workspacePath: path.join(dir, 'e.clusterpilot'), dataDir: dir });
    expect(await empty.call('history.undo', {})).toEqual({ ok: true, data: null });
    empty.close();
  });

  it('pushes one change event per undo with the restored rows', async () => {
    await must(backend, 'milestones.delete', { id: chain.milestone.id });
    const events: unknown[] = [];
    backend.onEvent((e) => events.push(e));
    await must(backend, 'history.undo', {});
    expect(events).toEqual([
      expect.objectContaining({
        type: 'changed',
        kind: 'undo',
        entities: ['milestone'],
        changes: [expect.objectContaining({ action: 'insert', id: chain.milestone.id })],
      }),
    ]);
  });
});

describe('full-text search', () => {
  it('finds items by name and text, folding accents, and follows edits and deletions', async () => {
    await must(backend, 'actors.create', {
      clusterId: chain.cluster.id,
      name: 'Automotive Südwest GmbH',
      actorGroup: 'business',
      subtype: 'supplier',
    });
    const hits = await must<{ entity: string; title: string }[]>(backend, 'search.query', {
      text: 'sudwest',
    });
    expect(hits).toEqual([expect.objectContaining({ entity: 'actor', title: 'Automotive Südwest GmbH' })]);
    await must(backend, 'goals.update', { id: chain.goal.id, rationale: 'Ergebnis des Strategieworkshops' });
    expect(await must(backend, 'search.query', { text: 'strategiework' })).toEqual([
      expect.objectContaining({ entity: 'goal', id: chain.goal.id }),
    ]);
    await must(backend, 'goals.delete', { id: chain.goal.id });
    expect(await must(backend, 'search.query', { text: 'strategiework' })).toEqual([]);
  });

  it('treats any typed text as words, never as query syntax', async () => {
    for (const text of ['"', 'NOT', 'a OR', '*', '(x', 'x:y', "'; drop table goal; --"]) {
      expect(await backend.call('search.query', { text })).toMatchObject({ ok: true });
    }
  });
});

describe('moving goals', () => {
  const titles = async (parentId: number | null) =>
    (
      await must<{ title: string; parentId: number | null }[]>(backend, 'goals.list', {
        strategyId: chain.strategy.id,
      })
    )
      .filter((g) => g.parentId === parentId)
      .map((g) => g.title);

  it('reorders siblings, re-parents, refuses a third level, and undoes a move in one step', async () => {
    const second = await must<{ id: number }>(backend, 'goals.create', {
      strategyId: chain.strategy.id,
      parentId: chain.goal.id,
      title: 'Zweites',
      sortOrder: 1,
    });
    await must(backend, 'goals.move', {
      id: second.id,
      parentId: chain.goal.id,
      beforeId: chain.objective.id,
    });
    expect(await titles(chain.goal.id)).toEqual(['Zweites', 'Mehr Projekte']);
    await must(backend, 'goals.move', { id: second.id, parentId: null, beforeId: null });
    expect(await titles(null)).toEqual(['Zusammenarbeit stärken', 'Zweites']);
    expect(
      await backend.call('goals.move', { id: chain.goal.id, parentId: second.id, beforeId: null }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['parentId'], code: 'inconsistent' }] },
    });
    expect(
      await backend.call('goals.move', { id: second.id, parentId: chain.objective.id, beforeId: null }),
    ).toMatchObject({
      ok: false,
      error: { kind: 'validation', issues: [{ path: ['parentId'] }] },
    });
    await must(backend, 'history.undo', {});
    expect(await titles(chain.goal.id)).toEqual(['Zweites', 'Mehr Projekte']);
  });
});

describe('duplicate and delete many', () => {
  it('duplicates a break-point with its rule tree and an indicator with its targets', async () => {
    const group = await must<{ id: number }>(backend, 'breakPointConditions.create', {
      breakPointId: chain.breakPoint.id,
      node: 'any',
    });
    await must(backend, 'breakPointConditions.create', {
      breakPointId: chain.breakPoint.id,
      parentId: group.id,
      node: 'compare',
      indicatorId: chain.indicator.id,
      comparator: 'ge',
      threshold: 60,
    });
    const copy = await must<{ id: number }>(backend, 'items.duplicate', {
      entity: 'breakPoint',
      id: chain.breakPoint.id,
      title: 'Kopie',
    });
    const conditions = await must<{ id: number; parentId: number | null; node: string }[]>(
      backend,
      'breakPointConditions.list',
      { breakPointId: copy.id },
    );
    const root = conditions.find((c) => c.parentId === null)!;
    expect(root.node).toBe('any');
    expect(conditions.find((c) => c.node === 'compare')).toMatchObject({ parentId: root.id });

    await must(backend, 'targets.create', { indicatorId: chain.indicator.id, date: '2029-12-31', value: 70 });
    const indicatorCopy = await must<{ id: number }>(backend, 'items.duplicate', {
      entity: 'indicator',
      id: chain.indicator.id,
      title: 'Mitglieder (Kopie)',
    });
    expect(await must(backend, 'targets.list', { indicatorId: indicatorCopy.id })).toEqual([
      expect.objectContaining({ date: '2029-12-31', value: 70 }),
    ]);
    expect(await must(backend, 'indicators.get', { id: indicatorCopy.id })).toMatchObject({
      name: 'Mitglieder (Kopie)',
      baselineValue: 40,
    });
  });

  it('deletes several items in one action that one undo reverts', async () => {
    const before = await must<unknown[]>(backend, 'goals.list', { strategyId: chain.strategy.id });
    const result = await must(backend, 'items.deleteMany', {
      items: [
        { entity: 'goal', id: chain.goal.id },
        { entity: 'goal', id: chain.objective.id }, // already gone with its parent
        { entity: 'milestone', id: chain.milestone.id },
      ],
    });
    expect(result).toEqual({ deleted: 2 });
    expect(await must(backend, 'goals.list', { strategyId: chain.strategy.id })).toEqual([]);
    await must(backend, 'history.undo', {});
    expect(await must(backend, 'goals.list', { strategyId: chain.strategy.id })).toEqual(before);
    expect(await must(backend, 'milestones.get', { id: chain.milestone.id })).toMatchObject({
      title: 'Erster Photonik-Tag',
    });
  });
});

describe('an indicator created for a goal', () => {
  const indicator = () => ({
    clusterId: chain.cluster.id,
    name: 'Gemeinsame Projekte',
    kind: 'output',
    direction: 'increase',
    aggregation: 'periodic',
    frequency: 'yearly',
  });

  it('is one action with its goal link: one audit batch, one undo removes both', async () => {
    const indicators = count('indicator');
    const links = count('indicator_goal');
    const created = await must<{ id: number }>(backend, 'indicators.createForGoal', {
      goalId: chain.goal.id,
      indicator: indicator(),
    });
    expect(
      backend.workspace.db
        .prepare('select goal_id from indicator_goal where indicator_id = ?')
        .pluck()
        .all(created.id),
    ).toEqual([chain.goal.id]);
    const [latest] = await must<AuditBatch[]>(backend, 'audit.list', { limit: 1 });
    expect(latest).toMatchObject({ label: 'indicators.createForGoal', changeCount: 2 });

    await must(backend, 'history.undo', {});
    expect([count('indicator'), count('indicator_goal')]).toEqual([indicators, links]);
  });

  it('writes nothing when the goal does not exist', async () => {
    const indicators = count('indicator');
    const result = await backend.call('indicators.createForGoal', { goalId: 9999, indicator: indicator() });
    expect(result.ok).toBe(false);
    expect(count('indicator')).toBe(indicators);
  });
});
