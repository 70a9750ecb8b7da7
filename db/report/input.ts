// What a report is built from, read from the workspace: the evaluation's frozen snapshot (a report
// never reads live data), its records, the texts the manager wrote for the report's language, and
// the corporate design (the cluster's now, or the one an archived report was produced with).
import { ApiFailure } from '../../shared/contract/result.ts';
import { buildReport } from '../../shared/report/build.ts';
import type { ReportInput } from '../../shared/report/context.ts';
import type { ReportModel, ReportVariant } from '../../shared/report/model.ts';
import type { CallContext } from '../backend/context.ts';
import { getEntity } from '../backend/entity-store.ts';
import { evaluationView, loadEvaluation, readSnapshot } from '../evaluation/evaluation.ts';

export interface Which {
  readonly evaluationId: number;
  readonly language: 'de' | 'en';
  readonly variant: ReportVariant;
}

export interface Design {
  readonly accent: string;
  readonly footer: string;
  readonly logo: string | null;
  readonly logoType: string;
}

export interface Production {
  readonly producedAt: string;
  readonly producedBy: string;
  /** The design to use (a reproduction uses the archived one); default: the cluster's. */
  readonly design?: Design;
}

export function attachmentBytes(ctx: CallContext, sha256: string): Buffer | null {
  return (
    (ctx.db.prepare('select content from attachment where sha256 = ?').pluck().get(sha256) as
      | Buffer
      | undefined) ?? null
  );
}

export function clusterDesign(ctx: CallContext, clusterId: number): Design {
  const cluster = getEntity(ctx, 'cluster', clusterId);
  // The logo's fields are set by the backend (clusters.setLogo), not typed as editable fields.
  const logo = cluster as unknown as { reportLogo: string | null; reportLogoType: string };
  return {
    accent: cluster.reportAccent,
    footer: cluster.reportFooter,
    logo: logo.reportLogo,
    logoType: logo.reportLogoType,
  };
}

export function reportInput(ctx: CallContext, which: Which, production: Production): ReportInput {
  const evaluation = loadEvaluation(ctx, which.evaluationId);
  const snapshot = readSnapshot(ctx, which.evaluationId);
  if (!snapshot)
    throw new ApiFailure({ kind: 'conflict', code: 'report.noSnapshot', params: { name: evaluation.title } });
  const narratives = Object.fromEntries(
    (
      ctx.db
        .prepare('select key, text from report_narrative where evaluation_id = ? and language = ?')
        .all(which.evaluationId, which.language) as { key: string; text: string }[]
    ).map((row) => [row.key, row.text]),
  );
  const design = production.design ?? clusterDesign(ctx, evaluation.clusterId);
  const logo = design.logo ? attachmentBytes(ctx, design.logo) : null;
  return {
    language: which.language,
    variant: which.variant,
    snapshot,
    view: evaluationView(ctx, which.evaluationId),
    narratives,
    design: {
      accent: design.accent,
      footer: design.footer,
      logo: logo && design.logoType ? { mimeType: design.logoType, base64: logo.toString('base64') } : null,
    },
    producedAt: production.producedAt,
    producedBy: production.producedBy,
  };
}

export function reportModel(ctx: CallContext, which: Which, production: Production): ReportModel {
  return buildReport(reportInput(ctx, which, production));
}
