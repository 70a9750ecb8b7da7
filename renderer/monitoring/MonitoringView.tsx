// The Dashboard side view: per cluster, the ways into its monitoring.
import './monitoring.css';
import type { MessageKey } from '../../shared/i18n/i18n.ts';
import { Codicon } from '../base/Codicon.tsx';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkspace } from '../stores/workspace.ts';

const actions: readonly [command: string, title: MessageKey, icon: string][] = [
  ['clusterpilot.openDashboard', 'command.openDashboard', 'dashboard'],
  ['clusterpilot.enterDue', 'command.enterDue', 'checklist'],
  ['clusterpilot.openMeasurements', 'command.openMeasurements', 'table'],
  ['clusterpilot.importMeasurements', 'command.importMeasurements', 'cloud-upload'],
  ['clusterpilot.openTimeline', 'command.openTimeline', 'calendar'],
];

export function MonitoringView() {
  const t = useT();
  const clusters = useWorkspace((s) => s.clusters);
  return (
    <nav className="monitoring-view" aria-label={t('view.dashboard')}>
      {clusters.length === 0 && <p className="muted view-empty">{t('monitoring.noCluster')}</p>}
      {clusters.map((cluster, index) => (
        <section key={cluster.id} aria-labelledby={`monitoring-cluster-${cluster.id}`}>
          <h3 id={`monitoring-cluster-${cluster.id}`}>{cluster.name}</h3>
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
      <button
        type="button"
        className="view-action"
        onClick={() => void runCommand('clusterpilot.helpStatus')}
      >
        <Codicon name="question" /> {t('command.helpStatus')}
      </button>
    </nav>
  );
}
