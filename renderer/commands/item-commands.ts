// Creating and deleting strategy items: from the explorer's context menu (with the parent as
// argument) or the palette (the parent taken from the active editor). A new item opens in its
// editor with the title selected; a deletion asks first and can be undone (Ctrl/Cmd+Z).
import type { CallInput } from '../../shared/contract/contract.ts';
import { entities } from '../../shared/contract/entities.ts';
import type { ApiError } from '../../shared/contract/result.ts';
import type { EditableEntity } from '../../shared/contract/schemas.ts';
import { en, type MessageKey } from '../../shared/i18n/en.ts';
import { localToday, localYear } from '../../shared/time/today.ts';
import { describeError, firstMessage } from '../i18n/errors.ts';
import { t } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { confirmDialog, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { editorForKey, openItem } from './open-item.ts';
import { registerCommand } from './registry.ts';

const wb = () => useWorkbench.getState();
const notifyError = (error: ApiError) => wb().notify(firstMessage(describeError(error, t, {})));

/** Where the active editor sits: its cluster, strategy and goal, for palette use. */
function context(): { clusterId?: number; strategyId?: number; goalId?: number } {
  const active = wb().editors.find((e) => e.key === wb().active)?.input;
  const { outline } = useWorkspace.getState();
  if (!active) return {};
  if (active.kind === 'cluster')
    return {
      clusterId: active.id,
      strategyId: outline.clusters.find((c) => c.id === active.id)?.strategies[0]?.id,
    };
  if (active.kind !== 'entity') return {};
  for (const cluster of outline.clusters) {
    if (active.entity === 'indicator' && cluster.indicators.some((i) => i.id === active.id))
      return { clusterId: cluster.id, strategyId: cluster.strategies[0]?.id };
    for (const s of cluster.strategies) {
      const inStrategy =
        (active.entity === 'strategy' && s.id === active.id) ||
        (active.entity === 'goal' && s.goals.some((g) => g.id === active.id)) ||
        (active.entity === 'milestone' && s.milestones.some((m) => m.id === active.id)) ||
        (active.entity === 'breakPoint' && s.breakPoints.some((b) => b.id === active.id));
      if (inStrategy)
        return {
          clusterId: cluster.id,
          strategyId: s.id,
          ...(active.entity === 'goal' ? { goalId: active.id } : {}),
        };
    }
  }
  return {};
}

async function created(
  entity: EditableEntity,
  result: { ok: true; data: { id: number } } | { ok: false; error: ApiError },
): Promise<void> {
  if (!result.ok) return notifyError(result.error);
  await useWorkspace.getState().refresh();
  // Its title focused and selected: typing replaces "New goal".
  openItem(`${entity}:${result.data.id}`, entities[entity].label, { select: true });
}

/** Creates an indicator, measuring the goal when there is one (one action, one undo), and opens it. */
async function createIndicator(
  goalId: number | undefined,
  indicator: CallInput<'indicators.create'>,
): Promise<void> {
  await created(
    'indicator',
    goalId === undefined
      ? await client().call('indicators.create', indicator)
      : await client().call('indicators.createForGoal', { goalId, indicator }),
  );
}

/** A name not yet used by the cluster's indicators ("New indicator", "New indicator 2", …). */
function freeIndicatorName(clusterId: number | undefined, base: string): string {
  const taken = new Set(
    useWorkspace
      .getState()
      .outline.clusters.find((c) => c.id === clusterId)
      ?.indicators.map((i) => i.title.toLowerCase()),
  );
  for (let n = 1; ; n++) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

const num = (v: unknown) => (typeof v === 'number' ? v : undefined);

export function registerItemCommands(): void {
  registerCommand({
    id: 'strategy.new',
    title: 'command.newStrategy',
    category: 'category.strategy',
    when: () => context().clusterId !== undefined,
    run: async (clusterArg?: unknown) => {
      const clusterId = num(clusterArg) ?? context().clusterId;
      if (clusterId === undefined) return;
      const year = localYear();
      const existing =
        useWorkspace.getState().outline.clusters.find((c) => c.id === clusterId)?.strategies.length ?? 0;
      const from = year + existing * 5;
      await created(
        'strategy',
        await client().call('strategies.create', {
          clusterId,
          title: t('default.strategy', { from: String(from), to: String(from + 4) }),
          periodStart: `${from}-01-01`,
          periodEnd: `${from + 4}-12-31`,
        }),
      );
    },
  });
  registerCommand({
    id: 'goal.new',
    title: 'command.newGoal',
    category: 'category.strategy',
    when: () => context().strategyId !== undefined,
    run: async (strategyArg?: unknown, parentArg?: unknown) => {
      const strategyId = num(strategyArg) ?? context().strategyId;
      if (strategyId === undefined) return;
      const parentId = num(parentArg) ?? null;
      await created(
        'goal',
        await client().call('goals.create', {
          strategyId,
          parentId,
          title: t(parentId ? 'default.subGoal' : 'default.goal'),
        }),
      );
    },
  });
  registerCommand({
    id: 'indicator.new',
    title: 'command.newIndicator',
    category: 'category.strategy',
    when: () => context().clusterId !== undefined,
    run: async (clusterArg?: unknown, goalArg?: unknown) => {
      const clusterId = num(clusterArg) ?? context().clusterId;
      if (clusterId === undefined) return;
      const goalId = num(goalArg) ?? (clusterArg === undefined ? context().goalId : undefined);
      await createIndicator(goalId, {
        clusterId,
        name: freeIndicatorName(clusterId, t('default.indicator')),
        kind: 'output',
        direction: 'increase',
        aggregation: 'periodic',
        frequency: 'yearly',
      });
    },
  });
  registerCommand({
    id: 'indicator.fromCatalogue',
    title: 'command.indicatorFromCatalogue',
    category: 'category.strategy',
    when: () => context().clusterId !== undefined,
    run: async (clusterArg?: unknown, goalArg?: unknown) => {
      const clusterId = num(clusterArg) ?? context().clusterId;
      if (clusterId === undefined) return;
      const goalId = num(goalArg) ?? (clusterArg === undefined ? context().goalId : undefined);
      // The catalogue (35 indicators in two languages) loads when first picked from, not at start.
      const { indicatorCatalogue } = await import('../../shared/templates/indicator-catalogue.ts');
      const language = usePrefs.getState().language;
      wb().setQuickInput({
        mode: 'pick',
        title: t('catalogue.pick'),
        items: indicatorCatalogue.map((entry) => ({
          id: entry.key,
          label: entry.name[language],
          description: entry.definition[language],
          icon: 'graph-line',
        })),
        pick: async (item) => {
          const entry = indicatorCatalogue.find((e) => e.key === item.id)!;
          const name = freeIndicatorName(clusterId, entry.name[language]);
          await createIndicator(goalId, {
            clusterId,
            name,
            definition: entry.definition[language],
            unit: entry.unit[language],
            kind: entry.kind,
            direction: entry.direction,
            aggregation: entry.aggregation,
            frequency: entry.frequency,
            derived: entry.derived ?? null,
            ...(entry.direction === 'band' ? { bandLow: 0, bandHigh: 100 } : {}),
          });
        },
      });
    },
  });
  registerCommand({
    id: 'goal.fromTemplate',
    title: 'command.goalFromTemplate',
    category: 'category.strategy',
    when: () => context().strategyId !== undefined,
    run: async (strategyArg?: unknown, parentArg?: unknown) => {
      const strategyId = num(strategyArg) ?? context().strategyId;
      if (strategyId === undefined) return;
      const parentId = num(parentArg) ?? null;
      const catalogue = await client().call('fieldsOfAction.list', {});
      if (!catalogue.ok) return notifyError(catalogue.error);
      const label = (f: { key: string | null; name: string }) =>
        f.key && Object.hasOwn(en, `option.fieldOfAction.${f.key}`)
          ? t(`option.fieldOfAction.${f.key}` as MessageKey)
          : f.name;
      wb().setQuickInput({
        mode: 'pick',
        title: t('template.pick'),
        items: catalogue.data.map((f) => ({ id: String(f.id), label: label(f), icon: 'flag' })),
        pick: async (item) => {
          const field = catalogue.data.find((f) => String(f.id) === item.id)!;
          await created(
            'goal',
            await client().call('goals.create', {
              strategyId,
              parentId,
              title: label(field),
              fieldOfActionId: field.id,
            }),
          );
        },
      });
    },
  });
  registerCommand({
    id: 'milestone.new',
    title: 'command.newMilestone',
    category: 'category.strategy',
    when: () => context().strategyId !== undefined,
    run: async (strategyArg?: unknown, goalArg?: unknown) => {
      const strategyId = num(strategyArg) ?? context().strategyId;
      if (strategyId === undefined) return;
      const due = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
      const goalId = num(goalArg) ?? (strategyArg === undefined ? (context().goalId ?? null) : null);
      await created(
        'milestone',
        await client().call('milestones.create', {
          strategyId,
          goalId,
          title: t('default.milestone'),
          dueDate: due,
        }),
      );
    },
  });
  registerCommand({
    id: 'breakPoint.new',
    title: 'command.newBreakPoint',
    category: 'category.strategy',
    when: () => context().strategyId !== undefined,
    run: async (strategyArg?: unknown) => {
      const strategyId = num(strategyArg) ?? context().strategyId;
      if (strategyId === undefined) return;
      const strategy = useWorkspace.getState().facts?.strategies.find((s) => s.id === strategyId);
      await created(
        'breakPoint',
        await client().call('breakPoints.create', {
          strategyId,
          title: t('default.breakPoint'),
          kind: 'rule',
          checkDate: strategy?.periodEnd ?? localToday(),
        }),
      );
    },
  });
  registerCommand({
    id: 'item.duplicate',
    title: 'command.duplicate',
    category: 'category.strategy',
    when: () => {
      const input = editorForKey(wb().active ?? '');
      return input?.kind === 'entity' && input.entity !== 'strategy' && input.entity !== 'evaluation';
    },
    run: async (keyArg?: unknown) => {
      const input = editorForKey(typeof keyArg === 'string' ? keyArg : (wb().active ?? ''));
      if (input?.kind !== 'entity' || input.entity === 'strategy' || input.entity === 'evaluation') return;
      const { plural } = entities[input.entity];
      const current = await client().call(`${plural}.get` as 'goals.get', { id: input.id });
      if (!current.ok) return notifyError(current.error);
      const original = current.data as unknown as { title?: string; name?: string; clusterId?: number };
      const copyTitle = t('copy.suffix', { title: original.title ?? original.name ?? '' });
      const title =
        input.entity === 'indicator' ? freeIndicatorName(original.clusterId, copyTitle) : copyTitle;
      await created(
        input.entity,
        await client().call('items.duplicate', { entity: input.entity, id: input.id, title }),
      );
    },
  });
  registerCommand({
    id: 'item.delete',
    title: 'command.deleteItem',
    category: 'category.strategy',
    when: () => wb().active !== null && editorForKey(wb().active!)?.kind === 'entity',
    run: async (keyArg?: unknown) => {
      const input = editorForKey(typeof keyArg === 'string' ? keyArg : (wb().active ?? ''));
      if (input?.kind !== 'entity') return;
      const { plural } = entities[input.entity];
      const current = await client().call(`${plural}.get` as 'goals.get', { id: input.id });
      if (!current.ok) return notifyError(current.error);
      const data = current.data as unknown as { title?: string; name?: string };
      const confirmed = await confirmDialog({
        title: t('editor.deleteConfirm.title', {
          kind: t(`entity.${input.entity}`),
          name: data.title ?? data.name ?? '',
        }),
        detail: t('editor.deleteConfirm.detail'),
        confirm: t('dialog.delete'),
        cancel: t('dialog.cancel'),
      });
      if (!confirmed) return;
      const result = await client().call(`${plural}.delete` as 'goals.delete', { id: input.id });
      if (!result.ok) return notifyError(result.error);
      wb().removeEditor(`${input.entity}:${input.id}`);
    },
  });
}
