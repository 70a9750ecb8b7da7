// The funder report on the workspace: its model (the in-app preview), the manager's texts, the
// production of PDF (printed by the host's Chromium, finished with metadata and the data annex),
// Word and Excel files into the archive, saving and verifying copies, reproducing an archived PDF
// from its snapshot, and the cluster's logo for its reports.
import fs from 'node:fs';
import path from 'node:path';
import type { ArchivedReport } from '../../shared/contract/report.ts';
import { ApiFailure } from '../../shared/contract/result.ts';
import { REPORT_MODEL_VERSION, type ReportFormat, type ReportModel } from '../../shared/report/model.ts';
import type { FileContext, FileHandlers, RowHandlers } from '../backend/calls.ts';
import type { CallContext } from '../backend/context.ts';
import { getEntity } from '../backend/entity-store.ts';
import { loadEvaluation } from '../evaluation/evaluation.ts';
import { assertNotLocked } from '../evaluation/guard.ts';
import { cannotWrite, requireFolder } from '../workspace/files.ts';
import {
  archive,
  archivedDesign,
  archivedFile,
  archivedReport,
  findByHash,
  listArchive,
  mimeTypes,
  sha256,
} from './archive.ts';
import { clusterDesign, type Design, reportModel, type Which } from './input.ts';
import { bookmarkTitles, printReport } from './print.ts';
import { reportXlsx } from './xlsx.ts';

const MAX_LOGO_BYTES = 5 * 1024 * 1024;

/** A file name from words: "Evaluierungsbericht KI-Cluster 2025" → "evaluierungsbericht-ki-cluster-2025". */
export function fileSlug(...parts: string[]): string {
  return (
    parts
      .join(' ')
      .replace(/[äÄ]/g, 'ae')
      .replace(/[öÖ]/g, 'oe')
      .replace(/[üÜ]/g, 'ue')
      .replace(/ß/g, 'ss')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 120) || 'report'
  );
}

export function reportFileName(model: ReportModel, format: ReportFormat): string {
  return `${fileSlug(model.cover.kicker, model.cover.subtitle.split(' · ')[0] ?? '', model.cover.title)}-${model.language}.${format}`;
}

/** Writes files side by side under temporary names, then renames them all: all written, or none. */
function writeAll(files: readonly { target: string; given: string; content: Uint8Array }[]): void {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = `${file.target}.${process.pid}-${Date.now()}.part`;
      temps.push(temp);
      try {
        fs.writeFileSync(temp, file.content);
      } catch (error) {
        throw cannotWrite(error, file.given);
      }
    }
    files.forEach((file, i) => {
      try {
        fs.renameSync(temps[i]!, file.target);
      } catch (error) {
        throw cannotWrite(error, file.given);
      }
    });
  } finally {
    for (const temp of temps) fs.rmSync(temp, { force: true });
  }
}

function target(given: string, format: ReportFormat): string {
  const file = path.resolve(given.toLowerCase().endsWith(`.${format}`) ? given : `${given}.${format}`);
  requireFolder(file, given);
  return file;
}

interface Rendered {
  readonly format: ReportFormat;
  readonly content: Uint8Array;
  readonly pages: number | null;
}

/**
 * Renders the formats asked for from one model; the PDF carries the data annex inside. The annex
 * is written while Chromium prints (in its own processes).
 */
async function render(
  ctx: FileContext,
  model: ReportModel,
  formats: readonly ReportFormat[],
): Promise<Rendered[]> {
  const wanted = new Set(formats);
  // docx and pdf-lib take a while to import: loaded with the first report, not at the backend's start.
  const [{ reportDocx }, { finishPdf }] = await Promise.all([import('./docx.ts'), import('./pdf.ts')]);
  const [printed, xlsx] = await Promise.all([
    wanted.has('pdf') ? printReport(ctx.host, model) : null,
    wanted.has('xlsx') || wanted.has('pdf') ? reportXlsx(model) : null,
  ]);
  const out: Rendered[] = [];
  if (printed) {
    const content = await finishPdf(
      printed.pdf,
      model,
      {
        name: reportFileName(model, 'xlsx'),
        mimeType: mimeTypes.xlsx,
        description:
          model.language === 'de'
            ? 'Datenanhang: alle Tabellen des Berichts'
            : 'Data annex: every table of the report',
        content: xlsx!,
      },
      bookmarkTitles(model),
      printed.contentsNumbers,
    );
    // Finishing adds no pages: the count is the printed one.
    out.push({ format: 'pdf', content, pages: printed.pageCount });
  }
  if (wanted.has('docx')) out.push({ format: 'docx', content: await reportDocx(model), pages: null });
  if (xlsx && wanted.has('xlsx')) out.push({ format: 'xlsx', content: xlsx, pages: null });
  return out;
}

