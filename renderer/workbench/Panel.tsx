// The bottom panel: Problems (computed from the workspace's facts) and Activity (this session's
// changes, from backend events).
import { type KeyboardEvent, useMemo } from 'react';
import type { PanelView } from '../../shared/contract/schemas.ts';
import { computeProblems, countBySeverity, type Problem } from '../../shared/problems/problems.ts';
import { useT } from '../i18n/useT.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { ActivityView } from './ActivityView.tsx';
import { Codicon } from './Codicon.tsx';

export function useProblems(): Problem[] {
  const clusters = useWorkspace((s) => s.clusters);
  const outline = useWorkspace((s) => s.outline);
  const loaded = useWorkspace((s) => s.loaded);
  return useMemo(() => {
    if (!loaded) return [];
    const clustersWithStrategy = new Set(
      outline.clusters.filter((c) => c.strategies.length > 0).map((c) => c.id),
    );
    return computeProblems({ clusters, clustersWithStrategy });
  }, [clusters, outline, loaded]);
}

const severityIcon = { error: 'error', warning: 'warning', info: 'info' } as const;

export function Panel() {
  const t = useT();
  const panel = useWorkbench((s) => s.panel);
  const problems = useProblems();
  if (!panel) return null;
  const counts = countBySeverity(problems);
  const tabs: { view: PanelView; label: string; badge?: number }[] = [
    { view: 'problems', label: t('panel.problems'), badge: counts.error + counts.warning + counts.info },
    { view: 'activity', label: t('panel.activity') },
  ];
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const next = panel === 'problems' ? 'activity' : 'problems';
    useWorkbench.getState().showPanel(next);
    requestAnimationFrame(() => document.getElementById(`panel-tab-${next}`)?.focus());
  };
  return (
    <section className="panel" aria-label={t('panel.label')}>
      <div className="panel-header">
        <div role="tablist" aria-label={t('panel.label')} className="panel-tabs" onKeyDown={onKeyDown}>
          {tabs.map(({ view, label, badge }) => (
            <button
              key={view}
              id={`panel-tab-${view}`}
              type="button"
              role="tab"
              aria-selected={panel === view}
              aria-controls={`panel-${view}`}
              tabIndex={panel === view ? 0 : -1}
              className={`panel-tab${panel === view ? ' active' : ''}`}
              onClick={() => useWorkbench.getState().showPanel(view)}
            >
              {label}
              {badge !== undefined && badge > 0 && <span className="badge">{badge}</span>}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('panel.close')}
          title={t('panel.close')}
          onClick={() => useWorkbench.getState().togglePanel()}
        >
          <Codicon name="close" />
        </button>
      </div>
      <div
        id={`panel-${panel}`}
        role="tabpanel"
        aria-labelledby={`panel-tab-${panel}`}
        className="panel-body"
      >
        {panel === 'problems' ? <ProblemsView problems={problems} /> : <ActivityView />}
      </div>
    </section>
  );
}

function ProblemsView({ problems }: { problems: Problem[] }) {
  const t = useT();
  if (problems.length === 0) return <p className="panel-empty">{t('problems.none')}</p>;
  return (
    <ul className="problem-list">
      {problems.map((problem) => (
        <li key={problem.id}>
          <button
            type="button"
            className={`problem ${problem.severity}`}
            onClick={() => {
              const target = problem.target;
              if (target) useWorkbench.getState().openEditor({ kind: 'cluster', id: target.id });
            }}
          >
            <Codicon name={severityIcon[problem.severity]} className={`severity-${problem.severity}`} />
            <span className="visually-hidden">{t(`problems.severity.${problem.severity}`)}: </span>
            <span>{t(problem.message, problem.params)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
