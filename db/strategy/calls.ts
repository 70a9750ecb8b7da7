// The strategy and everything defined in it: every entity's list/get/create/update/delete and
// link calls (generated from shared/contract/entities.ts), and the calls that change several
// items at once (move a goal, duplicate an item, delete many, create an indicator for a goal),
// plus the explorer's outline, the Problems facts and search over all items.
import { contract, type GeneratedCallName } from '../../shared/contract/contract.ts';
import {
  type EntityKind,
  entities,
  entityKinds,
  type LinkKind,
  links,
} from '../../shared/contract/entities.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { RowHandler, RowHandlers } from '../backend/calls.ts';
import type { CallContext } from '../backend/context.ts';
import {
  createEntity,
  deleteEntity,
  getEntity,
  link,
  listEntities,
  listLinks,
  unlink,
  updateEntity,
} from '../backend/entity-store.ts';
import { outline, problemFacts, search } from '../backend/queries.ts';

/**
 * A refusal while writing part of a call's input names that part: its path starts with `at`
 * (['targets', 2] for the third target, ['indicator'] for the indicator's fields).
 */
function withPath<T>(at: readonly (string | number)[], write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    const e = error.error;
    if (e.kind === 'validation')
      throw new ApiFailure({ ...e, issues: e.issues.map((x) => ({ ...x, path: [...at, ...x.path] })) });
    if (e.kind === 'conflict') throw new ApiFailure({ ...e, path: [...at, ...(e.path ?? [])] });
    throw error;
  }
}

