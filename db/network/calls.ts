// The actors' network (issue 13): the register (table, detail, changes to many actors), member
// lists and relationships imported from CSV/XLSX (all or nothing after a backup) and exported,
// the events log, and the network with its indicators, history, stored layout and picture.
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import type {
  ActorImportInput,
  actorImportInput,
  NetworkImportIssue,
  RelationshipImportInput,
  relationshipImportInput,
} from '../../shared/contract/network.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { Language } from '../../shared/contract/schemas.ts';
import type { FileContext, FileHandlers, RowHandlers } from '../backend/calls.ts';
import type { Session } from '../backend/sessions.ts';
import { readTable, type Table } from '../monitoring/import.ts';
import { cannotWrite, requireFolder } from '../workspace/files.ts';
import { eventsOfCluster, saveEvent } from './events.ts';
import { exportNetworkCsv, exportNetworkXlsx, type NetworkExportKind } from './export.ts';
import { analyseActorImport, analyseRelationshipImport } from './import.ts';
import { indicatorsDto, networkGraph, networkHistory, networkPicture, saveLayout } from './network.ts';
import {
  actorDetail,
  actorTable,
  applyActorPlan,
  applyRelationshipPlan,
  deleteActors,
  registeredActors,
  registeredRelationships,
  relationshipTypes,
  saveActors,
  updateActors,
} from './register.ts';

const requireCluster = (session: Pick<Session, 'q'>, clusterId: number) => {
  if (!session.q.getSql('select 1 from cluster where id = ?', [clusterId]))
    throw new ApiFailure({ kind: 'notFound', entity: 'cluster', id: clusterId });
};

export const networkRowCalls = {
  'actors.table': ({ clusterId, at }, ctx) => {
    requireCluster(ctx, clusterId);
    return actorTable(ctx.db, clusterId, at);
  },
  'actors.detail': ({ id }, ctx) => actorDetail(ctx.db, id),
  'actors.save': ({ clusterId, changes }, ctx) => {
    requireCluster(ctx, clusterId);
    return saveActors(ctx, clusterId, changes);
  },
  'actors.updateMany': ({ ids, set }, ctx) => ({ updated: updateActors(ctx.db, ids, set, ctx.now()) }),
  'actors.deleteMany': ({ ids }, ctx) => ({ deleted: deleteActors(ctx.db, ids) }),
  'events.ofCluster': ({ clusterId }, ctx) => {
    requireCluster(ctx, clusterId);
    return eventsOfCluster(ctx.db, clusterId);
  },
  'events.save': (input, ctx) => {
    requireCluster(ctx, input.clusterId);
    return saveEvent(ctx, input);
  },
  'network.graph': ({ clusterId }, ctx) => networkGraph(ctx.db, clusterId),
  'network.indicators': ({ clusterId, at }, ctx) => indicatorsDto(ctx.db, clusterId, at),
  'network.history': ({ clusterId, at }, ctx) => networkHistory(ctx.db, clusterId, at),
  'network.saveLayout': ({ clusterId, positions, replace }, ctx) => {
    requireCluster(ctx, clusterId);
    return { saved: saveLayout(ctx.db, clusterId, positions, replace) };
  },
  'network.picture': ({ clusterId, at, language }, ctx) => networkPicture(ctx.db, clusterId, at, language),
} satisfies Partial<RowHandlers>;

async function readFile(
  fileName: string,
  content: string,
  options: { delimiter?: ';' | ',' | '\t'; encoding?: 'utf-8' | 'windows-1252' },
): Promise<Table> {
  try {
    return await readTable(Buffer.from(content, 'base64'), fileName, options);
  } catch {
    throw new ApiFailure({ kind: 'conflict', code: 'import.unreadable', params: { value: fileName } });
  }
}

async function analyseActors(session: Session, input: z.output<typeof actorImportInput>) {
  requireCluster(session, input.clusterId);
  const table = await readFile(input.fileName, input.content, input.options);
  return analyseActorImport(table, input.options, registeredActors(session.ws.db, input.clusterId));
}

async function analyseRelationships(session: Session, input: z.output<typeof relationshipImportInput>) {
  requireCluster(session, input.clusterId);
  const table = await readFile(input.fileName, input.content, input.options);
  const { db } = session.ws;
  return analyseRelationshipImport(
    table,
    input.options,
    registeredActors(db, input.clusterId),
    relationshipTypes(db),
    registeredRelationships(db, input.clusterId),
  );
}

