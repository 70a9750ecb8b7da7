// Resources and activities (issue 14): the facts the views compute from, the grids' saves (each
// one action, one undo step), benchmark sets and the chosen comparison, the label
// self-assessment, and imports from CSV or XLSX all or nothing after a backup.
import type { ResourceImportInput } from '../../shared/contract/resources.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { FileHandlers, RowHandlers } from '../backend/calls.ts';
import type { CallContext } from '../backend/context.ts';
import type { Session } from '../backend/sessions.ts';
import { readTable } from '../monitoring/import.ts';
import { builder } from '../sqlite/query.ts';
import { loadResourceFacts } from './facts.ts';
import { analyseResourceImport, type ResourceImportAnalysis } from './import.ts';
import { labelExamples } from './label-examples.ts';
import { clusterExists } from './rules.ts';
import {
  chooseBenchmark,
  deleteBenchmark,
  deleteLabelAssessment,
  saveActivity,
  saveBenchmark,
  saveBudget,
  saveExpenditure,
  saveLabelAssessment,
  saveLabelIndicators,
  savePlan,
  saveStaff,
  writeBenchmarkValues,
} from './save.ts';

export const resourceRowCalls = {
  'resources.facts': ({ clusterId }, ctx) => loadResourceFacts(ctx.q, clusterId),
  'resources.saveStaff': (input, ctx) => saveStaff(ctx, input),
  'resources.saveBudget': (input, ctx) => saveBudget(ctx, input),
  'resources.saveExpenditure': (input, ctx) => saveExpenditure(ctx, input),
  'resources.savePlan': (input, ctx) => savePlan(ctx, input),
  'resources.saveActivity': (input, ctx) => saveActivity(ctx, input),
  'benchmarks.save': (input, ctx) => saveBenchmark(ctx, input),
  'benchmarks.delete': ({ id }, ctx) => deleteBenchmark(ctx, id),
  'benchmarks.choose': (input, ctx) => chooseBenchmark(ctx, input),
  'labels.saveIndicators': (input, ctx) => saveLabelIndicators(ctx, input),
  'labels.addExamples': ({ clusterId, language }, ctx) => addLabelExamples(ctx, clusterId, language),
  'labels.saveAssessment': (input, ctx) => saveLabelAssessment(ctx, input),
  'labels.deleteAssessment': ({ id }, ctx) => deleteLabelAssessment(ctx, id),
} satisfies Partial<RowHandlers>;

