// The Resources side view: per cluster, the ways into its staff, budget, financing plan, activity
// profile, and listings and labels.
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { Codicon } from '../base/Codicon.tsx';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkspace } from '../stores/workspace.ts';

const actions: readonly [command: string, title: MessageKey, icon: string][] = [
  ['clusterpilot.openBudget', 'command.openBudget', 'table'],
  ['clusterpilot.openFinancingPlan', 'command.openFinancingPlan', 'graph-line'],
  ['clusterpilot.openStaff', 'command.openStaff', 'person'],
  ['clusterpilot.openActivityProfile', 'command.openActivityProfile', 'pulse'],
  ['clusterpilot.openReadiness', 'command.openReadiness', 'verified'],
  ['clusterpilot.importBudget', 'command.importBudget', 'cloud-upload'],
];

export function ResourcesView() {
  const t = useT();
  const clusters = useWorkspace((s) => s.clusters);
  return (
    <nav className="monitoring-view" aria-label={t('view.resources')}>
      {clusters.length === 0 && <p className="muted view-empty">{t('resources.view.noCluster')}</p>}
      {clusters.map((cluster, index) => (
        <section key={cluster.id} aria-labelledby={`resources-cluster-${cluster.id}`}>
          <h3 id={`resources-cluster-${cluster.id}`}>{cluster.name}</h3>
          <ul>
            {actions.map(([command, title, icon], i) => (
              <li key={command}>
                <button
                  type="button"
                  className="view-action"
                  {...(index === 0 && i === 0 ? { 'data-side-view-focus': true } : {})}
                  onClick={() => void runCommand(command, cluster.id)}
                >
                  <Codicon name={icon} /> {t(title)}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
