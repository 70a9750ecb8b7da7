// The backend's implementation of every contract call that runs synchronously against the open
// workspace. Inputs arrive validated; the dispatcher (backend.ts) wraps write calls in one
// audited transaction. File-level calls (open, new, backups) live in backend.ts.
import {
  type EntityKind,
  entities,
  entityKinds,
  type LinkKind,
  links,
} from '../../shared/contract/entities.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import { buildDashboard, buildTimeline } from '../monitoring/dashboard.ts';
import { memberGroups } from '../monitoring/derived.ts';
import { listMeasurements, saveMeasurements } from '../monitoring/measurements.ts';
import type { CallContext } from './context.ts';
import {
  createEntity,
  deleteEntity,
  getEntity,
  link,
  listEntities,
  listLinks,
  unlink,
  updateEntity,
} from './entity-store.ts';
import { historyState, listAudit, step } from './history.ts';
import { outline, problemFacts, readSettings, search, writeSettings } from './queries.ts';

// biome-ignore lint/suspicious/noExplicitAny: inputs are validated against the contract before they arrive
export type Handler = (input: any, ctx: CallContext) => unknown;

function historyStep(ctx: CallContext, kind: 'undo' | 'redo') {
  const done = step(ctx.db, ctx.batchId, kind);
  return done ? { batchId: done.target.id, label: done.target.label, kind } : null;
}

const table: Record<string, Handler> = {
  'workspace.outline': (_input, ctx) => outline(ctx.q),
  'workspace.problemFacts': ({ today }, ctx) => problemFacts(ctx.q, ctx.db, today),
  'workspace.recent': (_input, ctx) => ctx.appState.recent,

  'history.state': (_input, ctx) => historyState(ctx.db),
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
  'monitoring.dashboard': ({ clusterId, asOf, strategyId }, ctx) =>
    buildDashboard(ctx.db, ctx.q, clusterId, asOf, strategyId),
  'monitoring.timeline': ({ strategyId }, ctx) => buildTimeline(ctx.q, strategyId),
  'monitoring.memberGroups': ({ clusterId, at }, ctx) => memberGroups(ctx.db, clusterId, at),
  'measurements.ofCluster': ({ clusterId, indicatorId }, ctx) =>
    listMeasurements(ctx.db, clusterId, indicatorId, ctx.now()),
  'measurements.save': ({ clusterId, changes }, ctx) =>
    saveMeasurements(ctx.db, clusterId, changes, ctx.user, ctx.now()),
  'history.undo': (_input, ctx) => historyStep(ctx, 'undo'),
  'history.redo': (_input, ctx) => historyStep(ctx, 'redo'),
  'audit.list': (input, ctx) => listAudit(ctx.db, input),
  'search.query': (input, ctx) => search(ctx.db, input.text, input.limit),

  'settings.get': (_input, ctx) => readSettings(ctx.db),
  'settings.update': (patch, ctx) => {
    writeSettings(ctx.db, patch);
    return readSettings(ctx.db);
  },

  'preferences.get': (_input, ctx) => ctx.appState.preferences,
  'preferences.update': (patch, ctx) => {
    const updated = ctx.appState.updatePreferences(
      Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)),
    );
    ctx.emit({ type: 'preferencesChanged' });
    return updated;
  },
  'viewState.get': (_input, ctx) => ctx.appState.viewState(ctx.workspacePath),
  'viewState.save': (state, ctx) => {
    ctx.appState.saveViewState(ctx.workspacePath, state);
    return {};
  },
};

for (const kind of entityKinds) {
  const { plural } = entities[kind];
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

export const handlers: Readonly<Record<string, Handler>> = table;
