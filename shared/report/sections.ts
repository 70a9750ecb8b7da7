// The sections of the funder report (docs/domain.md, the funder report section by section), each a
// function of the report context: what it says comes from the frozen snapshot and the
// evaluation's records, computed by the shared status engine and written in the report's language.

import {
  draftNarrative,
  indicatorDraft,
  paceText,
  proposedDecision,
  snapshotBreakPointSentence,
} from '../evaluation/narrative.ts';
import type { MessageKey } from '../i18n/i18n.ts';
import { indicatorChart } from './charts.ts';
import type { ReportContext } from './context.ts';
import type { Block, Cell, Row, Section, TableBlock } from './model.ts';
import { dateCell, numberCell, outcomeTone, textCell } from './words.ts';

/** A section before numbering: sections are numbered once the variant has put them in order. */
export type Draft = Omit<Section, 'number' | 'sections'> & { readonly sections?: readonly Draft[] };

const isMember = (actor: { memberSince: string | null; memberUntil: string | null }, date: string) =>
  actor.memberSince !== null &&
  actor.memberSince <= date &&
  (actor.memberUntil === null || actor.memberUntil > date);

export function membersAt(c: ReportContext, date: string) {
  return c.snapshot.actors.filter((a) => isMember(a, date));
}

/** Rows of a goal tree, parents before children, with their depth. */
function goalRows(c: ReportContext) {
  const goals = c.snapshot.goals;
  const status = new Map(c.figures.goals.map((g) => [g.id, g.status]));
  const rows: { goal: (typeof goals)[number]; level: number }[] = [];
  const visit = (parentId: number | null, level: number) => {
    for (const goal of goals
      .filter((g) => g.parentId === parentId)
      .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)) {
      rows.push({ goal, level });
      visit(goal.id, level + 1);
    }
  };
  visit(null, 0);
  return rows.map(({ goal, level }) => ({ goal, level, status: status.get(goal.id) ?? 'no_data' }));
}

function table(
  c: ReportContext,
  prefix: string,
  caption: string,
  columns: TableBlock['columns'],
  rows: readonly Row[],
  extra: Partial<Omit<TableBlock, 'kind' | 'id' | 'caption' | 'columns' | 'rows'>> = {},
): TableBlock {
  return { kind: 'table', id: c.id(prefix), caption, columns, rows, data: true, ...extra };
}

const row = (cells: readonly Cell[], extra: Omit<Row, 'cells'> = {}): Row => ({ cells, ...extra });

// ——— 1. Summary ——————————————————————————————————————————————————————————————————————————

export function decisionBlocks(c: ReportContext): Block[] {
  const { w, view } = c;
  if (view.decision) {
    return [
      {
        kind: 'callout',
        tone: outcomeTone[view.decision.outcome] ?? 'none',
        title: w.t('report.decision.decided', {
          outcome: w.option('outcome', view.decision.outcome),
          date: w.date(view.decision.decidedOn),
        }),
        text: view.decision.rationale,
      },
    ];
  }
  const proposal = proposedDecision(c.snapshot, c.figures);
  return [
    {
      kind: 'callout',
      tone: 'info',
      title: w.t('report.decision.proposed', { outcome: w.option('outcome', proposal.outcome) }),
      text: w.t(`evaluation.draft.decision.${proposal.outcome}` as MessageKey, proposal.params),
    },
  ];
}