export const strategyRowCalls = {
  'workspace.outline': (_input, ctx) => outline(ctx.q),
  'workspace.problemFacts': ({ today }, ctx) => problemFacts(ctx.q, ctx.db, today),
  'search.query': (input, ctx) => search(ctx.db, input.text, input.limit),
  'goals.move': ({ id, parentId, beforeId }, ctx) => {
    const goal = getEntity(ctx, 'goal', id);
    if (goal.parentId === null && parentId !== null) {
      // Two levels only: a strategic goal with objectives cannot become an objective itself.
      const children = listEntities(ctx, 'goal', { strategyId: goal.strategyId }).filter(
        (g) => g.parentId === id,
      );
      if (children.length > 0)
        throw new ApiFailure({ kind: 'validation', issues: [{ path: ['parentId'], code: 'inconsistent' }] });
    }
    if (parentId !== null && getEntity(ctx, 'goal', parentId).parentId !== null) {
      throw new ApiFailure({ kind: 'validation', issues: [{ path: ['parentId'], code: 'inconsistent' }] });
    }
    updateEntity(ctx, 'goal', { id, parentId });
    // Renumber the new siblings with the moved goal before `beforeId` (or last).
    const siblings = listEntities(ctx, 'goal', { strategyId: goal.strategyId })
      .filter((g) => g.parentId === parentId && g.id !== id)
      .map((g) => g.id as number);
    const at = beforeId === null ? siblings.length : siblings.indexOf(beforeId);
    if (beforeId !== null && at === -1)
      throw new ApiFailure({ kind: 'validation', issues: [{ path: ['beforeId'], code: 'inconsistent' }] });
    siblings.splice(at, 0, id);
    siblings.forEach((goalId, index) => {
      const current = getEntity(ctx, 'goal', goalId);
      if (current.sortOrder !== index) updateEntity(ctx, 'goal', { id: goalId, sortOrder: index });
    });
    return { id };
  },
  'targets.save': ({ indicatorId, targets, indicator }, ctx) => {
    getEntity(ctx, 'indicator', indicatorId);
    if (indicator && Object.keys(indicator).length > 0)
      withPath(['indicator'], () => updateEntity(ctx, 'indicator', { ...indicator, id: indicatorId }));
    const existing = new Map(listEntities(ctx, 'target', { indicatorId }).map((t) => [t.id as number, t]));
    const inRow = <T>(i: number, write: () => T) => withPath(['targets', i], write);
    const dates = new Set<string>();
    targets.forEach((target, i) => {
      if (target.id !== null && !existing.has(target.id))
        throw new ApiFailure({
          kind: 'validation',
          issues: [{ path: ['targets', i, 'id'], code: 'inconsistent' }],
        });
      if (dates.has(target.date))
        throw new ApiFailure({
          kind: 'conflict',
          code: 'duplicate',
          path: ['targets', i, 'date'],
          params: { value: target.date },
        });
      dates.add(target.date);
    });
    const kept = new Set(targets.map((t) => t.id));
    for (const id of existing.keys()) if (!kept.has(id)) deleteEntity(ctx, 'target', id);
    // Targets whose date changes step aside to a date of their own first (0001-01-01, …), so that
    // dates can shift along the list (2027 → 2028, 2028 → 2029) or swap without a clash; inside the
    // transaction and the audit batch, so nobody sees the step and one undo takes all back.
    const aside = ctx.db.prepare('update target set date = ? where id = ?');
    targets
      .filter((t) => t.id !== null && existing.get(t.id)!.date !== t.date)
      .forEach((t, i) => {
        const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
        const day = String(1 + (i % 28)).padStart(2, '0');
        aside.run(`${String(1 + Math.floor(i / 336)).padStart(4, '0')}-${month}-${day}`, t.id);
      });
    // Changed targets first (a date given up is free for a new target), new ones after.
    targets.forEach((target, i) => {
      const before = target.id === null ? null : existing.get(target.id)!;
      if (before && (before.date !== target.date || before.value !== target.value))
        inRow(i, () =>
          updateEntity(ctx, 'target', { id: target.id, date: target.date, value: target.value }),
        );
    });
    targets.forEach((target, i) => {
      if (target.id === null)
        inRow(i, () => createEntity(ctx, 'target', { indicatorId, date: target.date, value: target.value }));
    });
    return {
      indicator: getEntity(ctx, 'indicator', indicatorId),
      targets: listEntities(ctx, 'target', { indicatorId }),
    };
  },
  'breakPoints.saveRule': ({ breakPointId, node, conditions, breakPoint }, ctx) => {
    getEntity(ctx, 'breakPoint', breakPointId);
    if (breakPoint && Object.keys(breakPoint).length > 0)
      withPath(['breakPoint'], () => updateEntity(ctx, 'breakPoint', { ...breakPoint, id: breakPointId }));
    const existing = listEntities(ctx, 'breakPointCondition', { breakPointId });
    const compares = new Map(existing.filter((c) => c.node === 'compare').map((c) => [c.id as number, c]));
    conditions.forEach((condition, i) => {
      if (condition.id !== null && !compares.has(condition.id))
        throw new ApiFailure({
          kind: 'validation',
          issues: [{ path: ['conditions', i, 'id'], code: 'inconsistent' }],
        });
    });
    // The group that combines the comparisons: made with the first comparison, its kind kept in step.
    let group = existing.find((c) => c.parentId === null && c.node !== 'compare') ?? null;
    if (!group && conditions.length > 0) {
      group = createEntity(ctx, 'breakPointCondition', { breakPointId, node });
      // Comparisons made before there was a group move under it.
      for (const c of compares.values())
        if (c.parentId === null) updateEntity(ctx, 'breakPointCondition', { id: c.id, parentId: group.id });
    } else if (group && group.node !== node) updateEntity(ctx, 'breakPointCondition', { id: group.id, node });
    const kept = new Set(conditions.map((c) => c.id));
    for (const id of compares.keys()) if (!kept.has(id)) deleteEntity(ctx, 'breakPointCondition', id);
    conditions.forEach((condition, i) => {
      const fields = {
        indicatorId: condition.indicatorId,
        comparator: condition.comparator,
        threshold: condition.threshold,
        sortOrder: i,
      };
      const before = condition.id === null ? null : compares.get(condition.id)!;
      if (!before)
        withPath(['conditions', i], () =>
          createEntity(ctx, 'breakPointCondition', {
            breakPointId,
            parentId: group!.id,
            node: 'compare',
            ...fields,
          }),
        );
      else if (Object.entries(fields).some(([key, value]) => before[key as keyof typeof fields] !== value))
        withPath(['conditions', i], () =>
          updateEntity(ctx, 'breakPointCondition', { id: before.id, ...fields }),
        );
    });
    return {
      breakPoint: getEntity(ctx, 'breakPoint', breakPointId),
      conditions: listEntities(ctx, 'breakPointCondition', { breakPointId }),
    };
  },
  'indicators.createForGoal': ({ goalId, indicator }, ctx) => {
    const created = createEntity(ctx, 'indicator', indicator);
    link(ctx, 'indicatorGoal', { indicatorId: created.id, goalId });
    return created;
  },
  'items.duplicate': ({ entity, id, title }, ctx) => {
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      enteredBy: _b,
      enteredAt: _a,
      ...fields
    } = getEntity(ctx, entity, id);
    const copy = createEntity(ctx, entity, { ...fields, [entity === 'indicator' ? 'name' : 'title']: title });
    if (entity === 'indicator') {
      for (const target of listEntities(ctx, 'target', { indicatorId: id })) {
        createEntity(ctx, 'target', {
          indicatorId: copy.id,
          date: target.date,
          value: target.value,
          note: target.note,
        });
      }
    }
    if (entity === 'breakPoint') {
      // Groups first, so children find their copied parent.
      const conditions = listEntities(ctx, 'breakPointCondition', { breakPointId: id });
      const copied = new Map<unknown, number>();
      const ordered = [
        ...conditions.filter((c) => c.node !== 'compare'),
        ...conditions.filter((c) => c.node === 'compare'),
      ];
      for (const { id: conditionId, breakPointId: _bp, parentId, ...rest } of ordered) {
        const created = createEntity(ctx, 'breakPointCondition', {
          ...rest,
          breakPointId: copy.id,
          parentId: parentId === null ? null : (copied.get(parentId) ?? null),
        });
        copied.set(conditionId, created.id as number);
      }
    }
    return { id: copy.id as number };
  },
  'items.deleteMany': ({ items }, ctx) => {
    let deleted = 0;
    for (const { entity, id } of items) {
      // An item may already be gone with its parent (a goal and its objective both selected).
      const exists = ctx.q.getSql(`select 1 from ${entities[entity as EntityKind].table} where id = ?`, [id]);
      if (!exists) continue;
      deleteEntity(ctx, entity, id);
      deleted++;
    }
    return { deleted };
  },
} satisfies Partial<RowHandlers>;

