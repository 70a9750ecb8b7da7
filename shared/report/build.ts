// Builds the report model of one evaluation from its frozen snapshot and records: the funder
// report (the ten sections of docs/domain.md and the annex), the German funders' Verwendungsnachweis, or the
// minutes of the evaluation meeting, in the language asked for. Pure and deterministic: the same
// input gives the same model, so an archived report can be produced again and compared.
import { annexSection } from './annex.ts';
import { type ReportContext, type ReportInput, reportContext } from './context.ts';
import { financesSection } from './finances.ts';
import { REPORT_MODEL_VERSION, type ReportModel, type Section } from './model.ts';
import { networkSection } from './network.ts';
import {
  activitiesSection,
  breakPointsSection,
  contextSection,
  type Draft,
  indicatorsSection,
  meetingSection,
  outlookSection,
  strategySection,
  summarySection,
} from './sections.ts';
import { minutesSections, verwendungsnachweisSections } from './variants.ts';

export type { ReportInput } from './context.ts';

function standardSections(c: ReportContext): Draft[] {
  return [
    summarySection(c),
    contextSection(c),
    strategySection(c),
    activitiesSection(c),
    indicatorsSection(c),
    ...resourceSections(c),
    breakPointsSection(c),
    meetingSection(c),
    outlookSection(c),
    annexSection(c),
  ];
}

/** Members and network, finances (sections 6 and 7). */
function resourceSections(c: ReportContext): Draft[] {
  return [networkSection(c), financesSection(c)];
}

/** Numbers sections 1, 2, … and their children 1.1, 1.2, …; the annex is A, A.1, … */
function numbered(drafts: readonly Draft[]): Section[] {
  let n = 0;
  const assign = (draft: Draft, number: string): Section => ({
    ...draft,
    number,
    sections: (draft.sections ?? []).map((child, i) => assign(child, `${number}.${i + 1}`)),
  });
  return drafts.map((draft) => assign(draft, draft.id === 'annex' ? 'A' : String(++n)));
}

export function buildReport(input: ReportInput): ReportModel {
  const c = reportContext(input);
  const { w, view, snapshot } = c;
  const drafts =
    input.variant === 'minutes'
      ? minutesSections(c)
      : input.variant === 'verwendungsnachweis'
        ? verwendungsnachweisSections(c)
        : standardSections(c);
  const cluster = snapshot.cluster;
  const evaluation = view.evaluation;
  const kicker = w.t(`report.kicker.${input.variant}`);
  const decided = view.decision !== null;
  const status =
    evaluation.status === 'locked' && evaluation.lockedAt
      ? w.t('report.cover.locked', { date: w.longDate(evaluation.lockedAt) })
      : decided
        ? w.t('report.cover.decided', { date: w.longDate(view.decision!.decidedOn) })
        : w.t('report.cover.draft');
  const period = `${w.date(evaluation.periodStart)} – ${w.date(evaluation.periodEnd)}`;
  return {
    version: REPORT_MODEL_VERSION,
    language: input.language,
    variant: input.variant,
    evaluationId: evaluation.id,
    meta: {
      title: `${kicker}: ${cluster.name} – ${evaluation.title}`,
      subject: w.t('report.meta.subject', { cluster: cluster.name, period }),
      author: cluster.hostOrganisation || cluster.name,
      keywords: [cluster.name, kicker, evaluation.title, ...(cluster.region ? [cluster.region] : [])],
      producedAt: input.producedAt,
      producedBy: input.producedBy,
    },
    design: input.design,
    cover: {
      kicker,
      title: evaluation.title,
      subtitle: snapshot.strategy ? `${cluster.name} · ${snapshot.strategy.title}` : cluster.name,
      facts: [
        { label: w.t('report.cover.period'), value: period },
        { label: w.t('field.cutoffDate'), value: w.date(snapshot.cutoff) },
        { label: w.t('field.meetingDate'), value: w.date(evaluation.meetingDate) },
        ...(cluster.hostOrganisation
          ? [{ label: w.t('field.hostOrganisation'), value: cluster.hostOrganisation }]
          : []),
        { label: w.t('report.cover.produced'), value: w.date(input.producedAt.slice(0, 10)) },
      ],
      status,
      draft: !decided && evaluation.status !== 'locked',
    },
    furniture: {
      header: `${cluster.name} · ${kicker} ${evaluation.title}`,
      page: w.t('report.page'),
      of: w.t('report.of'),
      contents: w.t('report.contents'),
      figure: w.t('report.figure'),
      table: w.t('report.table'),
    },
    sections: numbered(drafts),
  };
}