export function summarySection(c: ReportContext): Draft {
  const { w, figures } = c;
  const count = (s: string) => figures.indicators.filter((i) => i.status === s).length;
  const due = figures.breakPoints.filter((b) => b.checkDate <= c.snapshot.cutoff);
  const overdue = figures.milestones.filter((m) => m.overdue).length;
  const draft = [
    draftNarrative(w.language, 'overall', null, c.snapshot, figures),
    c.view.decision
      ? w.t('report.draft.summary.decided', {
          date: w.date(c.view.decision.decidedOn),
          outcome: w.option('outcome', c.view.decision.outcome),
        })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const top = goalRows(c).filter((g) => g.level === 0);
  return {
    id: 'summary',
    title: w.t('report.section.summary'),
    breakBefore: true,
    blocks: [
      {
        kind: 'facts',
        items: [
          { label: w.t('report.summary.overall'), ...statusFact(c, figures.strategyStatus) },
          {
            label: w.t('report.summary.indicators'),
            value: w.t('report.summary.indicatorCounts', {
              count: figures.indicators.length,
              onTrack: count('on_track'),
              atRisk: count('at_risk'),
              offTrack: count('off_track'),
              noData: count('no_data') + count('stale'),
            }),
          },
          {
            label: w.t('report.summary.breakPoints'),
            value: w.t('report.summary.breakPointCounts', {
              count: figures.breakPoints.length,
              due: due.length,
              met: due.filter((b) => b.status === 'met').length,
              missed: due.filter((b) => b.status === 'missed' || b.status === 'missed_no_evidence').length,
            }),
          },
          {
            label: w.t('report.summary.milestones'),
            value: w.t('report.summary.milestoneCounts', {
              count: figures.milestones.length,
              done: figures.milestones.filter((m) => m.status === 'done').length,
              overdue,
            }),
            ...(overdue > 0 ? { tone: 'warn' as const } : {}),
          },
        ],
      },
      c.narrative('section:summary', draft),
      ...decisionBlocks(c),
      table(
        c,
        'traffic-lights',
        w.t('report.summary.trafficLights'),
        [
          { label: w.t('report.column.goal'), kind: 'text', width: 4 },
          { label: w.t('report.column.indicators'), kind: 'number', width: 1 },
          { label: w.t('report.column.status'), kind: 'status', width: 1.6 },
        ],
        top.map((g) =>
          row([
            textCell(g.goal.title),
            numberCell(
              w.number(subtreeIndicators(c, g.goal.id).size, 0),
              subtreeIndicators(c, g.goal.id).size,
            ),
            w.indicatorStatus(g.status),
          ]),
        ),
        { sheet: w.t('report.sheet.trafficLights'), empty: w.t('report.empty.goals') },
      ),
    ],
  };
}

function statusFact(c: ReportContext, status: Parameters<ReportContext['w']['indicatorStatus']>[0]) {
  const cell = c.w.indicatorStatus(status);
  return { value: cell.text, tone: cell.tone! };
}

function subtreeIndicators(c: ReportContext, goalId: number): Set<number> {
  const ids = new Set<number>();
  const visit = (id: number) => {
    const goal = c.snapshot.goals.find((g) => g.id === id);
    for (const i of goal?.indicatorIds ?? []) ids.add(i);
    for (const child of c.snapshot.goals.filter((g) => g.parentId === id)) visit(child.id);
  };
  visit(goalId);
  return ids;
}

// ——— 2. Context ——————————————————————————————————————————————————————————————————————————

export function contextSection(c: ReportContext): Draft {
  const { w, snapshot } = c;
  const cluster = snapshot.cluster;
  const members = membersAt(c, snapshot.cutoff).length;
  // Only what the cluster states: no empty brackets ("Cluster (–)") and no stage "–".
  const draft = w.t(cluster.lifeCycleStage ? 'report.draft.context' : 'report.draft.contextNoStage', {
    cluster: cluster.name,
    region: cluster.region ? ` (${cluster.region})` : '',
    stage: w.option('lifeCycleStage', cluster.lifeCycleStage),
    members,
    date: w.date(snapshot.cutoff),
  });
  const facts = [
    {
      label: w.t('field.region'),
      value: [cluster.region, cluster.country].filter(Boolean).join(', ') || '–',
    },
    { label: w.t('field.sectorGroup'), value: w.option('sectorGroup', cluster.sectorGroup) },
    { label: w.t('field.lifeCycleStage'), value: w.option('lifeCycleStage', cluster.lifeCycleStage) },
    {
      label: w.t('field.foundingYear'),
      value: cluster.foundingYear === null ? '–' : String(cluster.foundingYear),
    },
    { label: w.t('field.hostOrganisation'), value: cluster.hostOrganisation || '–' },
    { label: w.t('field.legalForm'), value: cluster.legalForm || '–' },
    { label: w.t('report.context.members'), value: w.number(members, 0) },
  ];
  const blocks: Block[] = [{ kind: 'facts', items: facts }];
  if (cluster.description.trim()) blocks.push({ kind: 'paragraph', text: cluster.description.trim() });
  if (cluster.regionalStrengths.length > 0) {
    blocks.push({ kind: 'paragraph', text: w.t('report.context.strengths') });
    blocks.push({ kind: 'list', ordered: false, items: cluster.regionalStrengths });
  }
  blocks.push(c.narrative('section:context', draft));
  return { id: 'context', title: w.t('report.section.context'), breakBefore: true, blocks };
}

// ——— 3. Strategy ——————————————————————————————————————————————————————————————————————————

export function strategySection(c: ReportContext): Draft {
  const { w, snapshot } = c;
  const strategy = snapshot.strategy;
  const blocks: Block[] = [];
  if (strategy) {
    blocks.push({
      kind: 'facts',
      items: [
        { label: w.t('report.strategy.title'), value: strategy.title },
        {
          label: w.t('report.strategy.period'),
          value: `${w.date(strategy.periodStart)} – ${w.date(strategy.periodEnd)}`,
        },
      ],
    });
    if (strategy.vision.trim()) {
      blocks.push({ kind: 'paragraph', text: w.t('field.vision'), style: 'lead' });
      blocks.push({ kind: 'paragraph', text: strategy.vision.trim() });
    }
    if (strategy.mission.trim()) {
      blocks.push({ kind: 'paragraph', text: w.t('field.mission'), style: 'lead' });
      blocks.push({ kind: 'paragraph', text: strategy.mission.trim() });
    }
  } else {
    blocks.push({ kind: 'paragraph', text: w.t('report.strategy.none'), style: 'note' });
  }
  const fields = new Map(snapshot.fieldsOfAction.map((f) => [f.id, f]));
  const fieldName = (id: number | null) => {
    const field = id === null ? undefined : fields.get(id);
    if (!field) return '–';
    return field.key ? w.t(`option.fieldOfAction.${field.key}` as MessageKey) : field.name;
  };
  blocks.push(
    table(
      c,
      'goal-tree',
      w.t('report.strategy.goalTree'),
      [
        { label: w.t('report.column.goal'), kind: 'text', width: 4 },
        { label: w.t('field.perspective'), kind: 'text', width: 1.8 },
        { label: w.t('field.fieldOfActionId'), kind: 'text', width: 1.8 },
        { label: w.t('report.column.indicators'), kind: 'number', width: 1 },
        { label: w.t('report.column.status'), kind: 'status', width: 1.5 },
      ],
      goalRows(c).map((g) =>
        row(
          [
            textCell(g.goal.title),
            textCell(w.option('perspective', g.goal.perspective)),
            textCell(fieldName(g.goal.fieldOfActionId)),
            numberCell(
              w.number(subtreeIndicators(c, g.goal.id).size, 0),
              subtreeIndicators(c, g.goal.id).size,
            ),
            w.indicatorStatus(g.status),
          ],
          { level: g.level, ...(g.level === 0 ? { emphasis: 'group' as const } : {}) },
        ),
      ),
      { sheet: w.t('report.sheet.goals'), empty: w.t('report.empty.goals') },
    ),
  );
  blocks.push(c.narrative('section:strategy', ''));
  return { id: 'strategy', title: w.t('report.section.strategy'), breakBefore: true, blocks };
}

// ——— 4. Activities and milestones ————————————————————————————————————————————————————————

export function milestoneTable(c: ReportContext): TableBlock {
  const { w, snapshot, figures } = c;
  const goals = new Map(snapshot.goals.map((g) => [g.id, g.title]));
  const byId = new Map(figures.milestones.map((m) => [m.id, m]));
  const rows = [...snapshot.milestones]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.sortOrder - b.sortOrder)
    .map((m) => {
      const f = byId.get(m.id)!;
      const late =
        m.completedOn !== null && m.completedOn > m.dueDate
          ? Math.round((Date.parse(m.completedOn) - Date.parse(m.dueDate)) / 86_400_000)
          : f.daysOverdue;
      const tone = f.overdue
        ? 'bad'
        : m.status === 'done'
          ? 'good'
          : m.status === 'delayed'
            ? 'warn'
            : 'none';
      return row([
        textCell(m.title),
        textCell(m.goalId === null ? '–' : (goals.get(m.goalId) ?? '–')),
        dateCell(w, m.dueDate),
        {
          text: f.overdue
            ? w.t('report.milestone.overdue', { status: w.option('status', m.status) })
            : w.option('status', m.status),
          value: w.option('status', m.status),
          tone,
        },
        dateCell(w, m.completedOn),
        numberCell(late > 0 ? w.t('report.days', { count: late }) : '–', late > 0 ? late : null),
      ]);
    });
  return table(
    c,
    'milestones',
    w.t('report.activities.milestones'),
    [
      { label: w.t('report.column.milestone'), kind: 'text', width: 3.2 },
      { label: w.t('report.column.goal'), kind: 'text', width: 2.4 },
      { label: w.t('report.column.due'), kind: 'date', width: 1.2 },
      { label: w.t('report.column.status'), kind: 'status', width: 1.6 },
      { label: w.t('report.column.completed'), kind: 'date', width: 1.2 },
      { label: w.t('report.column.delay'), kind: 'number', width: 1, numberFormat: '0' },
    ],
    rows,
    { sheet: w.t('report.sheet.milestones'), empty: w.t('report.empty.milestones') },
  );
}

