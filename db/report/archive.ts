// The archive of produced reports: each file's bytes are kept in the workspace (in `attachment`,
// by SHA-256, like evidence files), with the evaluation, language, variant, format, who and when,
// and the design it was produced with. Entries are never edited; a copy of a file can be saved
// anywhere and checked against the archive by its hash.
import crypto from 'node:crypto';
import type { ArchivedReport } from '../../shared/contract/report.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import type { ReportFormat, ReportVariant } from '../../shared/report/model.ts';
import type { SqliteDatabase } from '../sqlite/connection.ts';
import type { Design } from './input.ts';

export const mimeTypes: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');

export interface NewArchiveEntry {
  readonly evaluationId: number;
  readonly language: 'de' | 'en';
  readonly variant: ReportVariant;
  readonly format: ReportFormat;
  readonly fileName: string;
  readonly content: Uint8Array;
  readonly pages: number | null;
  readonly producedAt: string;
  readonly producedBy: string;
  readonly modelVersion: number;
  readonly design: Design;
}

const select = `select r.id, r.evaluation_id as evaluationId, e.title as evaluationTitle, c.id as clusterId,
    c.name as clusterName, r.language, r.variant, r.format, r.file_name as fileName, r.sha256, r.bytes,
    r.pages, r.produced_at as producedAt, r.produced_by as producedBy
  from report r join evaluation e on e.id = r.evaluation_id join cluster c on c.id = e.cluster_id`;

/** Stores the files of one production in one transaction: all archived, or none. */
export function archive(db: SqliteDatabase, entries: readonly NewArchiveEntry[]): ArchivedReport[] {
  const keep = db.prepare('insert or ignore into attachment (sha256, bytes, content) values (?, ?, ?)');
  const insert = db.prepare(
    `insert into report (evaluation_id, language, variant, format, file_name, sha256, bytes, pages, produced_at,
       produced_by, model_version, accent, footer, logo, logo_type)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const ids = db.transaction(() =>
    entries.map((e) => {
      const hash = sha256(e.content);
      keep.run(hash, e.content.length, Buffer.from(e.content));
      return Number(
        insert.run(
          e.evaluationId,
          e.language,
          e.variant,
          e.format,
          e.fileName,
          hash,
          e.content.length,
          e.pages,
          e.producedAt,
          e.producedBy,
          e.modelVersion,
          e.design.accent,
          e.design.footer,
          e.design.logo,
          e.design.logoType,
        ).lastInsertRowid,
      );
    }),
  )();
  return ids.map((id) => archivedReport(db, id));
}

export function archivedReport(db: SqliteDatabase, id: number): ArchivedReport {
  const row = db.prepare(`${select} where r.id = ?`).get(id) as ArchivedReport | undefined;
  if (!row) throw new ApiFailure({ kind: 'notFound', entity: 'report', id });
  return row;
}

export function listArchive(db: SqliteDatabase, evaluationId?: number): ArchivedReport[] {
  return (
    evaluationId === undefined
      ? db.prepare(`${select} order by r.produced_at desc, r.id desc`).all()
      : db
          .prepare(`${select} where r.evaluation_id = ? order by r.produced_at desc, r.id desc`)
          .all(evaluationId)
  ) as ArchivedReport[];
}

export function archivedFile(db: SqliteDatabase, id: number): { entry: ArchivedReport; content: Buffer } {
  const entry = archivedReport(db, id);
  const content = db.prepare('select content from attachment where sha256 = ?').pluck().get(entry.sha256) as
    | Buffer
    | undefined;
  if (!content) throw new ApiFailure({ kind: 'notFound', entity: 'attachment', id });
  return { entry, content };
}

/** The design an archived report was produced with. */
export function archivedDesign(db: SqliteDatabase, id: number): Design {
  const row = db
    .prepare('select accent, footer, logo, logo_type as logoType from report where id = ?')
    .get(id) as Design | undefined;
  if (!row) throw new ApiFailure({ kind: 'notFound', entity: 'report', id });
  return row;
}

/** The archived report with these exact bytes, if any (the newest when produced twice). */
export function findByHash(db: SqliteDatabase, hash: string): ArchivedReport | null {
  const id = db
    .prepare('select id from report where sha256 = ? order by id desc limit 1')
    .pluck()
    .get(hash) as number | undefined;
  return id === undefined ? null : archivedReport(db, id);
}