// biome-ignore lint/suspicious/noExplicitAny: one generic implementation serves every entity's calls
type Generic = (input: any, ctx: CallContext) => unknown;

/** The generated calls of every entity and link table (their types come from the contract). */
function generatedCalls(): Record<string, Generic> {
  const table: Record<string, Generic> = {};
  for (const kind of entityKinds) {
    const { plural } = entities[kind as EntityKind];
    table[`${plural}.list`] = (filter, ctx) => listEntities(ctx, kind, filter);
    table[`${plural}.get`] = ({ id }, ctx) => getEntity(ctx, kind, id);
    table[`${plural}.create`] = (input, ctx) => createEntity(ctx, kind, input);
    table[`${plural}.update`] = (input, ctx) => updateEntity(ctx, kind, input);
    table[`${plural}.delete`] = ({ id }, ctx) => deleteEntity(ctx, kind, id);
    if (kind === 'fieldOfAction' || kind === 'relationshipType') {
      // Built-in catalogue entries (with a key) are translated by the app and cannot be removed.
      table[`${plural}.delete`] = ({ id }, ctx) => {
        const item = getEntity(ctx, kind, id);
        if (item.key !== null) throw new ApiFailure({ kind: 'conflict', code: 'builtIn', path: ['key'] });
        return deleteEntity(ctx, kind, id);
      };
    }
  }
  for (const kind of Object.keys(links) as LinkKind[]) {
    const { plural } = links[kind];
    table[`${plural}.list`] = (filter, ctx) => listLinks(ctx, kind, filter);
    table[`${plural}.link`] = (pair, ctx) => link(ctx, kind, pair);
    table[`${plural}.unlink`] = (pair, ctx) => unlink(ctx, kind, pair);
  }
  for (const name of Object.keys(table)) {
    if (!Object.hasOwn(contract, name)) throw new Error(`Generated call ${name} is not in the contract.`);
  }
  return table;
}

/** Typed by the contract's generated CRUD and link signatures; checked against it at start. */
export const entityRowCalls = generatedCalls() as unknown as { [N in GeneratedCallName]: RowHandler<N> };