/** Milestones behind their plan, each with its cause (the assessment, else its evidence note). */
export function deviationBlocks(c: ReportContext): Block[] {
  const { w, snapshot, figures } = c;
  const behind = figures.milestones.filter(
    (m) => m.overdue || m.status === 'delayed' || (m.completedOn !== null && m.completedOn > m.dueDate),
  );
  if (behind.length === 0) return [{ kind: 'paragraph', text: w.t('report.activities.noDeviations') }];
  return [
    table(
      c,
      'deviations',
      w.t('report.activities.deviations'),
      [
        { label: w.t('report.column.milestone'), kind: 'text', width: 2.4 },
        { label: w.t('report.column.deviation'), kind: 'text', width: 1.8 },
        { label: w.t('report.column.cause'), kind: 'text', width: 4.4 },
      ],
      behind.map((m) => {
        const entry = c.entry('milestone', m.id);
        const milestone = snapshot.milestones.find((x) => x.id === m.id)!;
        const cause =
          (entry?.assessment?.narrative.trim() && w.language === c.view.evaluation.language
            ? entry.assessment.narrative.trim()
            : '') ||
          milestone.evidence.trim() ||
          w.t('report.activities.noCause');
        const deviation = m.overdue
          ? w.t('report.milestone.overdueBy', { count: m.daysOverdue })
          : m.completedOn !== null && m.completedOn > m.dueDate
            ? w.t('report.milestone.lateBy', {
                count: Math.round((Date.parse(m.completedOn) - Date.parse(m.dueDate)) / 86_400_000),
              })
            : w.option('status', m.status);
        return row([textCell(m.title), textCell(deviation), textCell(cause)]);
      }),
      { sheet: w.t('report.sheet.deviations') },
    ),
  ];
}

