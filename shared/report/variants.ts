// The two other documents built from an evaluation: the Verwendungsnachweis German funders expect
// (a Sachbericht: results against goals, what was done, deviations and their reasons; and a
// zahlenmäßiger Nachweis: income and expenditure against the financing plan by year and source),
// and the minutes of the evaluation meeting as a document of their own.
import { draftNarrative, paceText } from '../evaluation/narrative.ts';
import { annexSection } from './annex.ts';
import type { ReportContext } from './context.ts';
import { numbersSection } from './finances.ts';
import type { Block, Row } from './model.ts';
import {
  type Draft,
  decisionBlocks,
  deviationBlocks,
  eventsTable,
  followUpsTable,
  indicatorOverview,
  meetingFacts,
  milestoneTable,
  participantsTable,
  resolutionsTable,
  summarySection,
} from './sections.ts';
import { textCell } from './words.ts';

// ——— Verwendungsnachweis ————————————————————————————————————————————————————————————————

/** Indicators behind their plan and missed break-points, each with its reason. */
function reasonsBlocks(c: ReportContext): Block[] {
  const { w, snapshot, figures } = c;
  const rows: Row[] = [];
  for (const f of figures.indicators.filter((i) => i.status === 'off_track' || i.status === 'at_risk')) {
    const entry = c.entry('indicator', f.id);
    const reason =
      c.input.narratives[`indicator:${f.id}`]?.trim() ||
      (c.view.evaluation.language === w.language ? entry?.assessment?.narrative.trim() : '') ||
      `${w.t('report.vn.noReason')}${f.pace ? ` ${paceText(w.language, f.pace, f.unit, Math.max(1, f.decimals))}.` : ''}`;
    rows.push({
      cells: [
        textCell(f.name),
        {
          ...w.indicatorStatus(f.status),
          text: `${w.indicatorStatus(f.status).text}: ${w.withUnit(f.actual, f.unit, f.decimals)} / ${w.withUnit(f.planned, f.unit, f.decimals)}`,
        },
        textCell(reason),
      ],
    });
  }
  for (const b of figures.breakPoints.filter(
    (x) => x.status === 'missed' || x.status === 'missed_no_evidence',
  )) {
    const entry = c.entry('break_point', b.id);
    const reason =
      c.input.narratives[`breakPoint:${b.id}`]?.trim() ||
      (c.view.evaluation.language === w.language ? entry?.assessment?.narrative.trim() : '') ||
      w.t('report.vn.noReason');
    rows.push({ cells: [textCell(b.title), w.breakPointStatus(b.status), textCell(reason)] });
  }
  return [
    {
      kind: 'table',
      id: c.id('reasons'),
      caption: w.t('report.vn.reasonsCaption', { date: w.date(snapshot.cutoff) }),
      data: true,
      sheet: w.t('report.sheet.reasons'),
      columns: [
        { label: w.t('report.column.subject'), kind: 'text', width: 2.4 },
        { label: w.t('report.column.deviation'), kind: 'status', width: 2.2 },
        { label: w.t('report.column.reason'), kind: 'text', width: 4.2 },
      ],
      rows,
      empty: w.t('report.vn.noDeviations'),
    },
  ];
}

export function verwendungsnachweisSections(c: ReportContext): Draft[] {
  const { w } = c;
  const summary = summarySection(c);
  const sachbericht: Draft = {
    id: 'sachbericht',
    title: w.t('report.vn.sachbericht'),
    breakBefore: true,
    blocks: [{ kind: 'paragraph', text: w.t('report.vn.sachberichtIntro'), style: 'note' }],
    sections: [
      {
        id: 'vn-results',
        title: w.t('report.vn.results'),
        blocks: [...summary.blocks.filter((b) => b.kind !== 'callout'), indicatorOverview(c)],
      },
      {
        id: 'vn-activities',
        title: w.t('report.vn.activities'),
        blocks: [milestoneTable(c), eventsTable(c)],
      },
      {
        id: 'vn-deviations',
        title: w.t('report.vn.deviations'),
        blocks: [...reasonsBlocks(c), ...deviationBlocks(c)],
      },
      {
        id: 'vn-continuation',
        title: w.t('report.vn.continuation'),
        blocks: decisionBlocks(c),
      },
    ],
  };
  const confirmation: Draft = {
    id: 'confirmation',
    title: w.t('report.vn.confirmation'),
    breakBefore: true,
    blocks: [
      { kind: 'paragraph', text: w.t('report.vn.confirmationText') },
      {
        kind: 'signature',
        lines: [w.t('report.signature.placeDate'), w.t('report.signature.legal')],
      },
    ],
  };
  return [sachbericht, numbersSection(c), confirmation, annexSection(c)];
}

// ——— Minutes ———————————————————————————————————————————————————————————————————————————

export function minutesSections(c: ReportContext): Draft[] {
  const { w, view } = c;
  const items = view.agenda.map((entry, index): Draft => {
    const resolutions = view.resolutions.filter((r) => r.agendaItemId === entry.id);
    const blocks: Block[] = [];
    if (entry.assessment?.verdict)
      blocks.push({
        kind: 'facts',
        items: [
          {
            label: w.t('assessment.verdict'),
            value: w.verdict(entry.assessment.verdict).text,
            tone: w.verdict(entry.assessment.verdict).tone!,
          },
        ],
      });
    // What was said of it: the assessment's text (in the evaluation's language), else the draft
    // from the figures in the minutes' language; then the notes taken in the meeting.
    const said =
      (c.view.evaluation.language === w.language ? entry.assessment?.narrative.trim() : '') ||
      (entry.kind === 'other' || entry.kind === 'decision'
        ? ''
        : draftNarrative(w.language, entry.kind, entry.subjectId, c.snapshot, c.figures));
    if (said) blocks.push({ kind: 'paragraph', text: said });
    blocks.push(
      entry.minutes.trim()
        ? { kind: 'paragraph', text: `${w.t('report.minutes.notes')} ${entry.minutes.trim()}` }
        : { kind: 'paragraph', text: w.t('report.minutes.noMinutes'), style: 'note' },
    );
    for (const r of resolutions)
      blocks.push({
        kind: 'callout',
        tone: r.result === 'adopted' ? 'good' : 'bad',
        title: w.t('report.minutes.resolution', { result: w.option('resolutionResult', r.result) }),
        text: r.motion,
      });
    return {
      id: `item-${entry.id}`,
      title: `${w.t('report.minutes.top', { n: index + 1 })} ${entry.title}`,
      blocks,
    };
  });
  return [
    {
      id: 'minutes-meeting',
      title: w.t('report.minutes.meeting'),
      breakBefore: true,
      blocks: [meetingFacts(c), participantsTable(c)],
    },
    {
      id: 'minutes-agenda',
      title: w.t('report.minutes.agenda'),
      blocks: [
        view.agenda.length > 0
          ? { kind: 'list', ordered: true, items: view.agenda.map((e) => e.title) }
          : { kind: 'paragraph', text: w.t('report.empty.agenda'), style: 'note' },
      ],
    },
    {
      id: 'minutes-items',
      title: w.t('report.minutes.proceedings'),
      blocks: [],
      sections: items,
    },
    {
      id: 'minutes-decisions',
      title: w.t('report.minutes.decisions'),
      breakBefore: true,
      blocks: [resolutionsTable(c), ...decisionBlocks(c), followUpsTable(c)],
    },
    {
      id: 'minutes-signatures',
      title: w.t('report.minutes.signatures'),
      blocks: [
        {
          kind: 'signature',
          lines: [w.t('report.signature.minutes'), w.t('report.signature.chair')],
        },
      ],
    },
  ];
}
