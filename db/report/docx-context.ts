// What the Word writer's block functions share while one document is written: the model, the
// accent colour and the running numbers of tables, figures and numbered lists.
import type { ReportModel } from '../../shared/report/model.ts';

export interface DocxContext {
  readonly model: ReportModel;
  /** 'RRGGBB'. */
  readonly accent: string;
  tables: number;
  figures: number;
  lists: number;
}

/** A caption label as a SEQ field's identifier ("Tabelle", "Figure"): letters, digits and '_' only. */
export function sequenceIdentifier(label: string, fallback: string): string {
  const identifier = label.replace(/[^\p{L}\p{N}_]/gu, '');
  return /^\p{L}/u.test(identifier) ? identifier : fallback;
}