export function eventsTable(c: ReportContext): TableBlock {
  const { w, snapshot } = c;
  const inPeriod = snapshot.events.filter((e) => e.date >= snapshot.periodStart && e.date <= snapshot.cutoff);
  const types = [...new Set(inPeriod.map((e) => e.type))].sort();
  const rows = types.map((type) => {
    const events = inPeriod.filter((e) => e.type === type);
    const participants = events.reduce((sum, e) => sum + e.participants, 0);
    return row([
      textCell(w.option('eventType', type)),
      numberCell(w.number(events.length, 0), events.length),
      numberCell(w.number(participants, 0), participants),
    ]);
  });
  const total = inPeriod.reduce((sum, e) => sum + e.participants, 0);
  if (rows.length > 0)
    rows.push(
      row(
        [
          textCell(w.t('report.total')),
          numberCell(w.number(inPeriod.length, 0), inPeriod.length),
          numberCell(w.number(total, 0), total),
        ],
        { emphasis: 'total' },
      ),
    );
  return table(
    c,
    'events',
    w.t('report.activities.events', { from: w.date(snapshot.periodStart), to: w.date(snapshot.cutoff) }),
    [
      { label: w.t('report.column.eventType'), kind: 'text', width: 3 },
      { label: w.t('report.column.events'), kind: 'number', width: 1, numberFormat: '0' },
      { label: w.t('report.column.participants'), kind: 'number', width: 1.4, numberFormat: '#,##0' },
    ],
    rows,
    { sheet: w.t('report.sheet.events'), empty: w.t('report.empty.events') },
  );
}

export function activitiesSection(c: ReportContext): Draft {
  const { w, snapshot, figures } = c;
  const inPeriod = snapshot.events.filter((e) => e.date >= snapshot.periodStart && e.date <= snapshot.cutoff);
  const dueInPeriod = figures.milestones.filter(
    (m) => m.dueDate >= snapshot.periodStart && m.dueDate <= snapshot.cutoff,
  );
  const draft = w.t('report.draft.activities', {
    due: dueInPeriod.length,
    done: dueInPeriod.filter((m) => m.status === 'done').length,
    overdue: figures.milestones.filter((m) => m.overdue).length,
    events: inPeriod.length,
    participants: inPeriod.reduce((sum, e) => sum + e.participants, 0),
  });
  return {
    id: 'activities',
    title: w.t('report.section.activities'),
    breakBefore: true,
    blocks: [
      c.narrative('section:activities', draft),
      milestoneTable(c),
      ...deviationBlocks(c),
      eventsTable(c),
    ],
  };
}

// ——— 5. Indicators ————————————————————————————————————————————————————————————————————————

export function indicatorOverview(c: ReportContext): TableBlock {
  const { w, snapshot, figures } = c;
  const facts = new Map(snapshot.indicators.map((i) => [i.id, i]));
  return table(
    c,
    'indicators',
    w.t('report.indicators.overview', { date: w.date(snapshot.cutoff) }),
    [
      { label: w.t('report.column.indicator'), kind: 'text', width: 2.8 },
      { label: w.t('report.column.baseline'), kind: 'number', width: 1.35 },
      { label: w.t('report.column.target'), kind: 'number', width: 1.1 },
      { label: w.t('report.column.planned'), kind: 'number', width: 1 },
      { label: w.t('report.column.actual'), kind: 'number', width: 1 },
      { label: w.t('report.column.trend'), kind: 'number', width: 1 },
      { label: w.t('report.column.status'), kind: 'status', width: 1.75 },
    ],
    figures.indicators.map((f) => {
      const i = facts.get(f.id)!;
      const d = f.decimals;
      return row([
        textCell(f.unit ? `${f.name} (${f.unit})` : f.name),
        numberCell(w.number(i.baselineValue, d), i.baselineValue),
        numberCell(f.target ? w.number(f.target.value, d) : '–', f.target?.value),
        numberCell(w.number(f.planned, d), f.planned),
        numberCell(w.number(f.actual, d), f.actual),
        numberCell(f.trend ? w.number(f.trend.value, d) : '–', f.trend?.value),
        w.indicatorStatus(f.status),
      ]);
    }),
    { sheet: w.t('report.sheet.indicators'), empty: w.t('report.empty.indicators') },
  );
}

