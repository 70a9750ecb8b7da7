// Monitoring: the dashboard at an "as of" date, the milestone timeline, members by group, and
// measurements (the grid, imports from CSV/XLSX all or nothing after a backup, exports).
import fs from 'node:fs';
import path from 'node:path';
import type { ImportInput } from '../../shared/contract/monitoring.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { FileContext, FileHandlers, RowHandlers } from '../backend/calls.ts';
import type { Session } from '../backend/sessions.ts';
import { requireReasonForLockedPeriod } from '../evaluation/lock.ts';
import { cannotWrite, requireFolder } from '../workspace/files.ts';
import { buildDashboard, buildTimeline } from './dashboard.ts';
import { memberGroups } from './derived.ts';
import { exportCsv, exportXlsx } from './export.ts';
import { analyseImport, readTable } from './import.ts';
import {
  clusterIndicators,
  listMeasurements,
  pageMeasurements,
  saveMeasurements,
  upsertMeasurements,
} from './measurements.ts';

export const monitoringRowCalls = {
  'monitoring.dashboard': ({ clusterId, asOf, strategyId }, ctx) =>
    buildDashboard(ctx.db, ctx.q, clusterId, asOf, strategyId),
  'monitoring.timeline': ({ strategyId }, ctx) => buildTimeline(ctx.q, strategyId),
  'monitoring.memberGroups': ({ clusterId, at }, ctx) => memberGroups(ctx.db, clusterId, at),
  'measurements.ofCluster': ({ clusterId, indicatorId }, ctx) =>
    listMeasurements(ctx.db, clusterId, indicatorId, ctx.now()),
  'measurements.page': (input, ctx) => pageMeasurements(ctx.db, input, ctx.now()),
  'measurements.save': ({ clusterId, changes, reason }, ctx) => {
    requireReasonForLockedPeriod(
      ctx,
      clusterId,
      changes.map((c) => c.date),
      reason,
    );
    return saveMeasurements(ctx.db, clusterId, changes, ctx.user, ctx.now());
  },
} satisfies Partial<RowHandlers>;

export const monitoringFileCalls = {
  'measurements.importPreview': async (input, ctx) =>
    (await analyseFile(ctx.sessions.current, input)).preview,
  'measurements.import': async (input, ctx) => {
    const session = ctx.sessions.current;
    if (session.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
    const { preview, values } = await analyseFile(session, input);
    const first = preview.issues[0];
    if (first || preview.columns === null || values.length === 0) {
      throw new ApiFailure({
        kind: 'conflict',
        code: first ? 'import.invalid' : preview.columns === null ? 'import.columns' : 'import.empty',
        params: first
          ? { count: preview.issues.length + preview.moreIssues, row: first.row, column: first.column }
          : {},
      });
    }
    // A backup first, then every row in one audited transaction (one entry, one undo).
    const backup = await ctx.sessions.backupNow('before-import');
    const result = ctx.runAudited('measurements.import', input, (_input, row) => {
      requireReasonForLockedPeriod(
        row,
        input.clusterId,
        values.map((v) => v.date),
        input.reason,
      );
      upsertMeasurements(row.db, values, row.user, row.now());
      return { imported: values.length - preview.replaces, replaced: preview.replaces, backup: backup.file };
    });
    if (!result.ok) throw new ApiFailure(result.error);
    return result.data;
  },
  'measurements.export': async (
    { clusterId, indicatorId, format, language, path: target },
    ctx: FileContext,
  ) => {
    const { ws, q } = ctx.sessions.current;
    if (!q.getSql('select 1 from cluster where id = ?', [clusterId]))
      throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
    const content =
      format === 'csv'
        ? exportCsv(ws.db, clusterId, indicatorId, language)
        : await exportXlsx(ws.db, clusterId, indicatorId, language);
    const stamp = ctx.now().toISOString().slice(0, 10);
    const mimeType =
      format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    if (target) {
      const file = path.resolve(target.toLowerCase().endsWith(`.${format}`) ? target : `${target}.${format}`);
      requireFolder(file, target);
      try {
        fs.writeFileSync(file, content);
      } catch (error) {
        throw cannotWrite(error, target);
      }
      return { fileName: path.basename(file), mimeType, content: '', path: file };
    }
    return {
      fileName: `measurements-${stamp}.${format}`,
      mimeType,
      content: content.toString('base64'),
      path: null,
    };
  },
} satisfies Partial<FileHandlers>;

/** Reads an import file and checks every row against the cluster's indicators; writes nothing. */
async function analyseFile(session: Session, input: ImportInput) {
  const { clusterId, fileName, content, options } = input;
  if (!session.q.getSql('select 1 from cluster where id = ?', [clusterId]))
    throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    table = await readTable(Buffer.from(content, 'base64'), fileName, options ?? {});
  } catch {
    throw new ApiFailure({ kind: 'conflict', code: 'import.unreadable', params: { value: fileName } });
  }
  // The cluster's stored (indicator, date) pairs, read once: rows that match replace a value.
  const stored = new Map<number, Set<string>>();
  for (const [id, date] of session.ws.db
    .prepare(
      'select indicator_id, date from measurement where indicator_id in (select id from indicator where cluster_id = ?)',
    )
    .raw(true)
    .all(clusterId) as [number, string][]) {
    const dates = stored.get(id) ?? new Set<string>();
    dates.add(date);
    stored.set(id, dates);
  }
  return analyseImport(table, options ?? {}, clusterIndicators(session.ws.db, clusterId), (id, date) =>
    Boolean(stored.get(id)?.has(date)),
  );
}
