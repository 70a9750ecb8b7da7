// The bottom panel: Problems (computed from the workspace's facts) and Activity (this session's
// changes, from backend events).
import { type KeyboardEvent, useMemo } from 'react';
import type { PanelView } from '../../shared/contract/schemas.ts';
import { formatDate } from '../../shared/i18n/i18n.ts';
import { computeProblems, countBySeverity, type Problem } from '../../shared/problems/problems.ts';
import { Codicon } from '../base/Codicon.tsx';
import { openItem, openMode } from '../commands/open-item.ts';
import { useT } from '../i18n/useT.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';
import { useWorkspace } from '../stores/workspace.ts';
import { ActivityView } from './ActivityView.tsx';

export function useProblems(): Problem[] {
  const clusters = useWorkspace((s) => s.clusters);
  const outline = useWorkspace((s) => s.outline);
  const facts = useWorkspace((s) => s.facts);
  const loaded = useWorkspace((s) => s.loaded);
  return useMemo(() => {
    if (!loaded) return [];
    const clustersWithStrategy = new Set(
      outline.clusters.filter((c) => c.strategies.length > 0).map((c) => c.id),
    );
    return computeProblems({ clusters, clustersWithStrategy, ...facts });
  }, [clusters, outline, facts, loaded]);
}

/** Where a problem's item lives in the explorer (editors for these items come with the strategy editors). */
function revealProblem(problem: Problem, via: 'click' | 'keyboard' | 'doubleClick'): void {
  const target = problem.target;
  if (!target) return;
  const clusterOfIndicator = useWorkspace
    .getState()
    .facts?.indicators.find((i) => i.id === target.id)?.clusterId;
  const key =
    target.kind === 'indicator'
      ? `cluster:${clusterOfIndicator}/indicator:${target.id}`
      : `${target.kind}:${target.id}`;
  openItem(key, target.field, openMode(via));
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

const kindLabel = {
  cluster: 'entity.cluster',
  strategy: 'entity.strategy',
  goal: 'entity.goal',
  indicator: 'entity.indicator',
  breakPoint: 'entity.breakPoint',
  milestone: 'entity.milestone',
  financing: 'resources.problems.financing',
} as const;

function ProblemsView({ problems }: { problems: Problem[] }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  if (problems.length === 0) return <p className="panel-empty">{t('problems.none')}</p>;
  // Grouped by item, as VS Code groups by file.
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = p.target ? `${p.target.kind}:${p.target.id}` : 'workspace';
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  const params = (p: Problem) =>
    typeof p.params.date === 'string' ? { ...p.params, date: formatDate(language, p.params.date) } : p.params;
  return (
    <ul className="problem-list">
      {[...groups.entries()].map(([key, list], groupIndex) => {
        const first = list[0]!;
        const heading = first.target
          ? `${t(kindLabel[first.target.kind])}: ${String(first.params.name ?? '')}`
          : t('problems.group.workspace');
        return (
          <li key={key}>
            <div className="problem-group">
              {heading} <span className="badge">{list.length}</span>
            </div>
            <ul>
              {list.map((problem, index) => (
                <li key={problem.id}>
                  <button
                    type="button"
                    className={`problem ${problem.severity}`}
                    // The first problem takes focus when a command opens the panel.
                    {...(groupIndex === 0 && index === 0 ? { 'data-panel-focus': true } : {})}
                    // A click opens a preview (detail counts the clicks; 0 is Enter or Space).
                    onClick={(e) => revealProblem(problem, e.detail === 0 ? 'keyboard' : 'click')}
                    onDoubleClick={() => revealProblem(problem, 'doubleClick')}
                  >
                    <Codicon
                      name={severityIcon[problem.severity]}
                      className={`severity-${problem.severity}`}
                    />
                    <span className="visually-hidden">{t(`problems.severity.${problem.severity}`)}: </span>
                    <span>{t(problem.message, params(problem))}</span>
                  </button>
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