export function indicatorSection(c: ReportContext, indicatorId: number): Draft {
  const { w, snapshot } = c;
  const f = c.figures.indicators.find((x) => x.id === indicatorId)!;
  const i = snapshot.indicators.find((x) => x.id === indicatorId)!;
  const entry = c.entry('indicator', f.id);
  const chart = indicatorChart({
    language: w.language,
    title: f.name,
    unit: f.unit,
    decimals: f.decimals,
    accent: c.accent,
    series: f.series,
    plan: f.plan,
    targets: i.targets,
    trend:
      f.trend && f.series.length > 0
        ? { from: f.series[f.series.length - 1]!, to: { date: f.trend.until, value: f.trend.value } }
        : null,
    band: i.direction === 'band' ? { low: i.bandLow, high: i.bandHigh } : null,
    cutoff: snapshot.cutoff,
    labels: {
      actual: w.t('report.chart.actual'),
      plan: w.t('report.chart.plan'),
      target: w.t('report.chart.target'),
      trend: w.t('report.chart.trend'),
      cutoff: w.t('report.chart.cutoff'),
      band: w.t('report.chart.band'),
    },
  });
  const d = f.decimals;
  const facts = [
    {
      label: w.t('report.column.status'),
      value: w.indicatorStatus(f.status).text,
      tone: w.indicatorStatus(f.status).tone!,
    },
    {
      label: w.t('report.column.actual'),
      value: `${w.withUnit(f.actual, f.unit, d)}${f.lastMeasurement ? ` (${w.date(f.lastMeasurement)})` : ''}`,
    },
    { label: w.t('report.column.planned'), value: w.withUnit(f.planned, f.unit, d) },
    {
      label: w.t('report.column.target'),
      value: f.target ? `${w.withUnit(f.target.value, f.unit, d)} (${w.date(f.target.date)})` : '–',
    },
    ...(f.trend
      ? [
          {
            label: w.t('report.column.trend'),
            value: w.t('report.indicator.trend', {
              value: w.withUnit(f.trend.value, f.unit, d),
              until: w.date(f.trend.until),
              window: f.trend.method.window,
            }),
          },
        ]
      : []),
    ...(f.pace
      ? [{ label: w.t('report.indicator.pace'), value: paceText(w.language, f.pace, f.unit, Math.max(1, d)) }]
      : []),
    ...(entry?.assessment?.verdict
      ? [
          {
            label: w.t('assessment.verdict'),
            value: w.verdict(entry.assessment.verdict).text,
            tone: w.verdict(entry.assessment.verdict).tone!,
          },
        ]
      : []),
  ];
  const blocks: Block[] = [
    { kind: 'facts', items: facts },
    {
      kind: 'chart',
      id: c.id('indicator-chart'),
      svg: chart.svg,
      width: chart.width,
      height: chart.height,
      caption: w.t('report.indicator.chartCaption', { name: f.name }),
      alt: w.t('report.indicator.chartAlt', {
        name: f.name,
        count: f.series.length,
        actual: w.withUnit(f.actual, f.unit, d),
        planned: w.withUnit(f.planned, f.unit, d),
      }),
    },
    c.narrative(
      `indicator:${f.id}`,
      indicatorDraft(w.language, f, snapshot.cutoff),
      entry?.assessment?.narrative,
    ),
  ];
  if (i.definition.trim())
    blocks.splice(1, 0, { kind: 'paragraph', text: i.definition.trim(), style: 'note' });
  return { id: `indicator-${f.id}`, title: f.name, blocks, keep: true };
}

export function indicatorsSection(c: ReportContext): Draft {
  const { w, figures } = c;
  const count = (s: string) => figures.indicators.filter((i) => i.status === s).length;
  const draft = w.t('report.draft.indicators', {
    count: figures.indicators.length,
    onTrack: count('on_track'),
    atRisk: count('at_risk'),
    offTrack: count('off_track'),
    noData: count('no_data') + count('stale'),
  });
  return {
    id: 'indicators',
    title: w.t('report.section.indicators'),
    breakBefore: true,
    blocks: [c.narrative('section:indicators', draft), indicatorOverview(c)],
    sections: figures.indicators.map((f) => indicatorSection(c, f.id)),
  };
}

