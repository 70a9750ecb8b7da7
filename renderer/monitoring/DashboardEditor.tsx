// Where the cluster stands, at a glance and at any date: goals with traffic lights, indicator
// cards (sparkline, plan, last value), break-points with days to their check date, overdue and
// upcoming milestones, and the measurements that are due. The "as of" date shows the state on
// any past day (the backend computes it from what was recorded up to that day).
// For the keyboard each section is one tab stop: the arrows move between its cards or rows and
// Enter opens one, so Tab crosses the board in as many steps as it has sections.
import './monitoring.css';
import { type KeyboardEvent, memo, type ReactNode, useState } from 'react';
import type { Dashboard, DashboardIndicator } from '../../shared/contract/monitoring.ts';
import { formatDate, formatNumber } from '../../shared/i18n/i18n.ts';
import { localToday } from '../../shared/time/today.ts';
import { Codicon } from '../base/Codicon.tsx';
import { BreakPointBadge, Sparkline, StatusBadge } from '../base/charts.tsx';
import { DateField } from '../base/DateField.tsx';
import { rovingIndex } from '../base/roving.ts';
import { useCall } from '../base/use-call.ts';
import { openItem } from '../commands/open-item.ts';
import { runCommand } from '../commands/registry.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkbench } from '../stores/workbench.ts';

