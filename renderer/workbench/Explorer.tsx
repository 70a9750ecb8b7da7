// The Explorer view: the workspace as a tree (cluster → strategy → goals → …). Later features add
// children; today a cluster shows that its strategy is still to be defined.
import { useEffect, useMemo, useRef } from 'react';
import { Codicon } from '../base/Codicon.tsx';
import { editorForKey, openItem, openMode } from '../commands/open-item.ts';
import { runCommand } from '../commands/registry.ts';
import { renameCluster } from '../commands/workbench-commands.ts';
import { describeError, firstMessage } from '../i18n/errors.ts';
import { t, useT } from '../i18n/useT.ts';
import { client } from '../stores/client.ts';
import { type ContextMenuItem, confirmDialog, editorKey, useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { ancestorsOf, nodeKeyForEditor, outlineNodes } from './outline-tree.ts';
import { Tree, type TreeNode } from './Tree.tsx';

const clusterIdOf = (key: string) => Number(key.slice('cluster:'.length));
const isCluster = (node: TreeNode) => /^cluster:\d+$/.test(node.key);

type OutlineGoal = { id: number; parentId: number | null };

function goalContext(goalId: number): { strategyId: number; goals: OutlineGoal[]; goal: OutlineGoal } | null {
  for (const cluster of useWorkspace.getState().outline.clusters) {
    for (const strategy of cluster.strategies) {
      const goal = strategy.goals.find((g) => g.id === goalId);
      if (goal) return { strategyId: strategy.id, goals: strategy.goals, goal };
    }
  }
  return null;
}

async function move(id: number, parentId: number | null, beforeId: number | null): Promise<void> {
  const result = await client().call('goals.move', { id, parentId, beforeId });
  if (!result.ok)
    useWorkbench
      .getState()
      .notify(firstMessage(describeError(result.error, t, { parentId: 'field.parentId' })));
}

/**
 * A goal dropped on another goal: on the upper half of a row it goes before that goal (as its
 * sibling); on the lower half of a strategic goal it becomes that goal's objective. Dropped on
 * its strategy, it becomes a strategic goal at the end.
 */
export async function dropGoal(dragged: string, target: string, half: 'upper' | 'lower'): Promise<void> {
  const id = Number(/^goal:(\d+)$/.exec(dragged)?.[1]);
  const source = goalContext(id);
  if (!source) return;
  const targetGoal = /^goal:(\d+)$/.exec(target);
  if (targetGoal) {
    const other = goalContext(Number(targetGoal[1]));
    if (!other || other.strategyId !== source.strategyId) return;
    if (half === 'lower' && other.goal.parentId === null) return move(id, other.goal.id, null);
    return move(id, other.goal.parentId, other.goal.id);
  }
  if (target === `strategy:${source.strategyId}`) return move(id, null, null);
}

/** Alt+ArrowUp / Alt+ArrowDown on a goal: one place up or down among its siblings. */
export async function moveGoal(key: string, step: -1 | 1): Promise<void> {
  const id = Number(/^goal:(\d+)$/.exec(key)?.[1]);
  const context = goalContext(id);
  if (!context) return;
  // The current order from the backend: the explorer's copy may lag a move made a moment ago.
  const current = await client().call('goals.list', { strategyId: context.strategyId });
  if (!current.ok) return;
  const goal = current.data.find((g) => g.id === id);
  if (!goal) return;
  const siblings = current.data.filter((g) => g.parentId === goal.parentId).map((g) => g.id);
  const index = siblings.indexOf(id);
  const next = index + step;
  if (next < 0 || next >= siblings.length) return;
  // Before the sibling above; or before the one after the sibling below (or last).
  const beforeId = step === -1 ? siblings[next]! : (siblings[next + 1] ?? null);
  await move(id, goal.parentId, beforeId);
  useWorkbench.getState().setReveal(key);
}

/** Delete from the explorer: one item as usual, several in one confirmed, undoable action. */
async function deleteNodes(keys: string[]): Promise<void> {
  if (keys.length === 1) {
    const key = keys[0]!;
    if (/^cluster:\d+$/.test(key)) return runCommand('cluster.delete', clusterIdOf(key));
    if (editorForKey(key)) return runCommand('item.delete', key);
    return;
  }
  const items = keys.flatMap((key) => {
    const input = editorForKey(key);
    return input?.kind === 'entity' && input.entity !== 'evaluation'
      ? [{ entity: input.entity, id: input.id }]
      : [];
  });
  const confirmed = await confirmDialog({
    title: t('deleteMany.title', { count: items.length }),
    detail: t('deleteMany.detail'),
    confirm: t('dialog.delete'),
    cancel: t('dialog.cancel'),
  });
  if (!confirmed) return;
  const result = await client().call('items.deleteMany', { items });
  if (!result.ok) useWorkbench.getState().notify(firstMessage(describeError(result.error, t, {})));
}

/** The context menu of an explorer node: what can be created under it, and delete. */
export function menuFor(key: string): ContextMenuItem[] {
  const n = (re: RegExp) => {
    const m = re.exec(key);
    return m ? Number(m[1]) : null;
  };
  const { outline } = useWorkspace.getState();
  const strategies = outline.clusters.flatMap((c) => c.strategies.map((s) => ({ ...s, clusterId: c.id })));
  const cluster = n(/^cluster:(\d+)$/);
  if (cluster !== null) {
    return [
      { commandId: 'explorer.renameItem', args: [key] },
      { commandId: 'guide.open', args: [cluster] },
      { commandId: 'strategy.new', args: [cluster] },
      { commandId: 'indicator.new', args: [cluster] },
      { commandId: 'indicator.fromCatalogue', args: [cluster] },
      { commandId: 'cluster.delete', args: [cluster] },
      { commandId: 'cluster.new' },
    ];
  }
  const strategy = n(/^strategy:(\d+)$/);
  if (strategy !== null) {
    return [
      { commandId: 'goal.new', args: [strategy] },
      { commandId: 'goal.fromTemplate', args: [strategy] },
      { commandId: 'milestone.new', args: [strategy] },
      { commandId: 'breakPoint.new', args: [strategy] },
      { commandId: 'item.delete', args: [key] },
    ];
  }
  const goal = n(/^goal:(\d+)$/);
  if (goal !== null) {
    const owner = strategies.find((s) => s.goals.some((g) => g.id === goal));
    if (!owner) return [];
    const isStrategic = owner.goals.find((g) => g.id === goal)?.parentId === null;
    return [
      ...(isStrategic ? [{ commandId: 'goal.new', args: [owner.id, goal] }] : []),
      { commandId: 'indicator.new', args: [owner.clusterId, goal] },
      { commandId: 'indicator.fromCatalogue', args: [owner.clusterId, goal] },
      { commandId: 'milestone.new', args: [owner.id, goal] },
      { commandId: 'item.duplicate', args: [key] },
      { commandId: 'item.delete', args: [key] },
    ];
  }
  const folder = /^strategy:(\d+)\/(milestones|breakPoints)$/.exec(key);
  if (folder)
    return [
      {
        commandId: folder[2] === 'milestones' ? 'milestone.new' : 'breakPoint.new',
        args: [Number(folder[1])],
      },
    ];
  const indicators = n(/^cluster:(\d+)\/indicators$/);
  if (indicators !== null) {
    return [
      { commandId: 'indicator.new', args: [indicators] },
      { commandId: 'indicator.fromCatalogue', args: [indicators] },
    ];
  }
  const input = editorForKey(key);
  if (!input) return [];
  return input.kind === 'entity' && input.entity !== 'strategy'
    ? [
        { commandId: 'item.duplicate', args: [key] },
        { commandId: 'item.delete', args: [key] },
      ]
    : [{ commandId: 'item.delete', args: [key] }];
}

export function Explorer() {
  const t = useT();
  const clusters = useWorkspace((s) => s.clusters);
  const outline = useWorkspace((s) => s.outline);
  const info = useWorkspace((s) => s.info);
  const reveal = useWorkbench((s) => s.reveal);
  const expandedList = useWorkbench((s) => s.expanded);
  const renaming = useWorkbench((s) => s.renaming);
  const expanded = useMemo(() => new Set(expandedList), [expandedList]);

  const nodes = useMemo<TreeNode[]>(() => outlineNodes(outline, t), [outline, t]);

  // Quick open asks to reveal an item: expand its ancestors, then the tree focuses it.
  useEffect(() => {
    if (!reveal) return;
    const ancestors = ancestorsOf(nodes, reveal);
    if (ancestors) for (const key of ancestors) useWorkbench.getState().setExpanded(key, true);
  }, [reveal, nodes]);

  // The explorer follows the active editor, as VS Code's does: its item (a new one too, once the
  // outline has it) is expanded into view and selected, while focus stays in the editor.
  const active = useWorkbench((s) => s.active);
  // An item can stand in the tree twice (an indicator in its folder and under a goal it measures):
  // the row the user opened it from is the one to show.
  const lastOpened = useRef<string | null>(null);
  const activeNode = useMemo(() => {
    if (!active) return null;
    const opened = lastOpened.current;
    if (opened && (opened === active || opened.endsWith(`/${active}`))) return opened;
    return nodeKeyForEditor(nodes, active);
  }, [active, nodes]);
  // Only when the active item changes (so a branch the user closes afterwards stays closed): the
  // nodes are read from a ref, not a dependency.
  const nodesNow = useRef(nodes);
  nodesNow.current = nodes;
  useEffect(() => {
    if (!activeNode) return;
    const ancestors = ancestorsOf(nodesNow.current, activeNode) ?? [];
    const open = new Set(useWorkbench.getState().expanded);
    for (const key of ancestors) if (!open.has(key)) useWorkbench.getState().setExpanded(key, true);
  }, [activeNode]);

  const wb = useWorkbench.getState;
  return (
    <div className="explorer">
      <div className="view-section-header">
        <span className="view-section-title" title={info?.path}>
          {info?.fileName.replace(/\.clusterpilot$/i, '') ?? t('explorer.workspace')}
        </span>
        <div className="view-actions">
          <button
            type="button"
            className="icon-button"
            title={t('explorer.newCluster')}
            aria-label={t('explorer.newCluster')}
            onClick={() => void runCommand('cluster.new')}
          >
            <Codicon name="add" />
          </button>
          <button
            type="button"
            className="icon-button"
            title={t('explorer.collapseAll')}
            aria-label={t('explorer.collapseAll')}
            onClick={() => wb().collapseAll()}
          >
            <Codicon name="collapse-all" />
          </button>
        </div>
      </div>
      {clusters.length === 0 ? (
        <div className="view-empty">
          <p>{t('explorer.empty')}</p>
          <button
            type="button"
            className="button primary"
            data-side-view-focus
            onClick={() => void runCommand('cluster.new')}
          >
            {t('explorer.newCluster')}
          </button>
        </div>
      ) : (
        <Tree
          label={t('explorer.tree')}
          nodes={nodes}
          expanded={expanded}
          selectedKey={activeNode}
          focusHandle
          onToggle={(key, open) => wb().setExpanded(key, open)}
          onOpen={(node, via) => {
            lastOpened.current = node.key;
            // As VS Code's explorer: the editor opens, the keyboard stays in the tree.
            if (!openItem(node.key, undefined, { preserveFocus: true, ...openMode(via) }) && node.children)
              wb().setExpanded(node.key, !expanded.has(node.key));
          }}
          onKeep={(node) => {
            const input = editorForKey(node.key);
            if (input) wb().pinEditor(editorKey(input));
          }}
          canSelect={(node) => editorForKey(node.key)?.kind === 'entity'}
          onDelete={(nodes) => void deleteNodes(nodes.map((n) => n.key))}
          canDrag={(node) => /^goal:\d+$/.test(node.key)}
          onDrop={(dragged, target, half) => void dropGoal(dragged, target, half)}
          onMove={(node, step) => void moveGoal(node.key, step)}
          revealKey={reveal}
          onRevealed={() => wb().setReveal(null)}
          renaming={renaming}
          onRenameStart={(node) => isCluster(node) && wb().setRenaming(node.key)}
          onRename={(node, value) => renameCluster(clusterIdOf(node.key), value)}
          onRenameEnd={() => wb().setRenaming(null)}
          onContextMenu={(node, x, y, element) => {
            const items = menuFor(node.key);
            if (items.length > 0) wb().setContextMenu({ x, y, returnFocus: element, items });
          }}
        />
      )}
    </div>
  );
}