// ——— 8. Break-points —————————————————————————————————————————————————————————————————————

export function breakPointSentenceFor(c: ReportContext, id: number): string {
  return snapshotBreakPointSentence(c.w.language, c.snapshot, id);
}

function evidenceItems(c: ReportContext, entry: ReturnType<ReportContext['entry']>): string[] {
  return (entry?.evidence ?? []).map((e) =>
    e.kind === 'link'
      ? `${e.text.trim() ? `${e.text.trim()}: ` : ''}${e.url}`
      : e.kind === 'file'
        ? c.w.t('report.evidence.file', {
            name: e.fileName,
            text: e.text.trim() ? ` – ${e.text.trim()}` : '',
            hash: (e.attachment ?? '').slice(0, 12),
          })
        : e.text.trim(),
  );
}

export function breakPointsSection(c: ReportContext): Draft {
  const { w, snapshot, figures } = c;
  const indicatorFacts = new Map(figures.indicators.map((i) => [i.id, i]));
  const overview = table(
    c,
    'break-points',
    w.t('report.breakPoints.overview', { date: w.date(snapshot.cutoff) }),
    [
      { label: w.t('report.column.breakPoint'), kind: 'text', width: 3.2 },
      { label: w.t('report.column.checkDate'), kind: 'date', width: 1.2 },
      { label: w.t('report.column.status'), kind: 'status', width: 1.6 },
      { label: w.t('assessment.verdict'), kind: 'status', width: 1.6 },
    ],
    figures.breakPoints.map((b) =>
      row([
        textCell(b.title),
        dateCell(w, b.checkDate),
        w.breakPointStatus(b.status),
        w.verdict(c.entry('break_point', b.id)?.assessment?.verdict ?? null),
      ]),
    ),
    { sheet: w.t('report.sheet.breakPoints'), empty: w.t('report.empty.breakPoints') },
  );
  const due = figures.breakPoints.filter((b) => b.checkDate <= snapshot.cutoff);
  const draft = w.t('report.draft.breakPoints', {
    count: figures.breakPoints.length,
    due: due.length,
    met: due.filter((b) => b.status === 'met').length,
    missed: due.filter((b) => b.status === 'missed' || b.status === 'missed_no_evidence').length,
  });
  const sections = figures.breakPoints.map((b): Draft => {
    const facts = snapshot.breakPoints.find((x) => x.id === b.id)!;
    const entry = c.entry('break_point', b.id);
    const blocks: Block[] = [
      { kind: 'paragraph', text: breakPointSentenceFor(c, b.id), style: 'lead' },
      {
        kind: 'facts',
        items: [
          { label: w.t('report.column.checkDate'), value: w.date(b.checkDate) },
          {
            label: w.t('report.column.status'),
            value: w.breakPointStatus(b.status).text,
            tone: w.breakPointStatus(b.status).tone!,
          },
          {
            label: w.t('assessment.verdict'),
            value: w.verdict(entry?.assessment?.verdict ?? null).text,
            tone: w.verdict(entry?.assessment?.verdict ?? null).tone!,
          },
          { label: w.t('report.breakPoint.consequence'), value: w.option('consequence', facts.consequence) },
          ...(b.pace
            ? [
                {
                  label: w.t('report.indicator.pace'),
                  value: paceText(
                    w.language,
                    b.pace,
                    indicatorFacts.get(b.indicatorIds[0] ?? -1)?.unit ?? '',
                  ),
                },
              ]
            : []),
        ],
      },
    ];
    const compares = facts.conditions.filter((x) => x.node === 'compare' && x.indicatorId !== null);
    if (compares.length > 0) {
      blocks.push(
        table(
          c,
          'break-point-values',
          w.t('report.breakPoint.values', { title: b.title }),
          [
            { label: w.t('report.column.indicator'), kind: 'text', width: 3 },
            { label: w.t('report.column.threshold'), kind: 'number', width: 1.6 },
            { label: w.t('report.column.value'), kind: 'number', width: 1.3 },
            { label: w.t('report.column.status'), kind: 'status', width: 1.5 },
          ],
          compares.map((x) => {
            const f = indicatorFacts.get(x.indicatorId!);
            return row([
              textCell(f?.name ?? '–'),
              numberCell(
                `${w.t(`option.comparator.${x.comparator ?? 'ge'}` as MessageKey)} ${w.withUnit(x.threshold, f?.unit ?? '', 6)}`,
                x.threshold,
              ),
              numberCell(w.withUnit(f?.actual, f?.unit ?? '', f?.decimals ?? 1), f?.actual),
              f ? w.indicatorStatus(f.status) : textCell('–'),
            ]);
          }),
          { data: false },
        ),
      );
    }
    const evidence = evidenceItems(c, entry);
    blocks.push({ kind: 'paragraph', text: w.t('report.breakPoint.evidence'), style: 'lead' });
    blocks.push(
      evidence.length > 0
        ? { kind: 'list', ordered: false, items: evidence }
        : { kind: 'paragraph', text: w.t('report.breakPoint.noEvidence'), style: 'note' },
    );
    // The draft opens with the rule's sentence, which the section already leads with.
    const sentence = breakPointSentenceFor(c, b.id);
    const draft = draftNarrative(w.language, 'break_point', b.id, snapshot, figures);
    blocks.push(
      c.narrative(
        `breakPoint:${b.id}`,
        draft.startsWith(sentence) ? draft.slice(sentence.length).trim() : draft,
        entry?.assessment?.narrative,
      ),
    );
    return { id: `break-point-${b.id}`, title: b.title, blocks, keep: true };
  });
  return {
    id: 'break-points',
    title: w.t('report.section.breakPoints'),
    breakBefore: true,
    blocks: [c.narrative('section:breakPoints', draft), overview],
    sections,
  };
}

