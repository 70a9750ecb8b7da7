// What every section of a report reads: the input (the frozen snapshot and the evaluation's
// records), the figures computed from the snapshot by the shared status engine, the words of the
// report's language, and the texts the manager wrote (falling back to drafts).
import type { EvaluationView } from '../contract/evaluation.ts';
import type { Language } from '../contract/schemas.ts';
import type { Snapshot } from '../contract/snapshot.ts';
import { type EvaluationFigures, evaluationFigures } from '../evaluation/figures.ts';
import type { NarrativeBlock, ReportModel, ReportVariant } from './model.ts';
import { reportWords, type Words } from './words.ts';

export interface ReportInput {
  readonly language: Language;
  readonly variant: ReportVariant;
  /** The evaluation's frozen facts: everything the report says about the cluster comes from here. */
  readonly snapshot: Snapshot;
  /** The evaluation's own records: participants, agenda, assessments, evidence, decision, … */
  readonly view: EvaluationView;
  /** Texts the manager wrote for this report's language, by key ('section:summary', 'indicator:12'). */
  readonly narratives: Readonly<Record<string, string>>;
  readonly design: ReportModel['design'];
  readonly producedAt: string;
  readonly producedBy: string;
}

type AgendaEntry = EvaluationView['agenda'][number];

export interface ReportContext {
  readonly input: ReportInput;
  readonly snapshot: Snapshot;
  readonly view: EvaluationView;
  readonly figures: EvaluationFigures;
  readonly w: Words;
  readonly accent: string;
  /** The agenda entry of a subject ('indicator:12', 'break_point:3', 'milestone:7', 'overall'). */
  entry(kind: string, id: number | null): AgendaEntry | undefined;
  /**
   * The text for a key: what the manager wrote in this language; else the assessment's narrative
   * when the evaluation is held in this language; else the draft.
   */
  narrative(key: string, draft: string, assessed?: string | null): NarrativeBlock;
  /** A unique id for a chart or table. */
  id(prefix: string): string;
}

export function reportContext(input: ReportInput): ReportContext {
  const figures = evaluationFigures(input.snapshot);
  const entries = new Map<string, AgendaEntry>();
  for (const entry of input.view.agenda) {
    const key = `${entry.kind}:${entry.subjectId ?? ''}`;
    if (!entries.has(key)) entries.set(key, entry);
  }
  const sameLanguage = input.view.evaluation.language === input.language;
  let next = 0;
  return {
    input,
    snapshot: input.snapshot,
    view: input.view,
    figures,
    w: reportWords(input.language),
    accent: input.design.accent,
    entry: (kind, id) => entries.get(`${kind}:${id ?? ''}`),
    narrative(key, draft, assessed) {
      const own = input.narratives[key];
      if (own !== undefined && own.trim() !== '') return { kind: 'narrative', key, text: own, draft: false };
      if (sameLanguage && assessed && assessed.trim() !== '')
        return { kind: 'narrative', key, text: assessed, draft: false };
      return { kind: 'narrative', key, text: draft, draft: true };
    },
    id: (prefix) => `${prefix}-${++next}`,
  };
}