/** Refuses an import whose preview found anything wrong, naming the first bad row and column. */
function refuseUnlessClean(preview: {
  issues: readonly NetworkImportIssue[];
  moreIssues: number;
  columns: unknown;
  valid: number;
}): void {
  const first = preview.issues[0];
  if (first)
    throw new ApiFailure({
      kind: 'conflict',
      code: 'import.invalid',
      params: { count: preview.issues.length + preview.moreIssues, row: first.row, column: first.column },
    });
  if (preview.columns === null) throw new ApiFailure({ kind: 'conflict', code: 'import.columns' });
  if (preview.valid === 0) throw new ApiFailure({ kind: 'conflict', code: 'import.empty' });
}

async function exportFile(
  ctx: FileContext,
  kind: NetworkExportKind,
  input: {
    clusterId: number;
    format: 'csv' | 'xlsx';
    language: Language;
    path?: string | undefined;
  },
) {
  const { ws } = ctx.sessions.current;
  requireCluster(ctx.sessions.current, input.clusterId);
  const content =
    input.format === 'csv'
      ? exportNetworkCsv(ws.db, kind, input.clusterId, input.language)
      : await exportNetworkXlsx(ws.db, kind, input.clusterId, input.language);
  const mimeType =
    input.format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (input.path) {
    const target = input.path;
    const file = path.resolve(
      target.toLowerCase().endsWith(`.${input.format}`) ? target : `${target}.${input.format}`,
    );
    requireFolder(file, target);
    try {
      fs.writeFileSync(file, content);
    } catch (error) {
      throw cannotWrite(error, target);
    }
    return { fileName: path.basename(file), mimeType, content: '', path: file };
  }
  const stamp = ctx.now().toISOString().slice(0, 10);
  return {
    fileName: `${kind}-${stamp}.${input.format}`,
    mimeType,
    content: content.toString('base64'),
    path: null,
  };
}

export const networkFileCalls = {
  'actors.importPreview': async (input, ctx) => (await analyseActors(ctx.sessions.current, input)).preview,
  'actors.import': async (input, ctx) => {
    const session = ctx.sessions.current;
    if (session.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
    const { preview, plan } = await analyseActors(session, input);
    refuseUnlessClean(preview);
    // A backup first, then every row in one audited transaction (one entry, one undo).
    const backup = await ctx.sessions.backupNow('before-import');
    const result = ctx.runAudited('actors.import', input, (_input, row) => {
      applyActorPlan(row.db, input.clusterId, plan, row.now());
      return { created: plan.creates.length, updated: plan.updates.length, backup: backup.file };
    });
    if (!result.ok) throw new ApiFailure(result.error);
    return result.data;
  },
  'actors.export': (input, ctx) => exportFile(ctx, 'actors', input),
  'relationships.importPreview': async (input, ctx) =>
    (await analyseRelationships(ctx.sessions.current, input)).preview,
  'relationships.import': async (input, ctx) => {
    const session = ctx.sessions.current;
    if (session.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
    const { preview, plan } = await analyseRelationships(session, input);
    refuseUnlessClean(preview);
    const backup = await ctx.sessions.backupNow('before-import');
    const result = ctx.runAudited('relationships.import', input, (_input, row) => {
      applyRelationshipPlan(row.db, input.clusterId, plan, row.now());
      return { created: plan.creates.length, updated: plan.updates.length, backup: backup.file };
    });
    if (!result.ok) throw new ApiFailure(result.error);
    return result.data;
  },
  'relationships.export': (input, ctx) => exportFile(ctx, 'relationships', input),
  'network.savePicture': async ({ clusterId, at, language, path: target }, ctx) => {
    const { svg } = networkPicture(ctx.sessions.current.ws.db, clusterId, at, language);
    const file = path.resolve(target.toLowerCase().endsWith('.svg') ? target : `${target}.svg`);
    requireFolder(file, target);
    try {
      fs.writeFileSync(file, svg);
    } catch (error) {
      throw cannotWrite(error, target);
    }
    return { path: file };
  },
} satisfies Partial<FileHandlers>;

export type { ActorImportInput, RelationshipImportInput };