// ——— 9. The evaluation meeting ————————————————————————————————————————————————————————————

export function participantsTable(c: ReportContext): TableBlock {
  const { w, view } = c;
  return table(
    c,
    'participants',
    w.t('report.meeting.participants'),
    [
      { label: w.t('report.column.name'), kind: 'text', width: 2.2 },
      { label: w.t('report.column.organisation'), kind: 'text', width: 2.6 },
      { label: w.t('report.column.role'), kind: 'text', width: 2 },
      { label: w.t('report.column.attendance'), kind: 'text', width: 1.4 },
    ],
    view.participants.map((p) =>
      row([
        textCell(p.name),
        textCell(p.organisation || '–'),
        textCell(p.role || '–'),
        textCell(w.option('attendance', p.attendance)),
      ]),
    ),
    { sheet: w.t('report.sheet.participants'), empty: w.t('report.empty.participants') },
  );
}

export function resolutionsTable(c: ReportContext): TableBlock {
  const { w, view } = c;
  const votes = (n: number | null) => (n === null ? '–' : w.number(n, 0));
  return table(
    c,
    'resolutions',
    w.t('report.meeting.resolutions'),
    [
      { label: w.t('report.column.motion'), kind: 'text', width: 4.4 },
      { label: w.t('report.column.result'), kind: 'status', width: 1.4 },
      { label: w.t('report.column.votes'), kind: 'text', width: 1.8 },
    ],
    view.resolutions.map((r) =>
      row([
        textCell(r.motion),
        {
          text: w.option('resolutionResult', r.result),
          value: w.option('resolutionResult', r.result),
          tone: r.result === 'adopted' ? 'good' : 'bad',
        },
        textCell(
          w.t('report.meeting.votes', {
            for: votes(r.votesFor),
            against: votes(r.votesAgainst),
            abstentions: votes(r.abstentions),
          }),
        ),
      ]),
    ),
    { sheet: w.t('report.sheet.resolutions'), empty: w.t('report.empty.resolutions') },
  );
}

export function followUpsTable(c: ReportContext): TableBlock {
  const { w, view, snapshot } = c;
  const goals = new Map(snapshot.goals.map((g) => [g.id, g.title]));
  return table(
    c,
    'follow-ups',
    w.t('report.meeting.followUps'),
    [
      { label: w.t('report.column.action'), kind: 'text', width: 3.4 },
      { label: w.t('report.column.owner'), kind: 'text', width: 1.8 },
      { label: w.t('report.column.due'), kind: 'date', width: 1.2 },
      { label: w.t('report.column.goal'), kind: 'text', width: 2.2 },
    ],
    view.followUps.map((f) =>
      row([
        textCell(f.title),
        textCell(f.owner),
        dateCell(w, f.dueDate),
        textCell(f.goalId === null ? '–' : (goals.get(f.goalId) ?? '–')),
      ]),
    ),
    { sheet: w.t('report.sheet.followUps'), empty: w.t('report.empty.followUps') },
  );
}

export function meetingFacts(c: ReportContext): Block {
  const { w, view } = c;
  const present = view.participants.filter((p) => p.attendance === 'present').length;
  return {
    kind: 'facts',
    items: [
      { label: w.t('field.meetingDate'), value: w.date(view.evaluation.meetingDate) },
      { label: w.t('field.cutoffDate'), value: w.date(view.evaluation.cutoffDate) },
      {
        label: w.t('report.meeting.attendance'),
        value: w.t('report.meeting.attendanceCount', { present, invited: view.participants.length }),
      },
      {
        label: w.t('report.meeting.status'),
        value: w.t(`evaluation.status.${view.evaluation.status}` as MessageKey),
      },
    ],
  };
}

