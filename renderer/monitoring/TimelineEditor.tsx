// The milestone timeline (Gantt-like): a row per goal with a bar over its milestones' span, a
// row per milestone with its marker at the due date (and a bar from the milestone it waits
// for), dependencies as arrows, today as a line, overdue milestones marked in colour, icon and
// words. Drag a marker (or use Alt+←/→, Alt+Shift for weeks) to reschedule: one undoable change.
import './monitoring.css';
import { type PointerEvent, useMemo, useRef, useState } from 'react';
import type { Timeline } from '../../shared/contract/monitoring.ts';
import { formatDate } from '../../shared/i18n/i18n.ts';
import { localToday } from '../../shared/time/today.ts';
import { useCall } from '../base/use-call.ts';
import { openItem } from '../commands/open-item.ts';
import { describeError } from '../i18n/errors.ts';
import { useT } from '../i18n/useT.ts';
import { useChanges } from '../stores/changes.ts';
import { client } from '../stores/client.ts';
import { usePrefs } from '../stores/prefs.ts';
import { useWorkspace } from '../stores/workspace.ts';

const DAY = 86_400_000;
const ROW = 28;
const LABEL = 300;
const CHART = 760;
const HEAD = 36;
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

type Row =
  | { kind: 'goal'; id: number | null; title: string; from: string | null; to: string | null }
  | { kind: 'milestone'; milestone: Timeline['milestones'][number] };

