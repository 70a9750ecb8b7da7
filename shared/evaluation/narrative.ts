// Narrative drafts for an evaluation's assessments, written from the frozen figures in the
// evaluation's language by plain rules (no guessing): what the figures are, how far behind the
// plan, what the trend says and what pace it would take. The manager edits them; the drafts
// only save typing. Also the decision a board would be proposed by the same rules.
import type { Language } from '../contract/schemas.ts';
import type { Snapshot } from '../contract/snapshot.ts';
import { formatDate, formatNumber, type MessageKey, translate } from '../i18n/i18n.ts';
import { breakPointSentence } from '../text/break-point-sentence.ts';
import type { AgendaKind } from './agenda.ts';
import type { EvaluationFigures, IndicatorFigures, Pace } from './figures.ts';

type Params = Record<string, string | number>;

function words(language: Language) {
  const t = (key: MessageKey, params?: Params) => translate(language, key, params);
  const date = (iso: string) => formatDate(language, iso);
  const number = (value: number, decimals = 1) =>
    formatNumber(language, value, { maximumFractionDigits: decimals, minimumFractionDigits: 0 });
  const signed = (value: number, decimals = 1) =>
    formatNumber(language, value, { maximumFractionDigits: decimals, signDisplay: 'exceptZero' });
  const percent = (fraction: number) =>
    formatNumber(language, fraction, { style: 'percent', maximumFractionDigits: 0 });
  return { t, date, number, signed, percent };
}

const unitText = (unit: string) => (unit ? (unit === '%' ? ' %' : ` ${unit}`) : '');

/** "+2.1 members a month needed, +0.8 so far" in the language. */
export function paceText(language: Language, pace: Pace, unit: string, decimals = 1): string {
  const { t, signed } = words(language);
  const params = { needed: signed(pace.needed, decimals), unit: unitText(unit) };
  return pace.soFar === null
    ? t('evaluation.pace.noTrend', params)
    : t('evaluation.pace', { ...params, soFar: signed(pace.soFar, decimals) });
}

export function indicatorDraft(language: Language, figures: IndicatorFigures, cutoff: string): string {
  const { t, date, number, percent } = words(language);
  const unit = unitText(figures.unit);
  const decimals = Math.max(figures.decimals, 0);
  if (figures.actual === null)
    return t('evaluation.draft.indicator.noData', { name: figures.name, date: date(cutoff) });
  const parts = [
    t('evaluation.draft.indicator', {
      name: figures.name,
      actual: number(figures.actual, decimals),
      planned: figures.planned === null ? '–' : number(figures.planned, decimals),
      unit,
      date: date(figures.lastMeasurement ?? cutoff),
      status: t(`status.indicator.${figures.status}`),
    }),
  ];
  if (figures.deviation !== null && figures.deviation > 0 && Number.isFinite(figures.deviation))
    parts.push(t('evaluation.draft.indicator.behind', { deviation: percent(figures.deviation) }));
  if (figures.trend) {
    parts.push(
      t('evaluation.draft.indicator.trend', {
        window: figures.trend.method.window,
        from: date(figures.trend.method.from),
        to: date(figures.trend.method.to),
        value: number(figures.trend.value, decimals),
        unit,
        until: date(figures.trend.until),
      }),
    );
  }
  if (figures.pace) {
    const pace = figures.pace;
    const params = {
      target: number(pace.target, decimals),
      unit,
      date: date(pace.date),
      needed: number(pace.needed, 1),
    };
    parts.push(
      pace.soFar === null
        ? t('evaluation.draft.indicator.paceNoTrend', params)
        : t('evaluation.draft.indicator.pace', { ...params, soFar: number(pace.soFar, 1) }),
    );
  }
  return parts.join(' ');
}

/** A frozen break-point's rule as a sentence in the language (shared/text/break-point-sentence.ts). */
export function snapshotBreakPointSentence(language: Language, snapshot: Snapshot, id: number): string {
  const b = snapshot.breakPoints.find((x) => x.id === id);
  if (!b) return '';
  const indicators = new Map(snapshot.indicators.map((i) => [i.id, i]));
  return breakPointSentence(
    language,
    { kind: b.kind, checkDate: b.checkDate, criterion: b.criterion, consequence: b.consequence },
    b.conditions.map((x) => ({
      id: x.id,
      parentId: x.parentId,
      node: x.node,
      indicator: x.indicatorId === null ? null : (indicators.get(x.indicatorId) ?? null),
      comparator: x.comparator,
      threshold: x.threshold,
    })),
  );
}

