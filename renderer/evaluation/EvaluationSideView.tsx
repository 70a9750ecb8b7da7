// The Evaluation side view: per cluster its evaluations, newest period first, with their status;
// opening one is a click or Enter, and New Evaluation starts the next one.
import './evaluation.css';
import { formatDate } from '../../shared/i18n/i18n.ts';
import { Codicon } from '../base/Codicon.tsx';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { openEvaluation } from './evaluation-commands.ts';

export function EvaluationSideView() {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const clusters = useWorkspace((s) => s.outline.clusters);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  return (
    <nav className="evaluation-view" aria-label={t('view.evaluation')}>
      {clusters.length === 0 && <p className="muted view-empty">{t('monitoring.noCluster')}</p>}
      {clusters.map((cluster, index) => (
        <section key={cluster.id} aria-labelledby={`evaluation-cluster-${cluster.id}`}>
          <h3 id={`evaluation-cluster-${cluster.id}`}>{cluster.name}</h3>
          {cluster.evaluations.length === 0 && <p className="muted">{t('evaluation.none')}</p>}
          <ul>
            {cluster.evaluations.map((evaluation, i) => (
              <li key={evaluation.id}>
                <button
                  type="button"
                  className="view-action evaluation-entry"
                  {...(index === 0 && i === 0 ? { 'data-side-view-focus': true } : {})}
                  onClick={() => openEvaluation(evaluation.id)}
                >
                  <Codicon name="law" />
                  <span className="evaluation-entry-title">{evaluation.title}</span>
                  <span className="muted">
                    {t('evaluation.period', {
                      from: formatDate(language, evaluation.periodStart),
                      to: formatDate(language, evaluation.periodEnd),
                    })}
                  </span>
                  <span className={`evaluation-status status-${evaluation.status}`}>
                    {t(`evaluation.status.${evaluation.status}`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="view-action"
            disabled={readOnly}
            onClick={() => void runCommand('evaluation.new', cluster.id)}
          >
            <Codicon name="add" /> {t('command.newEvaluation')}
          </button>
        </section>
      ))}
    </nav>
  );
}