function requireWritable(ctx: FileContext): void {
  if (ctx.sessions.current.ws.readOnly) throw new ApiFailure({ kind: 'forbidden', reason: 'readOnly' });
}

function saveNarrative(
  ctx: CallContext,
  input: { evaluationId: number; language: 'de' | 'en'; key: string; text: string },
): { key: string; text: string } {
  loadEvaluation(ctx, input.evaluationId);
  assertNotLocked(ctx.db, input.evaluationId);
  const text = input.text.trim() === '' ? '' : input.text;
  const existing = ctx.db
    .prepare('select id from report_narrative where evaluation_id = ? and language = ? and key = ?')
    .pluck()
    .get(input.evaluationId, input.language, input.key) as number | undefined;
  if (existing !== undefined && text === '')
    ctx.db.prepare('delete from report_narrative where id = ?').run(existing);
  else if (existing !== undefined)
    ctx.db.prepare('update report_narrative set text = ? where id = ?').run(text, existing);
  else if (text !== '')
    ctx.db
      .prepare('insert into report_narrative (evaluation_id, language, key, text) values (?, ?, ?, ?)')
      .run(input.evaluationId, input.language, input.key, text);
  return { key: input.key, text };
}

function logoKind(bytes: Buffer, mimeType: string): boolean {
  if (mimeType === 'image/png')
    return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (mimeType === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const head = bytes.subarray(0, 4096).toString('utf8');
  return /<svg[\s>]/i.test(head);
}

export const reportRowCalls = {
  'reports.model': (input, ctx) => reportModel(ctx, input, { producedAt: ctx.now(), producedBy: ctx.user }),
  'reports.saveNarrative': (input, ctx) => saveNarrative(ctx, input),
  'reports.list': ({ evaluationId }, ctx) => listArchive(ctx.db, evaluationId),
  'clusters.setLogo': ({ clusterId, mimeType, content }, ctx) => {
    getEntity(ctx, 'cluster', clusterId);
    const bytes = Buffer.from(content, 'base64');
    if (bytes.length > MAX_LOGO_BYTES)
      throw new ApiFailure({ kind: 'conflict', code: 'tooLarge', path: ['content'], params: { max: 5 } });
    if (!logoKind(bytes, mimeType))
      throw new ApiFailure({ kind: 'conflict', code: 'report.logoUnreadable', path: ['content'] });
    const hash = sha256(bytes);
    ctx.db
      .prepare('insert or ignore into attachment (sha256, bytes, content) values (?, ?, ?)')
      .run(hash, bytes.length, bytes);
    ctx.db
      .prepare('update cluster set report_logo = ?, report_logo_type = ?, updated_at = ? where id = ?')
      .run(hash, mimeType, ctx.now(), clusterId);
    return getEntity(ctx, 'cluster', clusterId);
  },
  'clusters.clearLogo': ({ clusterId }, ctx) => {
    getEntity(ctx, 'cluster', clusterId);
    ctx.db
      .prepare("update cluster set report_logo = null, report_logo_type = '', updated_at = ? where id = ?")
      .run(ctx.now(), clusterId);
    return getEntity(ctx, 'cluster', clusterId);
  },
} satisfies Partial<RowHandlers>;

export const reportFileCalls = {
  'reports.produce': async (input, ctx) => {
    requireWritable(ctx);
    const formats = [...new Set(input.formats)];
    // Where the copies go is checked before anything is rendered.
    const targets = new Map(
      formats.flatMap((format) => {
        const given = input.paths[format];
        return given ? [[format, { target: target(given, format), given }] as const] : [];
      }),
    );
    const producedAt = ctx.now().toISOString();
    const { model, design, producedBy } = ctx.read((row) => {
      const evaluation = loadEvaluation(row, input.evaluationId);
      const design: Design = clusterDesign(row, evaluation.clusterId);
      const which: Which = input;
      return {
        model: reportModel(row, which, { producedAt, producedBy: row.user, design }),
        design,
        producedBy: row.user,
      };
    });
    const rendered = await render(ctx, model, formats);
    writeAll(
      rendered.flatMap((r) => {
        const to = targets.get(r.format);
        return to ? [{ ...to, content: r.content }] : [];
      }),
    );
    const archived = archive(
      ctx.sessions.current.ws.db,
      rendered.map((r) => ({
        evaluationId: input.evaluationId,
        language: input.language,
        variant: input.variant,
        format: r.format,
        fileName: reportFileName(model, r.format),
        content: r.content,
        pages: r.pages,
        producedAt,
        producedBy,
        modelVersion: REPORT_MODEL_VERSION,
        design,
      })),
    );
    return archived.map((entry) => ({ ...entry, path: targets.get(entry.format)?.target ?? null }));
  },
  'reports.file': async ({ id, path: given }, ctx) => {
    const { entry, content } = archivedFile(ctx.sessions.current.ws.db, id);
    const mimeType = mimeTypes[entry.format];
    if (given) {
      const file = target(given, entry.format);
      writeAll([{ target: file, given, content }]);
      return { fileName: path.basename(file), mimeType, content: null, path: file };
    }
    return { fileName: entry.fileName, mimeType, content: content.toString('base64'), path: null };
  },
  'reports.open': async ({ id }, ctx) => {
    if (!ctx.host?.openFile) return { opened: false };
    const { entry, content } = archivedFile(ctx.sessions.current.ws.db, id);
    // A copy in the data folder (the archive stays in the workspace), one folder per report.
    const folder = path.join(ctx.dataDir, 'reports', String(entry.id));
    fs.mkdirSync(folder, { recursive: true });
    const file = path.join(folder, entry.fileName);
    if (!fs.existsSync(file)) writeAll([{ target: file, given: file, content }]);
    ctx.host.openFile(file);
    return { opened: true };
  },
  'reports.verify': async (input, ctx) => {
    let bytes: Buffer;
    if ('path' in input) {
      try {
        bytes = fs.readFileSync(input.path);
      } catch {
        throw new ApiFailure({
          kind: 'conflict',
          code: 'open.missing',
          path: ['path'],
          params: { value: input.path },
        });
      }
    } else {
      bytes = Buffer.from(input.content, 'base64');
    }
    const hash = sha256(bytes);
    return { sha256: hash, bytes: bytes.length, match: findByHash(ctx.sessions.current.ws.db, hash) };
  },
  'reports.reproduce': async ({ id }, ctx) => {
    const { db } = ctx.sessions.current.ws;
    const entry: ArchivedReport = archivedReport(db, id);
    if (entry.format !== 'pdf') throw new ApiFailure({ kind: 'conflict', code: 'report.reproducePdfOnly' });
    const { content } = archivedFile(db, id);
    const model = ctx.read((row) =>
      reportModel(row, entry, {
        producedAt: entry.producedAt,
        producedBy: entry.producedBy,
        design: archivedDesign(db, id),
      }),
    );
    const printed = await printReport(ctx.host, model);
    const { finishPdf, pdfPageTexts } = await import('./pdf.ts');
    // Finished as the archived one was (the contents' numbers written), without the annex.
    const finished = await finishPdf(
      printed.pdf,
      model,
      null,
      bookmarkTitles(model),
      printed.contentsNumbers,
    );
    const [archived, now] = await Promise.all([
      pdfPageTexts(new Uint8Array(content)),
      pdfPageTexts(finished),
    ]);
    const differences: { page: number; archived: string; now: string }[] = [];
    for (let i = 0; i < Math.max(archived.length, now.length) && differences.length < 10; i++) {
      const a = archived[i] ?? '';
      const b = now[i] ?? '';
      if (a === b) continue;
      const aLines = a.split('\n');
      const bLines = b.split('\n');
      let line = 0;
      while (line < Math.max(aLines.length, bLines.length) && aLines[line] === bLines[line]) line++;
      differences.push({ page: i + 1, archived: aLines[line] ?? '', now: bLines[line] ?? '' });
    }
    return {
      report: entry,
      pages: { archived: archived.length, now: now.length },
      same: differences.length === 0 && archived.length === now.length,
      differences,
      checkedOn: ctx.now().toISOString().slice(0, 10),
    };
  },
} satisfies Partial<FileHandlers>;