/** The draft narrative of one agenda item, from the snapshot and its figures. */
export function draftNarrative(
  language: Language,
  kind: AgendaKind,
  subjectId: number | null,
  snapshot: Snapshot,
  figures: EvaluationFigures,
): string {
  const { t, date } = words(language);
  switch (kind) {
    case 'indicator': {
      const f = figures.indicators.find((i) => i.id === subjectId);
      return f ? indicatorDraft(language, f, figures.cutoff) : '';
    }
    case 'break_point': {
      const b = snapshot.breakPoints.find((x) => x.id === subjectId);
      const f = figures.breakPoints.find((x) => x.id === subjectId);
      if (!b || !f) return '';
      const indicators = new Map(snapshot.indicators.map((i) => [i.id, i]));
      const sentence = snapshotBreakPointSentence(language, snapshot, b.id);
      const parts = [
        t('evaluation.draft.breakPoint', { sentence, status: t(`status.breakPoint.${f.status}`) }),
      ];
      if (f.status === 'missed' || f.status === 'missed_no_evidence')
        parts.push(t('evaluation.draft.breakPoint.missed', { date: date(f.checkDate) }));
      if (f.kind === 'qualitative') parts.push(t('evaluation.draft.breakPoint.qualitative'));
      if (f.pace) {
        const unit = f.indicatorIds[0] === undefined ? '' : (indicators.get(f.indicatorIds[0])?.unit ?? '');
        parts.push(`${paceText(language, f.pace, unit)}.`);
      }
      return parts.join(' ');
    }
    case 'milestone': {
      const m = figures.milestones.find((x) => x.id === subjectId);
      return m
        ? t('evaluation.draft.milestone', {
            title: m.title,
            date: date(m.dueDate),
            days: m.daysOverdue,
            status: t(`option.status.${m.status}` as MessageKey),
          })
        : '';
    }
    case 'overall': {
      const count = (s: string) => figures.indicators.filter((i) => i.status === s).length;
      const due = figures.breakPoints.filter(
        (b) => b.checkDate >= snapshot.periodStart && b.checkDate <= snapshot.periodEnd && b.kind === 'rule',
      );
      return t('evaluation.draft.overall', {
        indicators: figures.indicators.length,
        onTrack: count('on_track'),
        atRisk: count('at_risk'),
        offTrack: count('off_track'),
        due: due.length,
        met: due.filter((b) => b.status === 'met').length,
        overdue: figures.milestones.filter((m) => m.overdue).length,
      });
    }
    case 'decision': {
      const proposal = proposedDecision(snapshot, figures);
      return t(`evaluation.draft.decision.${proposal.outcome}`, proposal.params);
    }
    default:
      return '';
  }
}

export type Outcome = 'continue' | 'continue_with_adjustments' | 'wind_down';

/**
 * The decision the figures point to: wind down when a missed break-point says so; continue
 * with adjustments when a break-point was missed or an indicator is behind; else continue.
 */
export function proposedDecision(
  snapshot: Snapshot,
  figures: EvaluationFigures,
): { outcome: Outcome; params: Params } {
  const missed = figures.breakPoints.filter(
    (b) => b.status === 'missed' || b.status === 'missed_no_evidence',
  );
  const fatal = missed.find(
    (b) => snapshot.breakPoints.find((x) => x.id === b.id)?.consequence === 'wind_down',
  );
  if (fatal) return { outcome: 'wind_down', params: { title: fatal.title } };
  const behind = figures.indicators.filter((i) => i.status === 'off_track' || i.status === 'at_risk').length;
  if (missed.length > 0 || behind > 0)
    return { outcome: 'continue_with_adjustments', params: { missed: missed.length, behind } };
  return { outcome: 'continue', params: {} };
}