export function meetingSection(c: ReportContext): Draft {
  const { w } = c;
  return {
    id: 'meeting',
    title: w.t('report.section.meeting'),
    breakBefore: true,
    blocks: [
      meetingFacts(c),
      participantsTable(c),
      resolutionsTable(c),
      { kind: 'paragraph', text: w.t('report.meeting.decision'), style: 'lead' },
      ...decisionBlocks(c),
      followUpsTable(c),
      c.narrative('section:meeting', ''),
    ],
  };
}

// ——— 10. Outlook —————————————————————————————————————————————————————————————————————————

export function outlookSection(c: ReportContext): Draft {
  const { w, snapshot, view, figures } = c;
  const indicators = new Map(snapshot.indicators.map((i) => [i.id, i]));
  const adjustments = table(
    c,
    'adjustments',
    w.t('report.outlook.adjustments'),
    [
      { label: w.t('report.column.adjustment'), kind: 'text', width: 3.6 },
      { label: w.t('report.column.indicator'), kind: 'text', width: 2 },
      { label: w.t('report.column.newTarget'), kind: 'number', width: 1.6 },
      { label: w.t('report.column.applied'), kind: 'date', width: 1.2 },
    ],
    view.adjustments.map((a) => {
      const indicator = a.indicatorId === null ? undefined : indicators.get(a.indicatorId);
      return row([
        textCell(a.description),
        textCell(indicator?.name ?? '–'),
        numberCell(
          a.targetValue === null
            ? '–'
            : `${w.withUnit(a.targetValue, indicator?.unit ?? '', indicator?.decimals ?? 1)} (${w.date(a.targetDate)})`,
          a.targetValue,
        ),
        dateCell(w, a.appliedAt?.slice(0, 10) ?? null),
      ]);
    }),
    { sheet: w.t('report.sheet.adjustments'), empty: w.t('report.empty.adjustments') },
  );
  const nextYear = Number(snapshot.periodEnd.slice(0, 4)) + 1;
  const targetRows: Row[] = [];
  for (const i of snapshot.indicators) {
    const next = i.targets
      .filter((t) => Number(t.date.slice(0, 4)) === nextYear)
      .sort((a, b) => a.date.localeCompare(b.date));
    for (const t of next)
      targetRows.push(
        row([
          textCell(i.name),
          dateCell(w, t.date),
          numberCell(w.withUnit(t.value, i.unit, i.decimals), t.value),
        ]),
      );
  }
  const targets = table(
    c,
    'next-targets',
    w.t('report.outlook.targets', { year: String(nextYear) }),
    [
      { label: w.t('report.column.indicator'), kind: 'text', width: 3.6 },
      { label: w.t('report.column.date'), kind: 'date', width: 1.2 },
      { label: w.t('report.column.target'), kind: 'number', width: 1.6 },
    ],
    targetRows,
    { sheet: w.t('report.sheet.targets'), empty: w.t('report.empty.targets', { year: String(nextYear) }) },
  );
  const risks: string[] = [];
  for (const f of figures.indicators.filter((i) => i.status === 'off_track' || i.status === 'at_risk'))
    risks.push(
      w.t('report.outlook.risk.indicator', {
        name: f.name,
        status: w.indicatorStatus(f.status).text,
        pace: f.pace ? ` ${paceText(w.language, f.pace, f.unit, Math.max(1, f.decimals))}.` : '',
      }),
    );
  const horizon = `${nextYear}-12-31`;
  for (const b of figures.breakPoints.filter(
    (x) => x.checkDate > snapshot.cutoff && x.checkDate <= horizon && x.status === 'at_risk',
  ))
    risks.push(w.t('report.outlook.risk.breakPoint', { title: b.title, date: w.date(b.checkDate) }));
  const overdue = figures.milestones.filter((m) => m.overdue);
  if (overdue.length > 0)
    risks.push(
      w.t('report.outlook.risk.milestones', {
        count: overdue.length,
        titles: overdue.map((m) => m.title).join(', '),
      }),
    );
  const draft = w.t('report.draft.outlook', {
    adjustments: view.adjustments.length,
    risks: risks.length,
    year: String(nextYear),
  });
  return {
    id: 'outlook',
    title: w.t('report.section.outlook'),
    breakBefore: true,
    blocks: [
      c.narrative('section:outlook', draft),
      adjustments,
      targets,
      { kind: 'paragraph', text: w.t('report.outlook.risks'), style: 'lead' },
      risks.length > 0
        ? { kind: 'list', ordered: false, items: risks }
        : { kind: 'paragraph', text: w.t('report.outlook.noRisks'), style: 'note' },
    ],
  };
}