export const resourceFileCalls = {
  'resources.importPreview': async (input, ctx) => (await analyseFile(ctx.sessions.current, input)).preview,
  'resources.import': async (input, ctx) => {
    const session = ctx.sessions.current;
    if (session.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
    const analysis = await analyseFile(session, input);
    const { preview } = analysis;
    const first = preview.issues[0];
    if (first || preview.columns === null || preview.valid === 0) {
      throw new ApiFailure({
        kind: 'conflict',
        code: first ? 'import.invalid' : preview.columns === null ? 'import.columns' : 'import.empty',
        params: first
          ? { count: preview.issues.length + preview.moreIssues, row: first.row, column: first.column }
          : {},
      });
    }
    const setName = (input.setName ?? '').trim() || input.fileName.replace(/\.[^.]*$/, '').trim();
    if (input.kind === 'benchmark') {
      const clash = session.q.get(
        builder
          .selectFrom('benchmark_set')
          .select('id')
          .where('key', 'is', null)
          .where((eb) => eb(eb.fn('lower', ['name']), '=', setName.toLocaleLowerCase())),
      );
      if (clash || setName === '')
        throw new ApiFailure({
          kind: 'validation',
          issues: [
            setName === ''
              ? { path: ['setName'], code: 'required' }
              : { path: ['setName'], code: 'duplicate', params: { value: setName } },
          ],
        });
    }
    // A backup first, then every row in one audited transaction (one entry, one undo).
    const backup = await ctx.sessions.backupNow('before-import');
    const result = ctx.runAudited('resources.import', input, (_input, row) => {
      const benchmarkSetId = writeImport(row, input.clusterId, analysis, setName, input.setSource ?? '');
      return {
        imported: preview.valid - preview.replaces,
        replaced: preview.replaces,
        backup: backup.file,
        benchmarkSetId,
      };
    });
    if (!result.ok) throw new ApiFailure(result.error);
    return result.data;
  },
} satisfies Partial<FileHandlers>;

async function analyseFile(session: Session, input: ResourceImportInput): Promise<ResourceImportAnalysis> {
  clusterExists(session.q, input.clusterId);
  let table: Awaited<ReturnType<typeof readTable>>;
  try {
    const { delimiter, encoding } = input.options ?? {};
    table = await readTable(Buffer.from(input.content, 'base64'), input.fileName, {
      ...(delimiter ? { delimiter } : {}),
      ...(encoding ? { encoding } : {}),
    });
  } catch {
    throw new ApiFailure({ kind: 'conflict', code: 'import.unreadable', params: { value: input.fileName } });
  }
  return analyseResourceImport(session.q, input.clusterId, input.kind, table, input.options ?? {});
}

/** Writes an analysed import (inside the audited transaction); returns a new benchmark set's id. */
function writeImport(
  ctx: CallContext,
  clusterId: number,
  analysis: ResourceImportAnalysis,
  setName: string,
  setSource: string,
): number | null {
  const { q } = ctx;
  const sources = new Map(
    q
      .all(builder.selectFrom('funding_source').select(['id', 'name']).where('cluster_id', '=', clusterId))
      .map((s) => [s.name.trim().toLocaleLowerCase(), s.id]),
  );
  for (const line of analysis.income) {
    const key = line.name.toLocaleLowerCase();
    let sourceId = sources.get(key);
    if (sourceId === undefined) {
      sourceId = q.run(
        builder
          .insertInto('funding_source')
          .values({ cluster_id: clusterId, name: line.name, category: line.category }),
      ).lastInsertRowid;
      sources.set(key, sourceId);
    }
    q.run(
      builder
        .insertInto('budget_line')
        .values({
          funding_source_id: sourceId,
          year: line.year,
          planned_cents: line.plannedCents,
          actual_cents: line.actualCents,
        })
        .onConflict((oc) =>
          oc.columns(['funding_source_id', 'year']).doUpdateSet({
            planned_cents: line.plannedCents,
            actual_cents: line.actualCents,
          }),
        ),
    );
  }
  for (const line of analysis.expenditure) {
    q.run(
      builder
        .insertInto('expenditure_line')
        .values({
          cluster_id: clusterId,
          category: line.category,
          year: line.year,
          planned_cents: line.plannedCents,
          actual_cents: line.actualCents,
          note: line.note,
        })
        .onConflict((oc) =>
          oc.columns(['cluster_id', 'category', 'year']).doUpdateSet({
            planned_cents: line.plannedCents,
            actual_cents: line.actualCents,
            note: line.note,
          }),
        ),
    );
  }
  if (analysis.labelIndicators.length > 0) {
    const stored = new Map(
      q
        .all(
          builder
            .selectFrom('label_indicator')
            .select(['id', 'title', 'sort_order'])
            .where('cluster_id', '=', clusterId),
        )
        .map((i) => [i.title.trim().toLocaleLowerCase(), i]),
    );
    let order = Math.max(0, ...[...stored.values()].map((i) => i.sort_order));
    for (const indicator of analysis.labelIndicators) {
      const existing = stored.get(indicator.title.toLocaleLowerCase());
      if (existing) {
        q.run(
          builder
            .updateTable('label_indicator')
            .set({ ...indicator, indicative: 0 })
            .where('id', '=', existing.id),
        );
      } else {
        q.run(
          builder
            .insertInto('label_indicator')
            .values({ cluster_id: clusterId, ...indicator, indicative: 0, sort_order: ++order }),
        );
      }
    }
  }
  if (analysis.benchmark.length > 0) {
    const id = q.run(
      builder.insertInto('benchmark_set').values({ name: setName, source: setSource.trim(), indicative: 0 }),
    ).lastInsertRowid;
    writeBenchmarkValues(q, id, analysis.benchmark);
    return id;
  }
  return null;
}

/** Adds the indicative example indicators the cluster does not have yet (by title), in `language`. */
function addLabelExamples(ctx: CallContext, clusterId: number, language: 'de' | 'en') {
  const { q } = ctx;
  clusterExists(q, clusterId);
  const stored = q.all(
    builder.selectFrom('label_indicator').select(['title', 'sort_order']).where('cluster_id', '=', clusterId),
  );
  const titles = new Set(stored.map((s) => s.title.trim().toLocaleLowerCase()));
  let order = Math.max(0, ...stored.map((s) => s.sort_order));
  let added = 0;
  for (const example of labelExamples) {
    const title = example.title[language];
    if (titles.has(title.toLocaleLowerCase())) continue;
    q.run(
      builder.insertInto('label_indicator').values({
        cluster_id: clusterId,
        area: example.area,
        code: example.code,
        title,
        description: example.description[language],
        unit: example.unit[language],
        comparator: example.comparator,
        threshold: example.threshold,
        weight: 1,
        indicative: 1,
        sort_order: ++order,
      }),
    );
    added++;
  }
  return { added };
}