export function DashboardEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const versions = useChanges((s) => s.versions);
  // The date field's text, and the last complete date in it (the board stays while one is typed).
  const [asOfText, setAsOfText] = useState(localToday);
  const [asOf, setAsOf] = useState(localToday);
  const reload = [
    versions.measurement,
    versions.indicator,
    versions.target,
    versions.goal,
    versions.milestone,
    versions.break_point,
    versions.break_point_condition,
    versions.indicator_goal,
  ].join();
  const { data: board, error } = useCall('monitoring.dashboard', { clusterId, asOf }, { reload });
  const showAsOf = (date: string) => {
    setAsOfText(date);
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) setAsOf(date);
  };

  return (
    <div className="monitoring-editor dashboard" data-as-of={board?.asOf}>
      <header className="monitoring-header">
        <h1>{t('dashboard.title')}</h1>
        <label className="inline-field">
          <span>{t('dashboard.asOf')}</span>
          <DateField label={t('dashboard.asOf')} value={asOfText} max="2200-12-31" onChange={showAsOf} />
        </label>
        <button type="button" className="button secondary" onClick={() => showAsOf(localToday())}>
          {t('dashboard.today')}
        </button>
        <div className="toolbar">
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.enterDue', clusterId)}
          >
            <Codicon name="checklist" /> {t('due.open')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.importMeasurements', clusterId)}
          >
            <Codicon name="cloud-upload" /> {t('import.open')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => void runCommand('clusterpilot.openTimeline', clusterId)}
          >
            <Codicon name="calendar" /> {t('timeline.open')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={() => useWorkbench.getState().openEditor({ kind: 'help', topic: 'status' })}
          >
            <Codicon name="question" /> {t('help.status.open')}
          </button>
        </div>
      </header>
      {error && (
        <p className="input-message error" role="alert">
          {t('dashboard.error')}
        </p>
      )}
      {board && <DashboardBoard board={board} clusterId={clusterId} />}
    </div>
  );
}

/**
 * The board itself, drawn again only for a new answer: typing in the "as of" field re-renders the
 * header alone, so the call for the new date leaves at once and nothing waits on 200 cards twice.
 */
const DashboardBoard = memo(function DashboardBoard({
  board,
  clusterId,
}: {
  board: Dashboard;
  clusterId: number;
}) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const fmt = (i: DashboardIndicator, v: number | null) =>
    v === null
      ? '–'
      : `${formatNumber(language, v, { maximumFractionDigits: i.decimals })}${i.unit ? ` ${i.unit}` : ''}`;
  const byId = new Map(board.indicators.map((i) => [i.id, i]));
  const strategic = board.goals.filter((g) => g.parentId === null);
  const due = board.indicators.filter((i) => i.due);
  return (
    <>
      <p className="dashboard-strategy" role="status">
        {board.strategy ? (
          <>
            {t('dashboard.strategy', {
              title: board.strategy.title,
              asOf: formatDate(language, board.asOf),
            })}{' '}
            <StatusBadge status={board.strategy.status} />
          </>
        ) : (
          t('dashboard.noStrategy')
        )}
      </p>
      <p id={`dashboard-keys-${clusterId}`} className="visually-hidden">
        {t('dashboard.sectionKeys')}
      </p>
      <DashboardSection
        id={`goals-${clusterId}`}
        title={t('dashboard.goals')}
        keys={`dashboard-keys-${clusterId}`}
      >
        <ul className="goal-lights">
          {strategic.map((goal) => (
            <li key={goal.id}>
              <div className="goal-light" data-goal={goal.id}>
                <StatusBadge status={goal.status} />
                <button
                  type="button"
                  className="link-button"
                  data-section-item
                  tabIndex={-1}
                  onClick={() => openItem(`goal:${goal.id}`)}
                >
                  {goal.title}
                </button>
              </div>
              <ul>
                {board.goals
                  .filter((g) => g.parentId === goal.id)
                  .map((objective) => (
                    <li key={objective.id} className="goal-light" data-goal={objective.id}>
                      <StatusBadge status={objective.status} />
                      <button
                        type="button"
                        className="link-button"
                        data-section-item
                        tabIndex={-1}
                        onClick={() => openItem(`goal:${objective.id}`)}
                      >
                        {objective.title}
                      </button>
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </DashboardSection>
      <DashboardSection
        id={`indicators-${clusterId}`}
        title={t('dashboard.indicators')}
        keys={`dashboard-keys-${clusterId}`}
      >
        <ul className="indicator-cards">
          {board.indicators.map((i) => (
            <li key={i.id} className={`indicator-card status-${i.status}`} aria-label={i.name}>
              <div className="card-head">
                <button
                  type="button"
                  className="link-button card-title"
                  data-section-item
                  tabIndex={-1}
                  onClick={() => openItem(`indicator:${i.id}`)}
                >
                  {i.name}
                </button>
                {i.derived && (
                  <span className="derived-badge" title={t('indicator.derived.hint')}>
                    <Codicon name="symbol-operator" /> {t('indicator.derived')}
                  </span>
                )}
              </div>
              <StatusBadge status={i.status} />
              <Sparkline
                series={i.series}
                plan={i.plan}
                label={t('dashboard.sparkline', { name: i.name, count: i.series.length })}
              />
              <dl className="card-figures">
                <div>
                  <dt>{t('dashboard.last')}</dt>
                  <dd>
                    {fmt(i, i.actual)}
                    {i.lastDate && <span className="muted"> ({formatDate(language, i.lastDate)})</span>}
                  </dd>
                </div>
                <div>
                  <dt>{t('dashboard.planned')}</dt>
                  <dd>{fmt(i, i.planned)}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      </DashboardSection>
      <div className="dashboard-columns">
        <DashboardSection
          id={`bps-${clusterId}`}
          title={t('dashboard.breakPoints')}
          keys={`dashboard-keys-${clusterId}`}
        >
          {board.breakPoints.length === 0 && <p className="muted">{t('dashboard.none')}</p>}
          <ul className="dashboard-list">
            {board.breakPoints.map((b) => (
              <li key={b.id} data-break-point={b.id}>
                <BreakPointBadge status={b.status} />{' '}
                <SectionItem itemKey={`breakPoint:${b.id}`} title={b.title} />{' '}
                <DueDate date={b.checkDate} days={b.daysToCheck} />
              </li>
            ))}
          </ul>
        </DashboardSection>
        <DashboardSection
          id={`ms-${clusterId}`}
          title={t('dashboard.milestones')}
          keys={`dashboard-keys-${clusterId}`}
        >
          {board.milestones.length === 0 && <p className="muted">{t('dashboard.none')}</p>}
          <ul className="dashboard-list">
            {board.milestones.map((m) => (
              <li key={m.id} className={m.overdue ? 'overdue' : undefined}>
                {m.overdue ? (
                  <span className="status-badge tone-bad">
                    <Codicon name="error" /> {t('dashboard.overdue')}
                  </span>
                ) : (
                  <span className="status-badge tone-none">
                    <Codicon name="milestone" /> {t('dashboard.upcoming')}
                  </span>
                )}{' '}
                <SectionItem itemKey={`milestone:${m.id}`} title={m.title} />{' '}
                <DueDate date={m.dueDate} days={m.daysToDue} />
              </li>
            ))}
          </ul>
        </DashboardSection>
        <DashboardSection
          id={`due-${clusterId}`}
          title={t('dashboard.due')}
          keys={`dashboard-keys-${clusterId}`}
        >
          {due.length === 0 && <p className="muted">{t('dashboard.nothingDue')}</p>}
          <ul className="dashboard-list">
            {due.map((i) => (
              <li key={i.id}>
                {i.due?.overdue ? (
                  <span className="status-badge tone-bad">
                    <Codicon name="error" /> {t('dashboard.overdue')}
                  </span>
                ) : (
                  <span className="status-badge tone-warn">
                    <Codicon name="clock" /> {t('dashboard.dueNow')}
                  </span>
                )}{' '}
                <button
                  type="button"
                  className="link-button"
                  data-section-item
                  tabIndex={-1}
                  onClick={() =>
                    useWorkbench.getState().openEditor({ kind: 'measurements', clusterId, indicatorId: i.id })
                  }
                >
                  {byId.get(i.id)?.name}
                </button>{' '}
                <span className="muted">
                  {t('dashboard.forPeriod', { date: formatDate(language, i.due!.periodEnd) })}
                </span>
              </li>
            ))}
          </ul>
        </DashboardSection>
      </div>
    </>
  );
});

/**
 * A section of the board as one tab stop, named by its heading. The arrows move between its items
 * (the buttons marked data-section-item) and wrap; Enter on the section enters its first item.
 */
function DashboardSection({
  id,
  title,
  keys,
  children,
}: {
  id: string;
  title: string;
  keys: string;
  children: ReactNode;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const section = event.currentTarget;
    const items = [...section.querySelectorAll<HTMLElement>('[data-section-item]')];
    const current = items.indexOf(event.target as HTMLElement);
    // Shift+Tab from an item leaves the section rather than stopping on the section itself:
    // the browser moves on from what has focus when its default action runs.
    if (event.key === 'Tab' && event.shiftKey && current >= 0) {
      section.focus();
      return;
    }
    const next =
      event.key === 'Enter' && event.target === section ? 0 : rovingIndex(event.key, current, items.length);
    if (next === null || !items[next]) return;
    event.preventDefault();
    items[next].focus();
  };
  return (
    <section
      className="dashboard-section"
      aria-labelledby={id}
      aria-describedby={keys}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the section is the tab stop of its items (roving focus)
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** An item of a dashboard section: opens like a click in the tree; the section's arrows move between them. */
function SectionItem({ itemKey, title }: { itemKey: string; title: string }) {
  return (
    <button
      type="button"
      className="link-button"
      data-section-item
      tabIndex={-1}
      onClick={() => openItem(itemKey)}
    >
      {title}
    </button>
  );
}

/** A date with how far it is from the "as of" date ("in 3 days", "2 days ago"). */
function DueDate({ date, days }: { date: string; days: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  return (
    <span className="muted">
      {formatDate(language, date)} ·{' '}
      {days >= 0 ? t('dashboard.daysTo', { count: days }) : t('dashboard.daysAgo', { count: -days })}
    </span>
  );
}
