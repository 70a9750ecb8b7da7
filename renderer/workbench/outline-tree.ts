// Builds the explorer's tree from the workspace outline: cluster → strategy → goals (with their
// indicators), milestones and break-points, plus the cluster's indicators. Pure, so it is tested
// without a browser.
import type { Outline } from '../../shared/contract/schemas.ts';
import type { Translate } from '../i18n/useT.ts';
import type { TreeNode } from './Tree.tsx';

export function outlineNodes(outline: Outline, t: Translate): TreeNode[] {
  return outline.clusters.map((cluster) => {
    const indicatorName = new Map(cluster.indicators.map((i) => [i.id, i.title]));
    const strategies: TreeNode[] = cluster.strategies.map((strategy) => {
      const goalNode = (goal: (typeof strategy.goals)[number]): TreeNode => {
        const children: TreeNode[] = [
          ...strategy.goals.filter((g) => g.parentId === goal.id).map(goalNode),
          ...goal.indicatorIds.map((id) => ({
            key: `goal:${goal.id}/indicator:${id}`,
            label: indicatorName.get(id) ?? `#${id}`,
            icon: 'graph-line',
          })),
        ];
        return {
          key: `goal:${goal.id}`,
          label: goal.title,
          icon: goal.parentId === null ? 'flag' : 'checklist',
          ...(children.length ? { children } : {}),
        };
      };
      const group = (
        suffix: string,
        label: string,
        items: readonly { id: number; title: string }[],
        prefix: string,
        icon: string,
      ): TreeNode[] =>
        items.length
          ? [
              {
                key: `strategy:${strategy.id}/${suffix}`,
                label,
                icon: 'folder',
                children: items.map((i) => ({ key: `${prefix}:${i.id}`, label: i.title, icon })),
              },
            ]
          : [];
      return {
        key: `strategy:${strategy.id}`,
        label: strategy.title,
        icon: 'target',
        children: [
          ...strategy.goals.filter((g) => g.parentId === null).map(goalNode),
          ...group('milestones', t('explorer.milestones'), strategy.milestones, 'milestone', 'milestone'),
          ...group(
            'breakPoints',
            t('explorer.breakPoints'),
            strategy.breakPoints,
            'breakPoint',
            'debug-breakpoint-conditional',
          ),
        ],
      };
    });
    const children: TreeNode[] = strategies.length
      ? strategies
      : [
          {
            key: `cluster:${cluster.id}/strategy`,
            label: t('explorer.strategy.none'),
            icon: 'target',
            placeholder: true,
          },
        ];
    if (cluster.indicators.length) {
      children.push({
        key: `cluster:${cluster.id}/indicators`,
        label: t('explorer.indicators'),
        icon: 'folder',
        children: cluster.indicators.map((i) => ({
          key: `cluster:${cluster.id}/indicator:${i.id}`,
          label: i.title,
          icon: 'graph-line',
        })),
      });
    }
    // The cluster's actors, their network and the events log (renderer/network).
    children.push(
      { key: `cluster:${cluster.id}/actors`, label: t('explorer.actors'), icon: 'organization' },
      { key: `cluster:${cluster.id}/network`, label: t('explorer.network'), icon: 'type-hierarchy' },
      { key: `cluster:${cluster.id}/events`, label: t('explorer.events'), icon: 'calendar' },
    );
    return { key: `cluster:${cluster.id}`, label: cluster.name, icon: 'organization', children };
  });
}

/** The keys of the nodes above `key`, outermost first; null when `key` is not in the tree. */
export function ancestorsOf(nodes: readonly TreeNode[], key: string): string[] | null {
  for (const node of nodes) {
    if (node.key === key) return [];
    if (node.children) {
      const below = ancestorsOf(node.children, key);
      if (below) return [node.key, ...below];
    }
  }
  return null;
}

/**
 * The explorer's item of an editor: the node whose key is the editor's key, or ends with it (an
 * indicator lives under its cluster: "cluster:1/indicator:7" for the editor "indicator:7").
 */
export function nodeKeyForEditor(nodes: readonly TreeNode[], editorKey: string): string | null {
  const found: string[] = [];
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (node.key === editorKey || node.key.endsWith(`/${editorKey}`)) found.push(node.key);
      if (node.children) walk(node.children);
    }
  };
  walk(nodes);
  // The item's own row (an indicator in its cluster's folder) before a link to it under a goal.
  return (
    found.find((key) => key === editorKey) ??
    found.find((key) => key.startsWith('cluster:')) ??
    found[0] ??
    null
  );
}

/** Every node with its path of labels, for quick open. */
export function flattenNodes(
  nodes: readonly TreeNode[],
  path: readonly string[] = [],
): { node: TreeNode; path: readonly string[] }[] {
  return nodes.flatMap((node) => [
    { node, path },
    ...(node.children ? flattenNodes(node.children, [...path, node.label]) : []),
  ]);
}