export function TimelineEditor({ clusterId }: { clusterId: number }) {
  const t = useT();
  const language = usePrefs((s) => s.language);
  const readOnly = useWorkspace((s) => s.info?.readOnly ?? false);
  const strategies = useWorkspace(
    (s) => s.outline.clusters.find((c) => c.id === clusterId)?.strategies ?? [],
  );
  const versions = useChanges((s) => s.versions);
  const today = localToday();
  const [strategyId, setStrategyId] = useState<number | null>(null);
  const [dragging, setDragging] = useState<{ id: number; date: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const drag = useRef<{ id: number; startX: number; original: string; scale: number } | null>(null);
  const chosen = strategyId ?? strategies[0]?.id ?? null;
  const reload = [versions.milestone, versions.milestone_dependency, versions.goal, versions.strategy].join();

  const data = useCall('monitoring.timeline', chosen === null ? null : { strategyId: chosen }, {
    reload,
  }).data;

  const rows = useMemo<Row[]>(() => {
    if (!data) return [];
    const order = [...data.goals.filter((g) => g.parentId === null)].flatMap((g) => [
      g,
      ...data.goals.filter((c) => c.parentId === g.id),
    ]);
    const groups: Row[] = [];
    for (const goal of [...order, null]) {
      const ms = data.milestones.filter((m) => m.goalId === (goal?.id ?? null));
      if (ms.length === 0) continue;
      groups.push({
        kind: 'goal',
        id: goal?.id ?? null,
        title: goal?.title ?? t('timeline.noGoal'),
        from: ms[0]!.dueDate,
        to: ms[ms.length - 1]!.dueDate,
      });
      for (const milestone of ms) groups.push({ kind: 'milestone', milestone });
    }
    return groups;
  }, [data, t]);

  if (strategies.length === 0) return <p className="muted monitoring-editor">{t('dashboard.noStrategy')}</p>;
  if (!data) return <p className="muted monitoring-editor">{t('editor.loading')}</p>;

  const dueOf = (m: Timeline['milestones'][number]) => (dragging?.id === m.id ? dragging.date : m.dueDate);
  const allDates = [
    data.strategy.periodStart,
    data.strategy.periodEnd,
    today,
    ...data.milestones.map((m) => m.dueDate),
  ];
  const t0 = Math.min(...allDates.map(time)) - 15 * DAY;
  const t1 = Math.max(...allDates.map(time)) + 15 * DAY;
  const x = (date: string) => LABEL + ((time(date) - t0) / (t1 - t0)) * CHART;
  const width = LABEL + CHART + 16;
  const height = HEAD + rows.length * ROW + 8;
  const rowY = new Map<number, number>();
  rows.forEach((r, i) => {
    if (r.kind === 'milestone') rowY.set(r.milestone.id, HEAD + i * ROW + ROW / 2);
  });
  const years: string[] = [];
  for (let y = new Date(t0).getUTCFullYear() + 1; y <= new Date(t1).getUTCFullYear(); y++)
    years.push(`${y}-01-01`);
  const quarters: string[] = [];
  for (let y = new Date(t0).getUTCFullYear(); y <= new Date(t1).getUTCFullYear(); y++)
    for (const m of ['04', '07', '10']) {
      const d = `${y}-${m}-01`;
      if (time(d) > t0 && time(d) < t1) quarters.push(d);
    }
  const isOpen = (m: Timeline['milestones'][number]) => m.status !== 'done' && m.status !== 'cancelled';
  const isOverdue = (m: Timeline['milestones'][number]) => isOpen(m) && dueOf(m) < today;

  const reschedule = async (id: number, dueDate: string) => {
    const result = await client().call('milestones.update', { id, dueDate });
    setDragging(null);
    if (!result.ok) {
      const described = describeError(result.error, t, { dueDate: 'field.dueDate' });
      setError(described.general ?? [...described.fields.values()].join(' '));
    } else setError(null);
  };

  const onPointerDown = (event: PointerEvent<SVGGElement>, m: Timeline['milestones'][number]) => {
    if (readOnly || event.button !== 0) return;
    const box = svg.current?.getBoundingClientRect();
    if (!box) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    // Screen pixels per viewBox unit, then days per viewBox unit.
    drag.current = { id: m.id, startX: event.clientX, original: m.dueDate, scale: width / box.width };
    setDragging({ id: m.id, date: m.dueDate });
  };
  const onPointerMove = (event: PointerEvent<SVGGElement>) => {
    const d = drag.current;
    if (!d) return;
    const units = (event.clientX - d.startX) * d.scale;
    const days = Math.round((units / CHART) * ((t1 - t0) / DAY));
    setDragging({ id: d.id, date: iso(time(d.original) + days * DAY) });
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    if (!d || !dragging) return;
    if (dragging.date !== d.original) void reschedule(d.id, dragging.date);
    else setDragging(null);
  };

  return (
    <div className="monitoring-editor timeline-editor">
      <header className="monitoring-header">
        <h1>{t('timeline.title')}</h1>
        {strategies.length > 1 && (
          <label className="inline-field">
            <span>{t('timeline.strategy')}</span>
            <select value={chosen ?? ''} onChange={(e) => setStrategyId(Number(e.target.value))}>
              {strategies.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      <p className="muted">{t('timeline.hint')}</p>
      {error && (
        <p className="input-message error" role="alert">
          {error}
        </p>
      )}
      {data.milestones.length === 0 ? (
        <p className="muted">{t('timeline.empty')}</p>
      ) : (
        <div className="timeline-scroll">
          {/* biome-ignore lint/a11y/useSemanticElements: an SVG chart groups its markers with a role; a <fieldset> cannot hold SVG */}
          <svg
            ref={svg}
            className="timeline"
            viewBox={`0 0 ${width} ${height}`}
            style={{ minWidth: width }}
            role="group"
            aria-label={t('timeline.label', { title: data.strategy.title })}
          >
            <defs>
              <marker
                id="timeline-arrow"
                viewBox="0 0 8 8"
                refX="7"
                refY="4"
                markerWidth="7"
                markerHeight="7"
                orient="auto"
              >
                <path d="M0,0 L8,4 L0,8 z" className="timeline-arrowhead" />
              </marker>
            </defs>
            {quarters.map((d) => (
              <line key={d} className="timeline-grid minor" x1={x(d)} x2={x(d)} y1={HEAD - 6} y2={height} />
            ))}
            {years.map((d) => (
              <g key={d}>
                <line className="timeline-grid" x1={x(d)} x2={x(d)} y1={8} y2={height} />
                <text className="chart-label" x={x(d) + 4} y={20}>
                  {d.slice(0, 4)}
                </text>
              </g>
            ))}
            <rect
              className="timeline-period"
              x={x(data.strategy.periodStart)}
              width={x(data.strategy.periodEnd) - x(data.strategy.periodStart)}
              y={HEAD - 4}
              height={4}
            >
              <title>{t('timeline.period')}</title>
            </rect>
            {rows.map((row, i) => {
              const y = HEAD + i * ROW;
              if (row.kind === 'goal') {
                return (
                  <g key={`g${row.id ?? 'none'}`} className="timeline-goal">
                    <rect className="timeline-row-bg" x={0} y={y} width={width} height={ROW} />
                    <text className="timeline-goal-label" x={8} y={y + ROW / 2 + 4}>
                      {truncate(row.title, 40)}
                    </text>
                    {row.from && row.to && (
                      <rect
                        className="timeline-goal-bar"
                        x={x(row.from)}
                        width={Math.max(4, x(row.to) - x(row.from))}
                        y={y + 9}
                        height={ROW - 18}
                        rx={3}
                      />
                    )}
                  </g>
                );
              }
              const m = row.milestone;
              const due = dueOf(m);
              const overdue = isOverdue(m);
              const predecessors = data.dependencies
                .filter((d) => d.milestoneId === m.id)
                .map((d) => data.milestones.find((p) => p.id === d.dependsOnId))
                .filter((p): p is Timeline['milestones'][number] => !!p);
              const start = predecessors.map(dueOf).sort().at(-1);
              const cy = y + ROW / 2;
              const state = overdue
                ? t('timeline.overdue')
                : m.status === 'done'
                  ? t('option.status.done')
                  : t(`option.status.${m.status}`);
              return (
                <g
                  key={m.id}
                  className={`timeline-milestone${overdue ? ' overdue' : ''}${m.status === 'done' ? ' done' : ''}`}
                >
                  <text className="timeline-label" x={24} y={cy + 4}>
                    {overdue ? '! ' : m.status === 'done' ? '✓ ' : ''}
                    {truncate(m.title, 36)}
                  </text>
                  {start && start < due && (
                    <rect
                      className="timeline-bar"
                      x={x(start)}
                      width={x(due) - x(start)}
                      y={cy - 5}
                      height={10}
                      rx={2}
                    />
                  )}
                  {/* biome-ignore lint/a11y/useSemanticElements: an SVG marker cannot be a <button>; it has the role, name and keys of one */}
                  <g
                    role="button"
                    tabIndex={0}
                    className="timeline-marker"
                    data-milestone={m.id}
                    data-due={due}
                    aria-label={t('timeline.marker', {
                      title: m.title,
                      date: formatDate(language, due),
                      state,
                    })}
                    transform={`translate(${x(due)}, ${cy})`}
                    onPointerDown={(e) => onPointerDown(e, m)}
                    onPointerMove={onPointerMove}
                    onPointerUp={onPointerUp}
                    onPointerCancel={() => {
                      drag.current = null;
                      setDragging(null);
                    }}
                    onDoubleClick={() => openItem(`milestone:${m.id}`)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') {
                        e.preventDefault();
                        openItem(`milestone:${m.id}`);
                      } else if (e.altKey && (e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !readOnly) {
                        e.preventDefault();
                        const days = (e.key === 'ArrowLeft' ? -1 : 1) * (e.shiftKey ? 7 : 1);
                        void reschedule(m.id, iso(time(m.dueDate) + days * DAY));
                      }
                    }}
                  >
                    <title>{`${m.title} – ${formatDate(language, due)} (${state})`}</title>
                    <rect className="timeline-hit" x={-10} y={-12} width={20} height={24} />
                    <path className="timeline-diamond" d="M0,-8 L8,0 L0,8 L-8,0 z" />
                  </g>
                  {dragging?.id === m.id && (
                    <text className="chart-label timeline-drag-label" x={x(due) + 12} y={cy - 8}>
                      {formatDate(language, due)}
                    </text>
                  )}
                </g>
              );
            })}
            {data.dependencies.map((d) => {
              const from = data.milestones.find((m) => m.id === d.dependsOnId);
              const to = data.milestones.find((m) => m.id === d.milestoneId);
              const y1 = rowY.get(d.dependsOnId);
              const y2 = rowY.get(d.milestoneId);
              if (!from || !to || y1 === undefined || y2 === undefined) return null;
              const x1 = x(dueOf(from));
              const x2 = x(dueOf(to));
              const bend = Math.min(x1 + 12, x2 - 2);
              return (
                <path
                  key={`${d.milestoneId}-${d.dependsOnId}`}
                  className="timeline-dependency"
                  d={`M${x1 + 8},${y1} L${bend},${y1} L${bend},${y2 - (y2 > y1 ? 9 : -9)} L${x2 - 1},${y2 - (y2 > y1 ? 9 : -9)}`}
                  markerEnd="url(#timeline-arrow)"
                >
                  <title>{t('timeline.dependency', { from: from.title, to: to.title })}</title>
                </path>
              );
            })}
            <line className="timeline-today" x1={x(today)} x2={x(today)} y1={HEAD - 10} y2={height} />
            <text
              className="chart-label timeline-today-label"
              x={x(today) - 4}
              y={HEAD - 10}
              textAnchor="end"
            >
              {t('timeline.today')}
            </text>
          </svg>
        </div>
      )}
    </div>
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
