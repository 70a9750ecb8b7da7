// The Explorer view: the workspace as a tree (cluster → strategy → goals → …). Later features add
// children; today a cluster shows that its strategy is still to be defined.
import { useMemo } from 'react';
import { runCommand } from '../commands/registry.ts';
import { renameCluster } from '../commands/workbench-commands.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { Codicon } from './Codicon.tsx';
import { Tree, type TreeNode } from './Tree.tsx';

const clusterIdOf = (key: string) => Number(key.slice('cluster:'.length));

export function Explorer() {
  const t = useT();
  const clusters = useWorkspace((s) => s.clusters);
  const info = useWorkspace((s) => s.info);
  const expandedList = useWorkbench((s) => s.expanded);
  const renaming = useWorkbench((s) => s.renaming);
  const expanded = useMemo(() => new Set(expandedList), [expandedList]);

  const nodes = useMemo<TreeNode[]>(
    () =>
      clusters.map((c) => ({
        key: `cluster:${c.id}`,
        label: c.name,
        icon: 'organization',
        children: [
          {
            key: `cluster:${c.id}/strategy`,
            label: t('explorer.strategy.none'),
            icon: 'target',
            placeholder: true,
          },
        ],
      })),
    [clusters, t],
  );

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
          focusHandle
          onToggle={(key, open) => wb().setExpanded(key, open)}
          onOpen={(node) => wb().openEditor({ kind: 'cluster', id: clusterIdOf(node.key) })}
          onDelete={(node) => void runCommand('cluster.delete', clusterIdOf(node.key))}
          renaming={renaming}
          onRenameStart={(node) => wb().setRenaming(node.key)}
          onRename={(node, value) => renameCluster(clusterIdOf(node.key), value)}
          onRenameEnd={() => wb().setRenaming(null)}
          onContextMenu={(node, x, y, element) =>
            wb().setContextMenu({
              x,
              y,
              returnFocus: element,
              items: [
                { commandId: 'explorer.renameItem', args: [node.key] },
                { commandId: 'cluster.delete', args: [clusterIdOf(node.key)] },
                { commandId: 'cluster.new' },
              ],
            })
          }
        />
      )}
    </div>
  );
}
