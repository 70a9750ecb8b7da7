// The explorer's row of an editor: the item's own row before a link to it under a goal.
import { expect, it } from 'vitest';
import { nodeKeyForEditor } from './outline-tree.ts';
import type { TreeNode } from './Tree.tsx';

const node = (key: string, children?: TreeNode[]): TreeNode => ({ key, label: key, icon: 'x', children });

it('finds the row of an editor, preferring the item in its folder to a link under a goal', () => {
  const nodes = [
    node('cluster:1', [
      node('strategy:1', [node('goal:3', [node('goal:3/indicator:7')])]),
      node('cluster:1/indicators', [node('cluster:1/indicator:7'), node('cluster:1/indicator:8')]),
    ]),
  ];
  expect(nodeKeyForEditor(nodes, 'indicator:7')).toBe('cluster:1/indicator:7');
  expect(nodeKeyForEditor(nodes, 'goal:3')).toBe('goal:3');
  expect(nodeKeyForEditor(nodes, 'actors:1')).toBeNull();
});
